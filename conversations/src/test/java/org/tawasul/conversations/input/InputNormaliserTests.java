package org.tawasul.conversations.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputNormaliserTests {

    @Test
    void treatsNullAsEmpty() {
        assertThat(InputNormaliser.normalise(null)).isEmpty();
        assertThat(InputNormaliser.fold(null)).isEmpty();
    }

    @Test
    void returnsSameInstanceWhenNothingChanges() {
        String clean = "Hello world, مرحبا 123";
        assertThat(InputNormaliser.normalise(clean)).isSameAs(clean);
        String folded = "hello world";
        assertThat(InputNormaliser.fold(folded)).isSameAs(folded);
    }

    @Test
    void convertsArabicIndicAndPersianDigitsToAscii() {
        assertThat(InputNormaliser.normalise("٠١٢٣٤٥٦٧٨٩")).isEqualTo("0123456789");
        assertThat(InputNormaliser.normalise("۰۱۲۳۴۵۶۷۸۹")).isEqualTo("0123456789");
        assertThat(InputNormaliser.normalise("رقم ٥٠ و ۷")).isEqualTo("رقم 50 و 7");
    }

    @Test
    void removesTatweelAndHarakat() {
        assertThat(InputNormaliser.normalise("مـــرحبـا")).isEqualTo("مرحبا");
        assertThat(InputNormaliser.normalise("مُحَمَّدٌ")).isEqualTo("محمد");
        assertThat(InputNormaliser.normalise("هٰذا")).isEqualTo("هذا");
    }

    @Test
    void removesQuranicMarks() {
        assertThat(InputNormaliser.normalise("الرَّحِيمِ\u06D6")).isEqualTo("الرحيم");
        assertThat(InputNormaliser.normalise("قال\u06DA\u06ED")).isEqualTo("قال");
    }

    @Test
    void convertsArabicDecimalSeparatorAndDropsThousandsSeparator() {
        assertThat(InputNormaliser.normalise("١٢٫٥")).isEqualTo("12.5");
        assertThat(InputNormaliser.normalise("١٬٠٠٠")).isEqualTo("1000");
    }

    @Test
    void keepsArabicComma() {
        assertThat(InputNormaliser.normalise("نعم، شكرا")).isEqualTo("نعم، شكرا");
    }

    @Test
    void removesZeroWidthAndBidiControls() {
        assertThat(InputNormaliser.normalise("\u200Fنعم\u200E")).isEqualTo("نعم");
        assertThat(InputNormaliser.normalise("\uFEFFab\u200Bc\u202Bd\u202C\u2066e\u2069")).isEqualTo("abcde");
        assertThat(InputNormaliser.normalise("\u061Cلا")).isEqualTo("لا");
    }

    @Test
    void keepsZeroWidthJoinerInsideEmojiSequences() {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67"; // 👨‍👩‍👧
        assertThat(InputNormaliser.normalise(family)).isEqualTo(family);
        assertThat(InputNormaliser.normalise("ab\u200Dc")).isEqualTo("abc");
    }

    @Test
    void collapsesWhitespaceRunsIncludingNbspAndTrims() {
        assertThat(InputNormaliser.normalise("  a \t\n b\u00A0\u00A0c\u3000 ")).isEqualTo("a b c");
        assertThat(InputNormaliser.normalise("a\u2003b\u202Fc")).isEqualTo("a b c");
        assertThat(InputNormaliser.normalise("a  b")).isEqualTo("a b");
        assertThat(InputNormaliser.normalise(" a")).isEqualTo("a");
        assertThat(InputNormaliser.normalise("a ")).isEqualTo("a");
        assertThat(InputNormaliser.normalise(" \u200B ")).isEmpty();
    }

    @Test
    void collapsesSpacesAroundRemovedCharacters() {
        assertThat(InputNormaliser.normalise("a \u200B b")).isEqualTo("a b");
        assertThat(InputNormaliser.normalise("a \u200B")).isEqualTo("a");
        assertThat(InputNormaliser.normalise("a ـ b")).isEqualTo("a b");
    }

    @Test
    void normaliseKeepsCaseAndHamzaForms() {
        assertThat(InputNormaliser.normalise("Ahmed أحمد إبراهيم آمنة مؤمن سائل مدرسة على"))
                .isEqualTo("Ahmed أحمد إبراهيم آمنة مؤمن سائل مدرسة على");
    }

    @Test
    void keepsEmojiAndOtherScriptsUnchanged() {
        String text = "👍 ok ✅ 日本";
        assertThat(InputNormaliser.normalise(text)).isSameAs(text);
    }

    @ParameterizedTest
    @CsvSource({
        "أحمد, احمد",
        "إبراهيم, ابراهيم",
        "آمنة, امنه",
        "ٱلله, الله",
        "مدرسة, مدرسه",
        "على, علي",
        "مؤمن, مومن",
        "سائل, سايل",
        "YES, yes",
        "Élan, élan",
        "ی ک, ي ك",
    })
    void foldsLettersAndCase(String raw, String folded) {
        assertThat(InputNormaliser.fold(raw)).isEqualTo(folded);
    }

    @Test
    void foldAlsoNormalises() {
        assertThat(InputNormaliser.fold("  أَكِيـــد\u200F  ١٢ ")).isEqualTo("اكيد 12");
    }

    @Test
    void foldKeepsDefiniteArticle() {
        assertThat(InputNormaliser.fold("القائمة")).isEqualTo("القايمه");
    }

    @Test
    void foldLowerCasesSupplementaryLetters() {
        assertThat(InputNormaliser.fold("\uD801\uDC00")).isEqualTo("\uD801\uDC28"); // Deseret capital long I
    }

    @Test
    void foldIsIdempotent() {
        String once = InputNormaliser.fold("  إيــه  ALRIGHT ؤ ");
        assertThat(InputNormaliser.fold(once)).isSameAs(once);
    }
}
