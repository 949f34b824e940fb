package org.tawasul.outbound;

import java.time.Duration;

/** What a channel sender reports for one message; the dispatcher decides what follows. */
public sealed interface SendOutcome {

    /** The provider took the message; its id for status callbacks (may be null). */
    record Sent(String providerId) implements SendOutcome { }

    /** The provider asked us to wait (e.g. Telegram 429 retry_after): this recipient is delayed at least that long. */
    record RetryAfter(Duration delay, String error) implements SendOutcome { }

    /** A passing failure (5xx, network, timeout): retried with backoff. */
    record Failed(String error) implements SendOutcome { }

    /**
     * A permanent refusal: not retried. {@code recipientGone} when the recipient can no longer be
     * reached on this channel (blocked the bot, opted out, invalid number): the address is marked
     * inactive until the member writes again.
     */
    record Refused(String error, boolean recipientGone) implements SendOutcome { }

    /**
     * A text sent as several parts failed part-way: the provider accepted the first
     * {@code partsSent} parts in all (this attempt's ids: {@code providerIds}), and {@code rest} says
     * what happened to the next part. A retry starts after the parts sent.
     */
    record PartlySent(int partsSent, String providerIds, SendOutcome rest) implements SendOutcome {
        public PartlySent {
            if (partsSent < 1 || rest == null || rest instanceof Sent || rest instanceof PartlySent) {
                throw new IllegalArgumentException("PartlySent needs at least one part sent and a failure for the rest");
            }
        }
    }
}
