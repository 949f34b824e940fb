/** Outbound messages waiting to be sent, sent, or given up on, claimed by senders with row locks. */
package org.tawasul.db.outbox;
