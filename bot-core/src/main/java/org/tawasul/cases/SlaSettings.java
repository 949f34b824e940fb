package org.tawasul.cases;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.tawasul.cases.sla.HijriSpan;
import org.tawasul.cases.sla.HolidayRules;

/**
 * The answer deadline and the holidays it skips, {@code tawasul.sla.*}; every one is in the README.
 *
 * @param workingDays         working days within which a complete request is answered (P7)
 * @param extraHolidays       ISO dates announced as holidays beyond the rules
 * @param eidAlFitrStart      Hijri MM-DD the Eid al-Fitr holiday starts on (09-30: the day after 29 Ramadan)
 * @param eidAlFitrDays       its length in days, weekends included
 * @param eidAlAdhaStart      Hijri MM-DD the Eid al-Adha holiday starts on (12-09: the Day of Arafah)
 * @param eidAlAdhaDays       its length in days, weekends included
 * @param fixedHolidays       Gregorian MM-DD holidays of every year
 * @param weekendCompensation whether a fixed holiday on Friday (Saturday) makes Thursday (Sunday) a holiday
 */
@ConfigurationProperties("tawasul.sla")
record SlaSettings(@DefaultValue("15") int workingDays, @DefaultValue List<String> extraHolidays,
           @DefaultValue("09-30") String eidAlFitrStart, @DefaultValue("4") int eidAlFitrDays,
           @DefaultValue("12-09") String eidAlAdhaStart, @DefaultValue("4") int eidAlAdhaDays,
           @DefaultValue({"02-22", "09-23"}) List<String> fixedHolidays,
           @DefaultValue("true") boolean weekendCompensation) {

    SlaSettings {
        require(workingDays >= 1 && workingDays <= 365, "tawasul.sla.working-days must be between 1 and 365 (was "
                + workingDays + "). Fix: set the working days within which a case is answered, or remove it for "
                + "the default 15");
        extraHolidays = List.copyOf(extraHolidays);
        fixedHolidays = List.copyOf(fixedHolidays);
        rules(extraHolidays, eidAlFitrStart, eidAlFitrDays, eidAlAdhaStart, eidAlAdhaDays, fixedHolidays,
                weekendCompensation);
    }

    /** The holiday rules these settings give. */
    HolidayRules holidayRules() {
        return rules(extraHolidays, eidAlFitrStart, eidAlFitrDays, eidAlAdhaStart, eidAlAdhaDays, fixedHolidays,
                weekendCompensation);
    }

    /** Checks and converts the holiday settings; the messages name the key and the fix. */
    private static HolidayRules rules(List<String> extra, String fitrStart, int fitrDays,
            String adhaStart, int adhaDays, List<String> fixed, boolean compensation) {
        return new HolidayRules(eid("eid-al-fitr", fitrStart, fitrDays, "09-30"),
                eid("eid-al-adha", adhaStart, adhaDays, "12-09"), monthDays(fixed), compensation, dates(extra));
    }

    // The messages do not chain the parser's exception: start-up reports the innermost cause's message.
    private static HijriSpan eid(String name, String start, int days, String example) {
        require(days >= 1 && days <= 30, "tawasul.sla." + name + "-days must be between 1 and 30 (was " + days
                + "). Fix: give the holiday's length in days, weekend days included");
        require(start != null && MONTH_DAY.matcher(start.strip()).matches(), "tawasul.sla." + name + "-start '"
                + start + "' is not a Hijri month and day written MM-DD. Fix: write e.g. " + example);
        try {
            return HijriSpan.parse(start, days);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("tawasul.sla." + name + "-start '" + start + "': " + e.getMessage()
                    + ". Fix: write e.g. " + example);
        }
    }

    private static List<MonthDay> monthDays(List<String> values) {
        List<MonthDay> days = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i).strip();
            if (value.isEmpty()) {
                continue;
            }
            try {
                require(MONTH_DAY.matcher(value).matches(), "");
                days.add(MonthDay.parse("--" + value));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new IllegalArgumentException("tawasul.sla.fixed-holidays[" + i + "] '" + value
                        + "' is not a month and day written MM-DD. Fix: write e.g. 02-22,09-23");
            }
        }
        return days;
    }

    private static Set<LocalDate> dates(List<String> values) {
        Set<LocalDate> dates = new LinkedHashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i).strip();
            if (value.isEmpty()) {
                continue;
            }
            try {
                dates.add(LocalDate.parse(value));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("tawasul.sla.extra-holidays[" + i + "] '" + value
                        + "' is not a date. Fix: write ISO dates such as 2026-03-22, separated by commas");
            }
        }
        return dates;
    }

    private static final Pattern MONTH_DAY = Pattern.compile("\\d{2}-\\d{2}");

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
