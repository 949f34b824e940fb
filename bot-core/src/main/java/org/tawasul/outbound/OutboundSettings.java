package org.tawasul.outbound;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.tawasul.channels.Pacing;

/**
 * The outbox dispatcher's settings, {@code tawasul.outbound.*}; every one is in the README.
 *
 * @param pollInterval      pause between claims when the last one did not fill a batch
 * @param batchSize         messages claimed per round (at most one per recipient)
 * @param lease             how long a claimed message is held for its sender; after a crash it is due again then
 * @param maxAttempts       failed attempts (including this one) after which a message is FAILED
 * @param backoffBase       delay after the first failed attempt
 * @param backoffMultiplier growth of the delay per failed attempt
 * @param backoffMax        longest delay between attempts
 * @param channels          pacing per channel id, overriding what the channel's sender declares; a channel not
 *                          named (or a value not set) keeps its sender's own limits
 */
@ConfigurationProperties("tawasul.outbound")
record OutboundSettings(@DefaultValue("200ms") Duration pollInterval, @DefaultValue("50") int batchSize,
                        @DefaultValue("60s") Duration lease, @DefaultValue("10") int maxAttempts,
                        @DefaultValue("2s") Duration backoffBase, @DefaultValue("2") double backoffMultiplier,
                        @DefaultValue("10m") Duration backoffMax, @DefaultValue Map<String, Channel> channels) {

    OutboundSettings {
        require(pollInterval != null && pollInterval.toMillis() >= 10 && pollInterval.toMinutes() < 1,
                "tawasul.outbound.poll-interval must be between 10ms and 1m (was " + pollInterval
                        + "). Fix: use a duration such as 200ms, or remove it for the default");
        require(batchSize >= 1 && batchSize <= 1000, "tawasul.outbound.batch-size must be between 1 and 1000 (was "
                + batchSize + "). Fix: set e.g. 50, or remove it for the default");
        require(lease != null && lease.toSeconds() >= 5, "tawasul.outbound.lease must be at least 5s (was " + lease
                + "). Fix: make it longer than a provider call can take, e.g. 60s");
        require(maxAttempts >= 1, "tawasul.outbound.max-attempts must be at least 1 (was " + maxAttempts
                + "). Fix: set a positive number, or remove it for the default 10");
        require(backoffBase != null && backoffBase.toMillis() > 0, "tawasul.outbound.backoff-base must be positive (was "
                + backoffBase + "). Fix: use a duration such as 2s");
        require(backoffMax != null && backoffMax.compareTo(backoffBase) >= 0, "tawasul.outbound.backoff-max ("
                + backoffMax + ") must not be shorter than tawasul.outbound.backoff-base (" + backoffBase
                + "). Fix: raise backoff-max, e.g. 10m");
        require(backoffMultiplier >= 1, "tawasul.outbound.backoff-multiplier must be at least 1 (was "
                + backoffMultiplier + "). Fix: set e.g. 2");
        channels = Map.copyOf(channels);
        channels.forEach((name, channel) -> channel.check(name));
    }

    /** The pacing of a channel: what the operator set for it, else what its sender declares. */
    Pacing pacing(String channel, Pacing declared) {
        Channel set = channels.get(channel);
        if (set == null) {
            return declared;
        }
        return new Pacing(set.ratePerSecond() != null ? set.ratePerSecond() : declared.ratePerSecond(),
                set.perRecipientInterval() != null ? set.perRecipientInterval() : declared.perRecipientInterval());
    }

    /**
     * The operator's pacing of one channel; a value left out keeps the sender's own.
     *
     * @param ratePerSecond        messages per second this node sends on the channel, all recipients together
     * @param perRecipientInterval shortest time between two messages to one recipient
     */
    record Channel(Double ratePerSecond, Duration perRecipientInterval) {

        void check(String name) {
            String key = "tawasul.outbound.channels." + name;
            require(ratePerSecond == null || ratePerSecond > 0 && ratePerSecond <= 10_000, key + ".rate-per-second must be above 0 and at most "
                    + "10000 (was " + ratePerSecond + "). Fix: set the provider's limit, e.g. 30 for Telegram");
            require(perRecipientInterval == null || !perRecipientInterval.isNegative(), key
                    + ".per-recipient-interval must not be negative (was " + perRecipientInterval
                    + "). Fix: use a duration such as 1s, or 0s for none");
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
