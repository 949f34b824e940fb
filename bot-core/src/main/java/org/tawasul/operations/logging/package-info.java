/**
 * Log lines that stay one line each: whatever a member typed (or an exception quoting it) cannot start a
 * forged line in the log, nor reorder it with bidi controls.
 */
package org.tawasul.operations.logging;
