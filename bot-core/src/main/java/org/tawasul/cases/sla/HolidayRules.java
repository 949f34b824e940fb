package org.tawasul.cases.sla;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The rules that make official holidays for any year: the two Eids as Hijri spans, fixed Gregorian days
 * (Founding Day, National Day), whether a fixed day on the weekend is made up, and announced extra days.
 *
 * @param eidAlFitr           Eid al-Fitr; for the private and non-profit sectors 4 days from the day after 29 Ramadan
 * @param eidAlAdha           Eid al-Adha; for those sectors 4 days from the Day of Arafah (9 Dhu al-Hijjah)
 * @param fixedHolidays       Gregorian days off every year: 22 February (Founding Day), 23 September (National Day)
 * @param weekendCompensation a fixed day on a Friday makes the Thursday before a holiday, on a Saturday the
 *                            Sunday after, unless the fixed day falls within an Eid
 * @param extraHolidays       days announced as holidays in addition to the rules
 */
public record HolidayRules(HijriSpan eidAlFitr, HijriSpan eidAlAdha, List<MonthDay> fixedHolidays,
                           boolean weekendCompensation, Set<LocalDate> extraHolidays) {

    public HolidayRules {
        Objects.requireNonNull(eidAlFitr, "eidAlFitr");
        Objects.requireNonNull(eidAlAdha, "eidAlAdha");
        fixedHolidays = List.copyOf(fixedHolidays);
        extraHolidays = Set.copyOf(extraHolidays);
    }

    /** The rules of the Labour Law's implementing regulations (art. 24), which cooperative societies follow. */
    public static HolidayRules privateAndNonProfitSector() {
        return new HolidayRules(new HijriSpan(9, 30, 4), new HijriSpan(12, 9, 4),
                List.of(MonthDay.of(2, 22), MonthDay.of(9, 23)), true, Set.of());
    }

    /** These rules with more announced holidays. */
    public HolidayRules withExtraHolidays(Set<LocalDate> dates) {
        return new HolidayRules(eidAlFitr, eidAlAdha, fixedHolidays, weekendCompensation, dates);
    }
}
