package org.tawasul.db.outbox;

/**
 * Where an outbox message stands; stored by name. PENDING becomes SENT or FAILED; a SENT message may
 * later be reported DELIVERED or UNDELIVERED by the provider. DELIVERED, UNDELIVERED and FAILED are
 * final: a late or repeated report never moves a message back.
 */
public enum OutboxStatus {
    /** Waiting to be sent at or after its next attempt time. */
    PENDING,
    /** Accepted by the provider. */
    SENT,
    /** The provider reported it delivered to the recipient. */
    DELIVERED,
    /** The provider took it but reported that it could not be delivered (its error code in {@code delivery_code}). */
    UNDELIVERED,
    /** Given up on, or refused by the provider. */
    FAILED;

    /** Whether no later report may change this status. */
    public boolean isFinal() {
        return this == DELIVERED || this == UNDELIVERED || this == FAILED;
    }
}
