package org.tawasul.cases.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Saudi working days (Sunday to Thursday, official holidays excluded) and deadlines counted in them.
 *
 * <p>Counting: the day a request becomes complete is day 0 and does not count; day 1 is the first working
 * day after it. A request completed on a Friday, a Saturday or a holiday therefore starts counting on the
 * next working day, and one completed on Thursday evening gets the same deadline as one completed on the
 * Friday. The deadline is always a working day. Holidays are computed per year from {@link HolidayRules}
 * (Hijri dates by the JDK's Umm al-Qura calendar, 1300-1600 AH) and cached.
 */
public final class WorkingCalendar {

    /** The zone whose dates count: a request completed at 00:30 in Riyadh is completed on that day. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Riyadh");

    private final HolidayRules rules;
    private final Map<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();

    public WorkingCalendar(HolidayRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** The rules this calendar follows. */
    public HolidayRules rules() {
        return rules;
    }

    /** The official holidays of a Gregorian year, in date order (weekend days within an Eid included). */
    public Set<LocalDate> holidays(int year) {
        return holidaysByYear.computeIfAbsent(year, y -> Set.copyOf(Holidays.of(y, rules)));
    }

    /** Whether the day is an official holiday. */
    public boolean isHoliday(LocalDate date) {
        return holidays(date.getYear()).contains(date);
    }

    /** Whether the day is Sunday to Thursday and not an official holiday. */
    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.FRIDAY && day != DayOfWeek.SATURDAY && !isHoliday(date);
    }

    /**
     * The day on which {@code days} working days after {@code start} have passed (see the class comment);
     * {@code start} itself for 0.
     */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        Objects.requireNonNull(start, "start");
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative (was " + days + ")");
        }
        LocalDate date = start;
        for (int counted = 0; counted < days; ) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /**
     * The working days after {@code start} up to and including {@code end}, so that
     * {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}; negative when {@code end} is before
     * {@code start} (e.g. the working days a deadline was missed by).
     */
    public int workingDaysBetween(LocalDate start, LocalDate end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            return -workingDaysBetween(end, start);
        }
        int count = 0;
        for (LocalDate date = start.plusDays(1); !date.isAfter(end); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }
}
