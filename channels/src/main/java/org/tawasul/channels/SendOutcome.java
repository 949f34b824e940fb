package org.tawasul.channels;

import java.time.Duration;
import java.util.Objects;

/** What a channel sender reports for one message; the outbox dispatcher decides what follows. */
public sealed interface SendOutcome {

    /** The provider took the message; its id for delivery reports (may be null). */
    record Sent(String providerId) implements SendOutcome { }

    /** The provider asked us to wait (Telegram 429 retry_after, Twilio 20429): this recipient is delayed at least that long. */
    record RetryAfter(Duration delay, String error) implements SendOutcome { }

    /** A passing failure (5xx, network, timeout) before the provider took the message: retried with backoff. */
    record Failed(String error) implements SendOutcome { }

    /**
     * The provider may or may not have taken the message: the request went out and the answer was
     * lost (a timeout, a 5xx after sending). Not sent again, which could give the member a
     * duplicate; counted, and settled by the provider's delivery report if it took the message.
     */
    record Uncertain(String error) implements SendOutcome { }

    /**
     * A permanent refusal: not retried. {@code address} says what it means for the recipient's
     * address on this channel.
     */
    record Refused(String error, AddressEffect address) implements SendOutcome {

        public Refused {
            Objects.requireNonNull(address, "address");
        }

        /** A refusal of this message alone ({@code false}), or one meaning the recipient blocked us ({@code true}). */
        public Refused(String error, boolean recipientGone) {
            this(error, recipientGone ? AddressEffect.BLOCKED : AddressEffect.NONE);
        }

        /** Whether the recipient can no longer be reached on this channel. */
        public boolean recipientGone() {
            return address != AddressEffect.NONE;
        }
    }

    /**
     * A text sent as several parts failed part-way: the provider accepted the first
     * {@code partsSent} parts in all (this attempt's ids: {@code providerIds}), and {@code rest} says
     * what happened to the next part. A retry starts after the parts sent.
     */
    record PartlySent(int partsSent, String providerIds, SendOutcome rest) implements SendOutcome {
        public PartlySent {
            if (partsSent < 1 || rest == null || rest instanceof Sent || rest instanceof PartlySent || rest instanceof Uncertain) {
                throw new IllegalArgumentException("PartlySent needs at least one part sent and a failure for the rest");
            }
        }
    }

    /** What a refusal means for the recipient's address on the channel. */
    enum AddressEffect {
        /** Nothing: only this message was refused. */
        NONE,
        /** The recipient blocked the bot (Telegram): no messages until the member writes again. */
        BLOCKED,
        /** The recipient opted out (SMS STOP): no messages until the member opts in again; writing does not clear it. */
        OPTED_OUT,
        /** The address does not exist (an invalid number): no messages; the member's record is flagged for staff. */
        INVALID
    }
}
