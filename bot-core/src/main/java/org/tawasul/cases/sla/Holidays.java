package org.tawasul.cases.sla;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.Set;
import java.util.TreeSet;

/** Computes one Gregorian year's official holidays from {@link HolidayRules}. */
final class Holidays {

    private Holidays() {
    }

    static Set<LocalDate> of(int year, HolidayRules rules) {
        Set<LocalDate> eids = new TreeSet<>();
        for (int hijriYear = hijriYear(LocalDate.of(year, 1, 1)) - 1; hijriYear <= hijriYear(LocalDate.of(year, 12, 31));
                hijriYear++) {
            eids.addAll(rules.eidAlFitr().datesIn(hijriYear));
            eids.addAll(rules.eidAlAdha().datesIn(hijriYear));
        }
        Set<LocalDate> holidays = new TreeSet<>(eids);
        for (int y = year - 1; y <= year + 1; y++) {
            for (MonthDay monthDay : rules.fixedHolidays()) {
                if (monthDay.isValidYear(y)) {
                    LocalDate day = monthDay.atYear(y);
                    holidays.add(day);
                    if (rules.weekendCompensation() && !eids.contains(day)) {
                        holidays.add(madeUp(day));
                    }
                }
            }
        }
        holidays.addAll(rules.extraHolidays());
        holidays.removeIf(day -> day.getYear() != year);
        return holidays;
    }

    /** The day that makes up for a fixed holiday on the weekend (the day itself otherwise). */
    private static LocalDate madeUp(LocalDate day) {
        if (day.getDayOfWeek() == DayOfWeek.FRIDAY) {
            return day.minusDays(1);
        }
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
            return day.plusDays(1);
        }
        return day;
    }

    private static int hijriYear(LocalDate date) {
        try {
            return HijrahDate.from(date).get(ChronoField.YEAR);
        } catch (DateTimeException e) {
            throw new DateTimeException("No Umm al-Qura calendar data for " + date
                    + ": the JDK's Hijri calendar covers 1300-1600 AH (1882-2174)", e);
        }
    }
}
