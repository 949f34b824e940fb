package org.tawasul.members.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds on guessing who a member is, {@code tawasul.identity.*}; in the README.
 *
 * @param maxFailures   failed identification tries allowed per chat address, and per mobile number, within the window
 * @param failureWindow the sliding window the failures are counted over
 */
@ConfigurationProperties("tawasul.identity")
record IdentitySettings(@DefaultValue("5") int maxFailures, @DefaultValue("24h") Duration failureWindow) {

    IdentitySettings {
        if (maxFailures < 1 || maxFailures > 100) {
            throw new IllegalArgumentException("tawasul.identity.max-failures must be between 1 and 100 (was "
                    + maxFailures + "). Fix: set e.g. 5, or remove it for the default");
        }
        if (failureWindow == null || failureWindow.toMinutes() < 1) {
            throw new IllegalArgumentException("tawasul.identity.failure-window must be at least 1m (was "
                    + failureWindow + "). Fix: use a duration such as 24h, or remove it for the default");
        }
    }
}
