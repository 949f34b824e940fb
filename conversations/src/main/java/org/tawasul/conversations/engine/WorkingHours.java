package org.tawasul.conversations.engine;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.tawasul.conversations.message.Language;

/**
 * When the society's staff work: Sunday to Thursday (P7), from {@code opens} to {@code closes}, Riyadh time.
 * Told to a member handed over to staff, so that they know when to expect a reply.
 */
public record WorkingHours(LocalTime opens, LocalTime closes) {

    /** 08:00 to 16:00. */
    public static final WorkingHours DEFAULT = new WorkingHours(LocalTime.of(8, 0), LocalTime.of(16, 0));

    public WorkingHours {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("working hours must open before they close, were " + opens + "-" + closes);
        }
    }

    /**
     * Reads {@code "08:00-16:00"}.
     *
     * @throws IllegalArgumentException naming the expected form
     */
    public static WorkingHours parse(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split("\\s*-\\s*");
        try {
            if (parts.length == 2) {
                return new WorkingHours(LocalTime.parse(parts[0]), LocalTime.parse(parts[1]));
            }
        } catch (java.time.format.DateTimeParseException e) {
            // reported below
        }
        throw new IllegalArgumentException("'" + text + "' is not working hours written HH:MM-HH:MM, e.g. 08:00-16:00");
    }

    /** Whether staff are at work at this instant (holidays aside). */
    public boolean isOpen(Instant at) {
        ZonedDateTime local = at.atZone(EngineSettings.ZONE);
        DayOfWeek day = local.getDayOfWeek();
        LocalTime time = local.toLocalTime();
        return day != DayOfWeek.FRIDAY && day != DayOfWeek.SATURDAY && !time.isBefore(opens) && time.isBefore(closes);
    }

    /** A time as members read it: "8 صباحًا", "4:30 مساءً", "8 am". */
    static String time(LocalTime time, Language language) {
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        String clock = time.getMinute() == 0 ? Integer.toString(hour) : hour + ":" + (time.getMinute() < 10 ? "0" : "")
                + time.getMinute();
        boolean morning = time.getHour() < 12;
        if (language == Language.EN) {
            return clock + (morning ? " am" : " pm");
        }
        return clock + (morning ? " صباحًا" : time.getHour() == 12 ? " ظهرًا" : " مساءً");
    }
}
