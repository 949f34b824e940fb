package org.tawasul.notifications;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A window of the day, Riyadh time, in which nothing unprompted is sent (from {@code start} to {@code end};
 * across midnight when {@code end} is earlier; none when they are equal).
 */
record QuietHours(LocalTime start, LocalTime end) {

    static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

    /** {@code at}, or the end of the quiet hours it falls in. */
    Instant nextAllowed(Instant at) {
        if (start.equals(end)) {
            return at;
        }
        ZonedDateTime local = at.atZone(RIYADH);
        LocalTime time = local.toLocalTime();
        boolean quiet = start.isBefore(end) ? !time.isBefore(start) && time.isBefore(end)
                : !time.isBefore(start) || time.isBefore(end);
        if (!quiet) {
            return at;
        }
        ZonedDateTime endToday = local.with(end).withSecond(0).withNano(0);
        return (endToday.isAfter(local) ? endToday : endToday.plusDays(1)).toInstant();
    }
}
