package org.tawasul.conversations.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SaudiNationalIdTests {

    /** Constructed with the Luhn check digit; 1000000008 is also the example used by public validators. */
    @ParameterizedTest
    @ValueSource(strings = {
        "1000000008", "1123456780", "1055551236", "1987654322",
        "2000000006", "2123456788", "2345678912", "2765432105",
    })
    void acceptsNumbersWithCorrectCheckDigit(String id) {
        assertThat(SaudiNationalId.isValid(id)).isTrue();
        assertThat(SaudiNationalId.normalise(id)).contains(id);
    }

    @Test
    void acceptsArabicIndicDigitsAndSpaces() {
        assertThat(SaudiNationalId.normalise("١٠٠٠٠٠٠٠٠٨")).contains("1000000008");
        assertThat(SaudiNationalId.normalise(" 1 0000 0000 8 ")).contains("1000000008");
        assertThat(SaudiNationalId.normalise("\u200F۲۰۰۰۰۰۰۰۰۶")).contains("2000000006");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1000000000", "1000000009", "1123456781", "2000000007", "2765432106"})
    void rejectsWrongCheckDigit(String id) {
        assertThat(SaudiNationalId.isValid(id)).isFalse();
        assertThat(SaudiNationalId.normalise(id)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"3000000004", "0000000000", "4123456786", "9000000000"})
    void rejectsWrongFirstDigit(String id) {
        assertThat(SaudiNationalId.isValid(id)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "100000008", "10000000008", "100000000800", "1"})
    void rejectsWrongLength(String id) {
        assertThat(SaudiNationalId.isValid(id)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10000000O8", "1000-000-008", "id1000000008", "1000000008a", "+1000000008", "1.00000008"})
    void rejectsLettersAndPunctuation(String id) {
        assertThat(SaudiNationalId.isValid(id)).isFalse();
    }

    @Test
    void treatsNullAsInvalid() {
        assertThat(SaudiNationalId.isValid(null)).isFalse();
        assertThat(SaudiNationalId.normalise(null)).isEmpty();
    }

    @Test
    void tellsCitizenFromResident() {
        assertThat(SaudiNationalId.kindOf("1000000008")).isEqualTo(SaudiNationalId.Kind.CITIZEN);
        assertThat(SaudiNationalId.kindOf("2000000006")).isEqualTo(SaudiNationalId.Kind.RESIDENT);
    }

    @Test
    void refusesKindOfAnInvalidIdWithoutLeakingIt() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SaudiNationalId.kindOf("1000000009"))
                .withMessageNotContaining("1000000009");
    }

    @Test
    void masksAllButFirstAndLastTwoDigits() {
        assertThat(SaudiNationalId.mask("1123456789")).isEqualTo("1*******89");
        assertThat(SaudiNationalId.mask("2000000006")).isEqualTo("2*******06");
        assertThat(SaudiNationalId.mask(null)).isEmpty();
        assertThat(SaudiNationalId.mask("123")).isEqualTo("***");
    }
}
