package org.tawasul.cases.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Deadlines in Saudi working days: the counting rule, weekends, Eids, fixed days and year boundaries. */
class WorkingCalendarTests {

    private final WorkingCalendar calendar = new WorkingCalendar(HolidayRules.privateAndNonProfitSector());

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            // an ordinary Sunday: three weeks of five days
            "2026-01-04, 15, 2026-01-25",
            // Thursday, Friday and Saturday all start counting on Sunday: the same deadline
            "2026-01-08, 15, 2026-01-29",
            "2026-01-09, 15, 2026-01-29",
            "2026-01-10, 15, 2026-01-29",
            "2026-01-11, 15, 2026-02-01",
            "2026-01-04, 1, 2026-01-05",
            "2026-01-08, 1, 2026-01-11",
            "2026-01-04, 0, 2026-01-04",
            // Ramadan 1447: Eid al-Fitr Thursday 19 to Sunday 22 March 2026 (30 Ramadan to 3 Shawwal)
            "2026-03-15, 15, 2026-04-07",
            "2026-03-18, 1, 2026-03-23",
            "2026-03-19, 1, 2026-03-23",
            "2026-03-22, 1, 2026-03-23",
            "2026-02-18, 15, 2026-03-12",
            // Eid al-Adha 1447: Tuesday 26 (Day of Arafah) to Friday 29 May 2026
            "2026-05-25, 3, 2026-06-02",
            "2026-05-21, 15, 2026-06-16",
            // Founding Day on a Sunday (2026) and National Day on a Wednesday (2026)
            "2026-02-19, 1, 2026-02-23",
            "2026-09-22, 1, 2026-09-24",
            // year boundary
            "2026-12-24, 15, 2027-01-14",
            "2026-12-31, 1, 2027-01-03",
            // Eid al-Fitr 1446 after a 29-day Ramadan: Sunday 30 March to Wednesday 2 April 2025
            "2025-03-27, 1, 2025-04-03",
            // Founding Day 2025 on a Saturday: made up on Sunday 23 February
            "2025-02-20, 1, 2025-02-24",
            // National Day 2022 on a Friday: made up on Thursday 22 September
            "2022-09-21, 1, 2022-09-25",
            // National Day 2023 on a Saturday: made up on Sunday 24 September
            "2023-09-21, 1, 2023-09-25",
    })
    void addsWorkingDays(LocalDate start, int days, LocalDate expected) {
        assertThat(calendar.addWorkingDays(start, days)).isEqualTo(expected);
        assertThat(calendar.workingDaysBetween(start, expected)).isEqualTo(days);
    }

    @Test
    void theHolidaysOf2026() {
        assertThat(calendar.holidays(2026)).containsExactlyInAnyOrder(
                d("2026-02-22"),
                d("2026-03-19"), d("2026-03-20"), d("2026-03-21"), d("2026-03-22"),
                d("2026-05-26"), d("2026-05-27"), d("2026-05-28"), d("2026-05-29"),
                d("2026-09-23"));
    }

    /** The computed days match what the ministry announced for the private and non-profit sectors. */
    @Test
    void theComputedEidsMatchTheAnnouncedOnes() {
        // 2023: Fitr from the end of work on 29 Ramadan (Thursday 20 April), back on Tuesday 25 April
        assertThat(calendar.holidays(2023)).contains(d("2023-04-21"), d("2023-04-22"), d("2023-04-23"), d("2023-04-24"));
        assertThat(calendar.isWorkingDay(d("2023-04-25"))).isTrue();
        // 2024: Fitr Tuesday 9 to Friday 12 April, back on Sunday 14; Adha Saturday 15 to Tuesday 18 June
        assertThat(calendar.holidays(2024)).contains(d("2024-04-09"), d("2024-04-12"), d("2024-06-15"), d("2024-06-18"));
        assertThat(calendar.isWorkingDay(d("2024-04-08"))).isTrue();
        assertThat(calendar.isWorkingDay(d("2024-06-19"))).isTrue();
        // 2025: Adha Thursday 5 to Sunday 8 June
        assertThat(calendar.holidays(2025)).contains(d("2025-06-05"), d("2025-06-08"));
        assertThat(calendar.isWorkingDay(d("2025-06-09"))).isTrue();
    }

    @Test
    void aGregorianYearCanHoldTheSameEidTwice() {
        // 1420 and 1421 AH both have their Eid al-Fitr in 2000 (January and December)
        long fitrDaysIn2000 = calendar.holidays(2000).stream()
                .filter(day -> day.getMonthValue() == 1 || day.getMonthValue() == 12).count();
        assertThat(fitrDaysIn2000).isEqualTo(8);
    }

    @Test
    void weekendsAndHolidaysAreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(d("2026-01-08"))).as("Thursday").isTrue();
        assertThat(calendar.isWorkingDay(d("2026-01-09"))).as("Friday").isFalse();
        assertThat(calendar.isWorkingDay(d("2026-01-10"))).as("Saturday").isFalse();
        assertThat(calendar.isWorkingDay(d("2026-01-11"))).as("Sunday").isTrue();
        assertThat(calendar.isWorkingDay(d("2026-03-22"))).as("3 Shawwal, a Sunday").isFalse();
        assertThat(calendar.isHoliday(d("2026-03-21"))).as("a Saturday within the Eid").isTrue();
    }

    @Test
    void anAnnouncedExtraHolidayCounts() {
        WorkingCalendar extra = new WorkingCalendar(
                HolidayRules.privateAndNonProfitSector().withExtraHolidays(Set.of(d("2026-01-05"))));
        assertThat(extra.addWorkingDays(d("2026-01-04"), 1)).isEqualTo(d("2026-01-06"));
        assertThat(extra.isHoliday(d("2026-01-05"))).isTrue();
    }

    @Test
    void aFixedDayWithinAnEidIsNotMadeUp() {
        // Eid al-Fitr 1447 cut to its first day, Friday 20 March 2026
        HolidayRules rules = new HolidayRules(new HijriSpan(10, 1, 1), new HijriSpan(12, 10, 1),
                List.of(MonthDay.of(3, 20), MonthDay.of(3, 27)), true, Set.of());
        WorkingCalendar custom = new WorkingCalendar(rules);
        assertThat(custom.isWorkingDay(d("2026-03-19"))).as("Friday 20 March is already the Eid").isTrue();
        assertThat(custom.isWorkingDay(d("2026-03-26"))).as("Friday 27 March is made up on Thursday").isFalse();
    }

    @Test
    void withoutCompensationAWeekendFixedDayIsLost() {
        HolidayRules base = HolidayRules.privateAndNonProfitSector();
        WorkingCalendar none = new WorkingCalendar(new HolidayRules(base.eidAlFitr(), base.eidAlAdha(),
                base.fixedHolidays(), false, Set.of()));
        assertThat(none.isWorkingDay(d("2025-02-23"))).isTrue();
        assertThat(calendar.isWorkingDay(d("2025-02-23"))).isFalse();
    }

    @Test
    void everyDeadlineIsAWorkingDayAndCountsBack() {
        for (LocalDate start = d("2025-12-01"); start.isBefore(d("2027-02-01")); start = start.plusDays(1)) {
            for (int days : new int[] {1, 5, 10, 15, 40}) {
                LocalDate due = calendar.addWorkingDays(start, days);
                assertThat(calendar.isWorkingDay(due)).as(start + " + " + days).isTrue();
                assertThat(calendar.workingDaysBetween(start, due)).as(start + " + " + days).isEqualTo(days);
                assertThat(calendar.workingDaysBetween(start, due.minusDays(1))).as(start + " + " + days).isEqualTo(days - 1);
            }
        }
    }

    @Test
    void countingBackwardsIsNegative() {
        assertThat(calendar.workingDaysBetween(d("2026-01-25"), d("2026-01-04"))).isEqualTo(-15);
        assertThat(calendar.workingDaysBetween(d("2026-01-04"), d("2026-01-04"))).isZero();
    }

    @Test
    void negativeDaysAreRefused() {
        assertThatThrownBy(() -> calendar.addWorkingDays(d("2026-01-04"), -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    }

    @Test
    void aHijriStartIsParsed() {
        assertThat(HijriSpan.parse("09-30", 4)).isEqualTo(new HijriSpan(9, 30, 4));
        assertThatThrownBy(() -> HijriSpan.parse("9/30", 4)).hasMessageContaining("MM-DD");
        assertThatThrownBy(() -> HijriSpan.parse("13-01", 4)).hasMessageContaining("1-12");
    }
}
