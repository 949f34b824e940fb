package org.tawasul.members.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One-time codes by SMS, {@code tawasul.identity.code.*}; in the README.
 *
 * @param ttl         how long a code holds
 * @param attempts    wrong tries a code allows; then it is spent and a new one must be asked for
 * @param perPhone    codes sent to one phone within {@code window}; more are refused until the oldest leaves it
 * @param window      the sliding window {@code per-phone} counts over
 */
@ConfigurationProperties("tawasul.identity.code")
record OneTimeCodeSettings(@DefaultValue("10m") Duration ttl, @DefaultValue("3") int attempts,
                           @DefaultValue("3") int perPhone, @DefaultValue("1h") Duration window) {

    OneTimeCodeSettings {
        require(ttl != null && ttl.toSeconds() >= 60 && ttl.toMinutes() <= 60, "tawasul.identity.code.ttl must be "
                + "between 1m and 60m (was " + ttl + "). Fix: use e.g. 10m, or remove it for the default");
        require(attempts >= 1 && attempts <= 10, "tawasul.identity.code.attempts must be between 1 and 10 (was "
                + attempts + "). Fix: set e.g. 3, or remove it for the default");
        require(perPhone >= 1 && perPhone <= 20, "tawasul.identity.code.per-phone must be between 1 and 20 (was "
                + perPhone + "). Fix: set e.g. 3, or remove it for the default");
        require(window != null && window.compareTo(ttl) >= 0, "tawasul.identity.code.window must be at least the ttl (was "
                + window + "). Fix: use e.g. 1h, or remove it for the default");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
