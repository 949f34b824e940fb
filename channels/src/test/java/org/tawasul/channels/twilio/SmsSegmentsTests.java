package org.tawasul.channels.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tawasul.channels.twilio.SmsSegments.Encoding;

class SmsSegmentsTests {

    private static SmsSegments of(String text) {
        return SmsSegments.of(text);
    }

    @Test
    void gsm7Fits160SeptetsInOneSegmentAnd153PerPartBeyond() {
        assertThat(of("a".repeat(160))).isEqualTo(new SmsSegments(Encoding.GSM_7, 160, 1));
        assertThat(of("a".repeat(161))).isEqualTo(new SmsSegments(Encoding.GSM_7, 161, 2));
        assertThat(of("a".repeat(306))).isEqualTo(new SmsSegments(Encoding.GSM_7, 306, 2));
        assertThat(of("a".repeat(307))).isEqualTo(new SmsSegments(Encoding.GSM_7, 307, 3));
    }

    @Test
    void extensionCharactersCountTwoSeptets() {
        assertThat(of("€".repeat(80))).isEqualTo(new SmsSegments(Encoding.GSM_7, 160, 1));
        assertThat(of("€".repeat(81))).isEqualTo(new SmsSegments(Encoding.GSM_7, 162, 2));
        for (char c : "^{}\\[~]|€\f".toCharArray()) {
            assertThat(of("a".repeat(158) + c)).as("U+%04X", (int) c).isEqualTo(new SmsSegments(Encoding.GSM_7, 160, 1));
            assertThat(of("a".repeat(159) + c)).as("U+%04X", (int) c).isEqualTo(new SmsSegments(Encoding.GSM_7, 161, 2));
        }
    }

    @Test
    void anEscapePairIsNeverSplitAcrossParts() {
        // 306 septets would be two parts, but the { that would straddle parts 1 and 2 moves whole
        assertThat(of("a".repeat(152) + "{" + "a".repeat(152))).isEqualTo(new SmsSegments(Encoding.GSM_7, 306, 3));
        assertThat(of("a".repeat(151) + "{" + "a".repeat(153))).isEqualTo(new SmsSegments(Encoding.GSM_7, 306, 2));
    }

    @Test
    void theWholeBasicAlphabetIsOneSeptetEach() {
        assertThat(SmsSegments.GSM7_BASIC).hasSize(127);
        assertThat(SmsSegments.GSM7_BASIC.chars().distinct().count()).isEqualTo(127);
        assertThat(of(SmsSegments.GSM7_BASIC)).isEqualTo(new SmsSegments(Encoding.GSM_7, 127, 1));
        assertThat(of("Ihr Termin: Mo, 10:00 Uhr. Fragen? Antworten Sie mit HILFE.").encoding()).isEqualTo(Encoding.GSM_7);
    }

    @Test
    void anyArabicLetterMakesUcs2With70UnitsInOneSegmentAnd67PerPart() {
        assertThat(of("ب".repeat(70))).isEqualTo(new SmsSegments(Encoding.UCS_2, 70, 1));
        assertThat(of("ب".repeat(71))).isEqualTo(new SmsSegments(Encoding.UCS_2, 71, 2));
        assertThat(of("ب".repeat(134))).isEqualTo(new SmsSegments(Encoding.UCS_2, 134, 2));
        assertThat(of("ب".repeat(135))).isEqualTo(new SmsSegments(Encoding.UCS_2, 135, 3));
        assertThat(of("a".repeat(159) + "ب")).as("one Arabic letter turns 160 septets into 160 UCS-2 units")
                .isEqualTo(new SmsSegments(Encoding.UCS_2, 160, 3));
    }

    @Test
    void anEmojiForcesUcs2AndCountsTwoUnitsNeverSplit() {
        assertThat(of("OK 👍")).isEqualTo(new SmsSegments(Encoding.UCS_2, 5, 1));
        assertThat(of("a".repeat(68) + "👍")).isEqualTo(new SmsSegments(Encoding.UCS_2, 70, 1));
        assertThat(of("a".repeat(69) + "👍")).isEqualTo(new SmsSegments(Encoding.UCS_2, 71, 2));
        // 134 units would be two parts, but the pair that would straddle them moves whole
        assertThat(of("a".repeat(66) + "👍" + "a".repeat(66))).isEqualTo(new SmsSegments(Encoding.UCS_2, 134, 3));
        assertThat(of("a".repeat(65) + "👍" + "a".repeat(67))).isEqualTo(new SmsSegments(Encoding.UCS_2, 134, 2));
    }

    @Test
    void charactersThatLookLatinButAreNotGsm7MakeUcs2() {
        assertThat(of("“quoted”").encoding()).isEqualTo(Encoding.UCS_2);
        assertThat(of("café").encoding()).as("é is GSM-7").isEqualTo(Encoding.GSM_7);
        assertThat(of("ç").encoding()).as("only the capital Ç is GSM-7").isEqualTo(Encoding.UCS_2);
        assertThat(of("١٢٣").encoding()).as("Arabic-Indic digits").isEqualTo(Encoding.UCS_2);
    }

    @Test
    void anEmptyTextCountsAsOneSegment() {
        assertThat(of("")).isEqualTo(new SmsSegments(Encoding.GSM_7, 0, 1));
        assertThat(of("").single()).isTrue();
    }
}
