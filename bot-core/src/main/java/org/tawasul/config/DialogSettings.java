package org.tawasul.config;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.tawasul.conversations.engine.WorkingHours;
import org.tawasul.conversations.message.Language;

/**
 * The dialogs' settings: {@code tawasul.default-language}, {@code tawasul.engine.*}, {@code tawasul.flows.*} and
 * {@code tawasul.services.*}; every one is listed in the README.
 *
 * @param defaultLanguage language of a member who has not chosen one
 * @param engine          dialog behaviour
 * @param flows           where flows come from
 * @param services        where the service catalog comes from
 */
@ConfigurationProperties("tawasul")
public record DialogSettings(
        @DefaultValue("ar") Language defaultLanguage,
        @DefaultValue Engine engine,
        @DefaultValue Flows flows,
        @DefaultValue Services services) {

    /**
     * @param maxAttempts wrong answers to one question before handing over to staff or ending
     * @param idleTimeout a dialog idle this long is closed when the member next writes
     * @param menuFlow    the flow shown on first contact and on "menu"
     * @param workingHours when staff work, Sunday to Thursday, Riyadh time ({@code 08:00-16:00}); told to a
     *                     member handed over to staff
     */
    public record Engine(@DefaultValue("3") int maxAttempts, @DefaultValue("24h") Duration idleTimeout,
                         @DefaultValue("menu") String menuFlow, @DefaultValue("08:00-16:00") String workingHours) {
        public Engine {
            require(maxAttempts >= 1, "tawasul.engine.max-attempts must be at least 1 (was " + maxAttempts
                    + "). Fix: set a positive number, or remove it for the default 3");
            require(idleTimeout != null && idleTimeout.toSeconds() >= 60, "tawasul.engine.idle-timeout must be at least 1m (was "
                    + idleTimeout + "). Fix: use a duration such as 24h or 30m");
            require(menuFlow != null && !menuFlow.isBlank(), "tawasul.engine.menu-flow is empty. Fix: name the menu flow's id, "
                    + "or remove it for the default 'menu'");
            hours(workingHours);
        }

        /** The working hours, checked. */
        public WorkingHours hours() {
            return hours(workingHours);
        }

        private static WorkingHours hours(String text) {
            try {
                return WorkingHours.parse(text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("tawasul.engine.working-hours: " + e.getMessage() + " (opening before "
                        + "closing). Fix: write the hours staff work, or remove it for the default 08:00-16:00");
            }
        }
    }

    /** @param directory a folder of YAML flows that override or add to the bundled ones; empty for none */
    public record Flows(Path directory) { }

    /** @param directory a folder of YAML services that replace (same id) or add to the bundled catalog; empty for none */
    public record Services(Path directory) { }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
