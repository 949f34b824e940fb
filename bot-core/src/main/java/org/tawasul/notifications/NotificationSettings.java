package org.tawasul.notifications;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What members hear about their cases, {@code tawasul.notifications.*}; every one is in the README.
 *
 * @param kinds        the notifications sent (received, under-review, awaiting-member, answered, approved,
 *                     rejected, closed, survey)
 * @param fallback     channels tried, in order, when the member's own channel cannot take a notification
 * @param quietHours   {@code HH:MM-HH:MM}, Asia/Riyadh: nothing unprompted is sent then; it waits until the end
 * @param surveyDelay  how long after a case is completed its satisfaction survey is offered
 * @param file         a texts file overriding the bundled texts of the kinds it names; empty for none
 * @param botUsername  the Telegram bot's username, for the survey link sent by SMS ({@code t.me/NAME?start=rate_REF});
 *                     empty: no link, SMS members are invited to rate in the chat
 */
@ConfigurationProperties("tawasul.notifications")
record NotificationSettings(
        @DefaultValue({"received", "under-review", "awaiting-member", "answered", "approved", "rejected", "survey"})
        Set<String> kinds,
        @DefaultValue({"telegram", "sms", "email"}) List<String> fallback,
        @DefaultValue("22:00-08:00") String quietHours,
        @DefaultValue("1h") Duration surveyDelay,
        Path file,
        String botUsername) {

    static final Set<String> KINDS = Set.of("received", "under-review", "awaiting-member", "answered", "approved",
            "rejected", "closed", "survey");

    NotificationSettings {
        kinds = kinds.stream().map(String::strip).collect(Collectors.toUnmodifiableSet());
        for (String kind : kinds) {
            require(KINDS.contains(kind), "tawasul.notifications.kinds has '" + kind + "', which is not a notification. "
                    + "Fix: use some of " + String.join(", ", KINDS.stream().sorted().toList()));
        }
        fallback = fallback.stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
        quietWindow(quietHours);
        require(surveyDelay != null && !surveyDelay.isNegative(), "tawasul.notifications.survey-delay must not be "
                + "negative (was " + surveyDelay + "). Fix: use a duration such as 1h");
        require(botUsername == null || botUsername.isBlank() || botUsername.strip().replaceFirst("^@", "")
                .matches("[A-Za-z][A-Za-z0-9_]{3,31}"), "tawasul.notifications.bot-username '" + botUsername
                + "' is not a Telegram username. Fix: give the bot's username without @, e.g. TawasulSocietyBot");
    }

    /** The quiet hours as a window of the day in Riyadh. */
    QuietHours quiet() {
        return quietWindow(quietHours);
    }

    private static QuietHours quietWindow(String value) {
        String[] parts = value == null ? new String[0] : value.strip().split("-");
        try {
            require(parts.length == 2, "");
            return new QuietHours(LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip()));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("tawasul.notifications.quiet-hours '" + value + "' is not a window such as "
                    + "22:00-08:00. Fix: write HH:MM-HH:MM (Riyadh time), or the same time twice for none");
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
