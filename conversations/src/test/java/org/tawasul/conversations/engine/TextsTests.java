package org.tawasul.conversations.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawasul.conversations.message.Language;

class TextsTests {

    private final Texts texts = new Texts();

    @ParameterizedTest
    @CsvSource({
            "1, حرفًا واحدًا",
            "2, حرفين",
            "3, 3 أحرف",
            "10, 10 أحرف",
            "11, 11 حرفًا",
            "100, 100 حرف"})
    void arabicCountsTakeTheirPluralForm(long count, String expected) {
        assertThat(texts.get("error.text.too-short", Language.AR, Map.of("min", count))).contains("اكتب " + expected + " على الأقل");
    }

    @ParameterizedTest
    @CsvSource({"1, 1 character", "5, 5 characters"})
    void englishCountsTakeTheirPluralForm(long count, String expected) {
        assertThat(texts.get("error.text.too-short", Language.EN, Map.of("min", count))).contains("at least " + expected + ".");
    }

    @ParameterizedTest
    @CsvSource({"AR, 1000, 1,000", "EN, 50000, '50,000'"})
    void numbersUseLatinDigitsInBothLanguages(Language language, long max, String expected) {
        assertThat(texts.get("error.number.range", language, Map.of("min", 1, "max", max))).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"AR", "EN"})
    void apostrophesAndPlainTextsSurviveFormatting(Language language) {
        assertThat(Texts.format("Let's go, {name}", language, Map.of("name", "Ali"))).isEqualTo("Let's go, Ali");
        assertThat(Texts.format("بلا وسائط", language, Map.of())).isEqualTo("بلا وسائط");
    }
}
