package org.tawasul.channels;

import java.util.Objects;

/**
 * What a provider later reports about a message it took (an SMS status callback, a bounce): which
 * message, by the provider's id or, where our callback URL carries it, by our outbox id, and what
 * became of it. A provider's own statuses are translated into {@link Status} by its package.
 *
 * @param outboxId   our outbox row, when the report carries it; else null
 * @param providerId the provider's message id (e.g. Twilio's MessageSid)
 * @param errorCode  the provider's error code for an undelivered message, else null
 * @param error      the provider's words for it, else null
 */
public record DeliveryReport(ChannelId channel, Long outboxId, String providerId, Status status, String errorCode,
                             String error) {

    public DeliveryReport {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(status, "status");
        if (outboxId == null && (providerId == null || providerId.isBlank())) {
            throw new IllegalArgumentException("A delivery report names the message by outbox id or provider id");
        }
    }

    /** What became of the message. */
    public enum Status {
        /** Still on its way (queued, sending, sent): nothing changes. */
        IN_FLIGHT,
        /** Delivered to the recipient (or read). */
        DELIVERED,
        /** Not delivered (undelivered, failed), with the provider's error code. */
        UNDELIVERED
    }
}
