package org.tawasul.conversations.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YesNoTests {

    @ParameterizedTest
    @ValueSource(strings = {
        "نعم", "ايوه", "ايوا", "اي", "أي", "ايه", "إيه", "اكيد", "أكيد", "موافق", "تمام", "صح", "بلى", "بلي",
        "yes", "Yes", "YES", "y", "Y", "yeah", "yep", "ok", "OK", "okay", "sure", "true",
        "نَعَم", "أكيــد", "\u200Fنعم\u200F", "  yes  ", "ايوة", "طبعا", "اوكي", "yup",
    })
    void recognisesYes(String input) {
        assertThat(YesNo.parse(input)).contains(true);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "لا", "كلا", "لأ", "مو", "غير موافق", "غير  موافق", "no", "No", "n", "N", "nope", "false", "NO",
        "لا شكرا", "no thanks",
    })
    void recognisesNo(String input) {
        assertThat(YesNo.parse(input)).contains(false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"نعم.", "yes!", "نعم!!", "ok?", "اكيد؟", "yes .", "تمام…", "موافق،"})
    void toleratesTrailingPunctuation(String input) {
        assertThat(YesNo.parse(input)).contains(true);
    }

    @Test
    void recognisesThumbsEmoji() {
        assertThat(YesNo.parse("👍")).contains(true);
        assertThat(YesNo.parse("👍🏽")).contains(true);
        assertThat(YesNo.parse("👍!")).contains(true);
        assertThat(YesNo.parse("👎")).contains(false);
        assertThat(YesNo.parse("👎🏻")).contains(false);
        assertThat(YesNo.parse("✅")).contains(true);
        assertThat(YesNo.parse("❌")).contains(false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "2", "0", "١", "", " ", "?", "maybe", "ربما", "yes no", "نعمم", "موافقين", "yess"})
    void returnsEmptyForNumbersAndUnknownWords(String input) {
        assertThat(YesNo.parse(input)).isEmpty();
    }

    @Test
    void treatsNullAsUnknown() {
        assertThat(YesNo.parse(null)).isEmpty();
    }
}
