package org.tawasul.config;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.tawasul.conversations.message.Language;

/**
 * The application's own settings, under {@code tawasul.*}; every one is listed in the README.
 *
 * @param defaultLanguage language of a member who has not chosen one
 * @param engine          dialog behaviour
 * @param flows           where flows come from
 * @param services        where the service catalog comes from
 * @param turns           turn processing
 */
@ConfigurationProperties("tawasul")
public record TawasulProperties(
        @DefaultValue("ar") Language defaultLanguage,
        @DefaultValue Engine engine,
        @DefaultValue Flows flows,
        @DefaultValue Services services,
        @DefaultValue Turns turns) {

    /**
     * @param maxAttempts wrong answers to one question before handing over to staff or ending
     * @param idleTimeout a dialog idle this long is closed when the member next writes
     * @param menuFlow    the flow shown on first contact and on "menu"
     */
    public record Engine(@DefaultValue("3") int maxAttempts, @DefaultValue("24h") Duration idleTimeout,
                         @DefaultValue("menu") String menuFlow) {
        public Engine {
            require(maxAttempts >= 1, "tawasul.engine.max-attempts must be at least 1 (was " + maxAttempts
                    + "). Fix: set a positive number, or remove it for the default 3");
            require(idleTimeout != null && idleTimeout.toSeconds() >= 60, "tawasul.engine.idle-timeout must be at least 1m (was "
                    + idleTimeout + "). Fix: use a duration such as 24h or 30m");
            require(menuFlow != null && !menuFlow.isBlank(), "tawasul.engine.menu-flow is empty. Fix: name the menu flow's id, "
                    + "or remove it for the default 'menu'");
        }
    }

    /** @param directory a folder of YAML flows that override or add to the bundled ones; empty for none */
    public record Flows(Path directory) { }

    /** @param directory a folder of YAML services that replace (same id) or add to the bundled catalog; empty for none */
    public record Services(Path directory) { }

    /**
     * @param maxRetries times a turn is retried when another writer changed the conversation first
     * @param lockStripes in-process locks that serialise turns per conversation
     * @param maxAttempts times a failed turn is run in all; after that its event stays in the inbox, unprocessed, with its error
     * @param retryInterval pause between retries of failed turns
     */
    public record Turns(@DefaultValue("10") int maxRetries, @DefaultValue("4096") int lockStripes,
                        @DefaultValue("5") int maxAttempts, @DefaultValue("30s") java.time.Duration retryInterval) {
        public Turns {
            require(maxRetries >= 1, "tawasul.turns.max-retries must be at least 1 (was " + maxRetries + ")");
            require(lockStripes >= 1, "tawasul.turns.lock-stripes must be at least 1 (was " + lockStripes + ")");
            require(maxAttempts >= 1, "tawasul.turns.max-attempts must be at least 1 (was " + maxAttempts
                    + "). Fix: set e.g. 5, or remove it for the default");
            require(retryInterval != null && retryInterval.toMillis() >= 100, "tawasul.turns.retry-interval must be at "
                    + "least 100ms (was " + retryInterval + "). Fix: use e.g. 30s, or remove it for the default");
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
