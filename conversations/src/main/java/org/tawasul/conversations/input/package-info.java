/**
 * Allocation-light, thread-safe parsers and normalisers for what members type into a chat turn (Arabic or English).
 */
package org.tawasul.conversations.input;
