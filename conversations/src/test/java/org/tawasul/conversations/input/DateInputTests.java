package org.tawasul.conversations.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateInputTests {

    private static final LocalDate MARCH_15 = LocalDate.of(2025, 3, 15);

    @ParameterizedTest
    @ValueSource(strings = {
        "2025-03-15", "2025-3-15", "2025/03/15", "2025/3/15", "15/03/2025", "15/3/2025", "15-3-2025", "15.3.2025",
        "١٥/٣/٢٠٢٥", "۱۵/۳/۲۰۲۵", "٢٠٢٥-٠٣-١٥", " 15 / 3 / 2025 ", "\u200F15/3/2025\u200F", "15/3/2025م",
        "15/3/2025 م", "2025/3/15 AD", "15/3/2025 ميلادي",
    })
    void acceptsGregorianFormatsDayFirstOrYearFirst(String input) {
        assertThat(DateInput.parse(input)).contains(MARCH_15);
    }

    @ParameterizedTest
    @ValueSource(strings = {"١٥/٠٦/١٤٤٨هـ", "١٥/٠٦/١٤٤٨ هـ", "15/06/1448ه", "15/6/1448 AH", "1448/06/15 هجري", "15/06/1448"})
    void readsHijriAsMembersWriteIt(String input) {
        assertThat(DateInput.parse(input)).contains(LocalDate.of(2026, 11, 25));
    }

    @Test
    void readsAmbiguousSlashDatesDayFirst() {
        assertThat(DateInput.parse("03/04/2025")).contains(LocalDate.of(2025, 4, 3));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "31/02/2025", "29/02/2025", "2025-02-30", "31/04/2025", "0/1/2025", "1/0/2025", "32/1/2025", "1/13/2025",
    })
    void rejectsImpossibleDates(String input) {
        assertThat(DateInput.parse(input)).isEmpty();
    }

    @Test
    void acceptsLeapDay() {
        assertThat(DateInput.parse("29/02/2024")).contains(LocalDate.of(2024, 2, 29));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", " ", "tomorrow", "15/3", "15/3/25", "2025", "20250315", "15/3-2025", "2025-03-15T10:00", "15//3/2025",
        "15/3/2025/1", "12345/1/1", "1/1/12345", "15/3/2025 xyz", "15 3 2025", "-15/3/2025", "هـ", "م",
    })
    void rejectsMalformedInput(String input) {
        assertThat(DateInput.parse(input)).isEmpty();
    }

    @Test
    void treatsNullAsInvalid() {
        assertThat(DateInput.parse(null)).isEmpty();
    }

    /** Umm al-Qura: 1 Ramadan 1446 = 1 March 2025, 1 Muharram 1447 = 26 June 2025. */
    @ParameterizedTest
    @ValueSource(strings = {
        "1446/09/01 هـ", "1446/9/1هـ", "1/9/1446هـ", "01-09-1446 ه", "1446-09-01 AH", "1/9/1446 ah",
        "١٤٤٦/٠٩/٠١ هـ", "1/9/1446 هجري", "1/9/1446", "1446/9/1",
    })
    void convertsHijriDatesThroughUmmAlQura(String input) {
        assertThat(DateInput.parse(input)).contains(LocalDate.of(2025, 3, 1));
    }

    @Test
    void convertsStartOfHijriYear() {
        assertThat(DateInput.parse("1447/01/01 هـ")).contains(LocalDate.of(2025, 6, 26));
        assertThat(DateInput.parse("15/3/1447هـ")).contains(LocalDate.of(2025, 9, 7));
    }

    @Test
    void rejectsImpossibleHijriDates() {
        assertThat(DateInput.parse("1446/09/30 هـ")).isEmpty(); // Ramadan 1446 had 29 days
        assertThat(DateInput.parse("1446/13/01 هـ")).isEmpty();
        assertThat(DateInput.parse("2025/03/15 هـ")).isEmpty(); // beyond the Umm al-Qura table
        assertThat(DateInput.parse("1000/01/01")).isEmpty();
    }
}
