package org.tawasul.conversations.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What is left of a member's free text when it is stored. */
class FreeTextTests {

    @Test
    void removesControlsBidiOverridesAndZeroWidthCharacters() {
        assertThat(FreeText.clean("abc\u202Egpj.exe\u202C")).isEqualTo("abcgpj.exe");
        assertThat(FreeText.clean("\u2066تأخر\u2069 \u200Bالصرف\u200E\u200F\uFEFF\u0000\u0007\u001B[31m"))
                .isEqualTo("تأخر الصرف[31m");
        assertThat(FreeText.clean("a\u2060b\u061Cc\uDB40\uDC41d")).isEqualTo("abcd");
    }

    @Test
    void makesLineBreaksOneSpaceSoThatNothingStoredSpansLines() {
        assertThat(FreeText.clean("x\n2026-12-03 INFO fake\r\n\u2028line\u0085end\t")).isEqualTo(
                "x 2026-12-03 INFO fake line end");
    }

    @Test
    void keepsAZeroWidthNonJoinerOnlyBetweenLettersAndAJoinerOnlyInsideEmoji() {
        assertThat(FreeText.clean("می\u200Cخواهم")).isEqualTo("می\u200Cخواهم");
        assertThat(FreeText.clean("\u200Cabc\u200C \u200C\u200C")).isEqualTo("abc");
        assertThat(FreeText.clean("👨\u200D👩\u200D👧")).isEqualTo("👨\u200D👩\u200D👧");
        assertThat(FreeText.clean("a\u200Db")).isEqualTo("ab");
    }

    @Test
    void keepsHarakatButNotAPileOfCombiningMarks() {
        assertThat(FreeText.clean("مُحَمَّد")).isEqualTo("مُحَمَّد");
        String zalgo = "a" + "\u0301".repeat(10_000);
        assertThat(FreeText.clean(zalgo)).isEqualTo("a\u0301\u0301\u0301");
        assertThat(FreeText.clean("\u0301\u0301x")).isEqualTo("x");
    }

    @Test
    void aLengthCountsCodePointsAsWellAsGraphemes() {
        assertThat(FreeText.checkedLength("مرحبا")).isEqualTo(5);
        String marks = "ب\u064E\u0651\u0670".repeat(100); // 100 graphemes of 4 code points each
        assertThat(FreeText.checkedLength(marks)).isEqualTo(100);
        String emoji = "👨\u200D👩\u200D👧\u200D👦".repeat(10); // 10 graphemes of 7 code points
        assertThat(FreeText.checkedLength(emoji)).isEqualTo(18);
    }
}
