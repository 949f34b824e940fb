package org.tawasul.cases.sla;

import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A holiday of {@code days} calendar days starting on a Hijri (Umm al-Qura) month and day, e.g. Eid al-Adha
 * from 9 Dhu al-Hijjah for 4 days. The day is counted from the month's first day, so day 30 of a month that
 * has 29 days is the next month's first day: {@code 09-30} is "the day after 29 Ramadan" in every year.
 *
 * @param month 1 (Muharram) to 12 (Dhu al-Hijjah)
 * @param day   1 to 30
 * @param days  the length, weekend days included, 1 to 30
 */
public record HijriSpan(int month, int day, int days) {

    private static final Pattern MONTH_DAY = Pattern.compile("(\\d{1,2})-(\\d{1,2})");

    public HijriSpan {
        if (month < 1 || month > 12 || day < 1 || day > 30) {
            throw new IllegalArgumentException("a Hijri month is 1-12 and a day 1-30 (was " + month + "-" + day + ")");
        }
        if (days < 1 || days > 30) {
            throw new IllegalArgumentException("a holiday lasts 1 to 30 days (was " + days + ")");
        }
    }

    /**
     * Parses a start written {@code MM-DD}, e.g. {@code 09-30}.
     *
     * @throws IllegalArgumentException when the text is not a Hijri month and day
     */
    public static HijriSpan parse(String monthDay, int days) {
        Matcher m = MONTH_DAY.matcher(monthDay == null ? "" : monthDay.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + monthDay + "' is not a Hijri month and day written MM-DD");
        }
        return new HijriSpan(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), days);
    }

    /** The Gregorian dates of this holiday in one Hijri year. */
    public List<LocalDate> datesIn(int hijriYear) {
        HijrahDate monthStart = HijrahChronology.INSTANCE.date(hijriYear, month, 1);
        LocalDate first = LocalDate.from(monthStart).plusDays(day - 1L);
        List<LocalDate> dates = new ArrayList<>(days);
        for (int i = 0; i < days; i++) {
            dates.add(first.plus(i, ChronoUnit.DAYS));
        }
        return dates;
    }

    @Override
    public String toString() {
        return String.format("%02d-%02d for %d days", month, day, days);
    }
}
