package org.tawasul.turns;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Turn processing, {@code tawasul.turns.*}; every one is in the README.
 *
 * @param maxRetries    times a turn is retried when another writer changed the conversation first
 * @param lockStripes   in-process locks that serialise turns per conversation
 * @param maxAttempts   times a failed turn is run in all; after that its event stays in the inbox, unprocessed, with its error
 * @param retryInterval pause between retries of failed turns
 */
@ConfigurationProperties("tawasul.turns")
public record TurnSettings(@DefaultValue("10") int maxRetries, @DefaultValue("4096") int lockStripes,
                           @DefaultValue("5") int maxAttempts, @DefaultValue("30s") Duration retryInterval) {

    public TurnSettings {
        require(maxRetries >= 1, "tawasul.turns.max-retries must be at least 1 (was " + maxRetries + ")");
        require(lockStripes >= 1, "tawasul.turns.lock-stripes must be at least 1 (was " + lockStripes + ")");
        require(maxAttempts >= 1, "tawasul.turns.max-attempts must be at least 1 (was " + maxAttempts
                + "). Fix: set e.g. 5, or remove it for the default");
        require(retryInterval != null && retryInterval.toMillis() >= 100, "tawasul.turns.retry-interval must be at "
                + "least 100ms (was " + retryInterval + "). Fix: use e.g. 30s, or remove it for the default");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
