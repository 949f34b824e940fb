/** Inbound provider events, recorded once per provider id before they are processed. */
package org.tawasul.db.inbox;
