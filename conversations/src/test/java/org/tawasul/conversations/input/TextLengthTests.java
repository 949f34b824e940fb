package org.tawasul.conversations.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextLengthTests {

    @Test
    void countsNullAndEmptyAsZero() {
        assertThat(TextLength.length(null)).isZero();
        assertThat(TextLength.length("")).isZero();
    }

    @ParameterizedTest
    @CsvSource({
        "hello, 5",
        "'a b', 3",
        "مرحبا, 5",
        "'محمد علي', 8",
        "café, 4",
    })
    void countsPlainTextByCharacter(String text, int expected) {
        assertThat(TextLength.length(text)).isEqualTo(expected);
    }

    @Test
    void countsLetterWithHarakatAsOne() {
        assertThat(TextLength.length("مُحَمَّد")).isEqualTo(4);
        assertThat(TextLength.length("cafe\u0301")).isEqualTo(4);
    }

    @Test
    void countsSupplementaryCharactersAsOne() {
        assertThat(TextLength.length("👍")).isEqualTo(1);
        assertThat(TextLength.length("ok👍")).isEqualTo(3);
        assertThat(TextLength.length("\uD840\uDC0B")).isEqualTo(1); // CJK extension B
    }

    @Test
    void countsEmojiSequencesAsOne() {
        assertThat(TextLength.length("👍🏽")).isEqualTo(1);
        assertThat(TextLength.length("\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67")).isEqualTo(1);
        assertThat(TextLength.length("\uD83C\uDDF8\uD83C\uDDE6")).isEqualTo(1); // flag SA
    }

    @Test
    void countsCarriageReturnLineFeedAsOne() {
        assertThat(TextLength.length("a\r\nb")).isEqualTo(3);
        assertThat(TextLength.length("a\nb")).isEqualTo(3);
    }

    @Test
    void countsMarkWithoutBaseAsOne() {
        assertThat(TextLength.length("\u064Eب")).isEqualTo(2);
        assertThat(TextLength.length("a\n\u064E")).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "مُحَمَّد", "بِسْمِ ٱللَّهِ ٱلرَّحْمَٰنِ ٱلرَّحِيمِ", "\u064E", "a\u0301\u0302b", "\n\u0301", "\u0600١٢", "x\u06DDy",
        "ok 👍🏽 done", "\r\n\r\n", "e\u0301\r\n", "한국어", "ก่อน", "नमस्ते", "\u200Fنعم\u200E", "a\u200Db",
    })
    void agreesWithIcuGraphemeBreaks(String text) {
        BreakIterator it = BreakIterator.getCharacterInstance(ULocale.ROOT);
        it.setText(text);
        int expected = 0;
        while (it.next() != BreakIterator.DONE) {
            expected++;
        }
        assertThat(TextLength.length(text)).isEqualTo(expected);
    }
}
