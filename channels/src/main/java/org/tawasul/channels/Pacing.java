package org.tawasul.channels;

import java.time.Duration;
import java.util.Objects;

/**
 * How fast a channel may be sent on: messages per second over all recipients, and the shortest
 * time between two messages to one recipient. Each sender declares its provider's limits as its
 * default; the operator's settings may lower or raise them per channel.
 *
 * @param ratePerSecond        messages per second, all recipients together (above 0)
 * @param perRecipientInterval shortest time from the end of one send to the start of the next to the same recipient
 */
public record Pacing(double ratePerSecond, Duration perRecipientInterval) {

    public Pacing {
        if (!(ratePerSecond > 0)) {
            throw new IllegalArgumentException("ratePerSecond must be above 0: " + ratePerSecond);
        }
        Objects.requireNonNull(perRecipientInterval, "perRecipientInterval");
        if (perRecipientInterval.isNegative()) {
            throw new IllegalArgumentException("perRecipientInterval must not be negative: " + perRecipientInterval);
        }
    }
}
