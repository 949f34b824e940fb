package org.tawasul.db.outbox;

/** Where an outbox message stands; stored by name. */
public enum OutboxStatus {
    /** Waiting to be sent at or after its next attempt time. */
    PENDING,
    /** Accepted by the provider. */
    SENT,
    /** Given up on. */
    FAILED
}
