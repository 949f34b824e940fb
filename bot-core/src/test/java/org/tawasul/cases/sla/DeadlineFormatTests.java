package org.tawasul.cases.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawasul.conversations.message.Language;

/** A deadline in both calendars and both languages, with Latin digits. */
class DeadlineFormatTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2026-01-04 | الأحد 15 رجب 1447 هـ الموافق 4 يناير 2026 م | Sunday 4 January 2026 (15 Rajab 1447 AH)",
            "2026-03-20 | الجمعة 1 شوال 1447 هـ الموافق 20 مارس 2026 م | Friday 20 March 2026 (1 Shawwal 1447 AH)",
            "2026-03-19 | الخميس 30 رمضان 1447 هـ الموافق 19 مارس 2026 م | Thursday 19 March 2026 (30 Ramadan 1447 AH)",
            "2025-03-30 | الأحد 1 شوال 1446 هـ الموافق 30 مارس 2025 م | Sunday 30 March 2025 (1 Shawwal 1446 AH)",
            "2026-05-27 | الأربعاء 10 ذي الحجة 1447 هـ الموافق 27 مايو 2026 م | Wednesday 27 May 2026 (10 Dhu al-Hijjah 1447 AH)",
            "2026-06-16 | الثلاثاء 1 محرم 1448 هـ الموافق 16 يونيو 2026 م | Tuesday 16 June 2026 (1 Muharram 1448 AH)",
            "2026-12-31 | الخميس 22 رجب 1448 هـ الموافق 31 ديسمبر 2026 م | Thursday 31 December 2026 (22 Rajab 1448 AH)",
            "2027-01-14 | الخميس 6 شعبان 1448 هـ الموافق 14 يناير 2027 م | Thursday 14 January 2027 (6 Shaban 1448 AH)",
    })
    void writesBothCalendars(LocalDate date, String arabic, String english) {
        assertThat(DeadlineFormat.format(date, Language.AR)).isEqualTo(arabic);
        assertThat(DeadlineFormat.format(date, Language.EN)).isEqualTo(english);
    }

    @ParameterizedTest
    @CsvSource({"2026-02-22", "2026-04-07", "2026-09-24", "2027-11-30"})
    void arabicUsesLatinDigits(LocalDate date) {
        assertThat(DeadlineFormat.format(date, Language.AR)).doesNotContainPattern("[\\u0660-\\u0669\\u06F0-\\u06F9]")
                .contains(String.valueOf(date.getYear()));
    }
}
