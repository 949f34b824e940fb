package org.tawasul.conversations.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawasul.conversations.message.Language;

/** One form for values shown to members: dates in both calendars, never ISO; money with separators and riyals. */
class DatesAndAmountsTests {

    @Test
    void writesADateInFullInBothCalendars() {
        LocalDate date = LocalDate.of(2026, 5, 27);
        assertThat(Dates.full(date, Language.AR)).isEqualTo("الأربعاء 10 ذي الحجة 1447 هـ الموافق 27 مايو 2026 م");
        assertThat(Dates.full(date, Language.EN)).isEqualTo("Wednesday 27 May 2026 (10 Dhu al-Hijjah 1447 AH)");
    }

    @Test
    void writesADateOutsideTheHijriTableInGregorianOnly() {
        assertThat(Dates.full(LocalDate.of(1850, 1, 1), Language.AR)).isEqualTo("الثلاثاء 1 يناير 1850 م");
    }

    @Test
    void writesShortDatesAsMembersTypeThem() {
        LocalDate date = LocalDate.of(2026, 1, 11);
        assertThat(Dates.gregorian(date)).isEqualTo("11/01/2026");
        assertThat(Dates.hijri(date)).isEqualTo("22/07/1447");
    }

    @ParameterizedTest
    @CsvSource({"AR, 12500, '12,500 ريال'", "EN, 12500, 'SAR 12,500'", "AR, 500, 500 ريال", "AR, 1000000, '1,000,000 ريال'"})
    void writesMoneyWithSeparatorsAndRiyals(Language language, long value, String expected) {
        assertThat(Amounts.riyals(value, language)).isEqualTo(expected);
    }

    @Test
    void writesNumbersWithLatinDigitsAndSeparators() {
        assertThat(Amounts.number(1500, Language.AR)).isEqualTo("1,500");
        assertThat(Amounts.number(7, Language.EN)).isEqualTo("7");
    }
}
