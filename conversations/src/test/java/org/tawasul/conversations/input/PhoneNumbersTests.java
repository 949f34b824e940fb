package org.tawasul.conversations.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTests {

    @ParameterizedTest
    @ValueSource(strings = {
        "0501234567", "501234567", "966501234567", "00966501234567", "+966501234567",
        "+966 50 123 4567", "050-123-4567", "(050) 123 4567", "+966 (50) 123-4567", "050.123.4567",
        "٠٥٠١٢٣٤٥٦٧", "۰۵۰۱۲۳۴۵۶۷", "+٩٦٦ ٥٠ ١٢٣ ٤٥٦٧", "\u200E+966 50 123 4567\u200E", " 0501234567 ",
    })
    void acceptsSaudiMobileWrittenManyWays(String input) {
        assertThat(PhoneNumbers.toE164(input)).contains("+966501234567");
    }

    @Test
    void acceptsSaudiLandline() {
        assertThat(PhoneNumbers.toE164("011 123 4567")).contains("+966111234567");
    }

    @ParameterizedTest
    @CsvSource({
        "+44 20 7946 0958, +442079460958",
        "0020 100 123 4567, +201001234567",
        "+20 100 123 4567, +201001234567",
        "+1 (202) 555-0143, +12025550143",
        "00971 50 123 4567, +971501234567",
    })
    void acceptsInternationalNumbersWithPlusOrDoubleZero(String input, String e164) {
        assertThat(PhoneNumbers.toE164(input)).contains(e164);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", " ", "abc", "12345", "050123456", "05012345678", "0501234567 ext", "call 0501234567",
        "+966 50 123 456", "05O1234567", "966+501234567", "0501234567\u0665\u0665\u0665\u0665\u0665\u0665",
        "+999 123 456 789", "1-800-FLOWERS",
    })
    void rejectsInvalidNumbers(String input) {
        assertThat(PhoneNumbers.toE164(input)).isEmpty();
    }

    @Test
    void treatsNullAsInvalid() {
        assertThat(PhoneNumbers.toE164(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "+966501234567, +966*******67",
        "+442079460958, +44********58",
        "+12025550143, +1********43",
        "+201001234567, +20********67",
    })
    void masksAllButCountryCodeAndLastTwoDigits(String e164, String masked) {
        assertThat(PhoneNumbers.mask(e164)).isEqualTo(masked);
    }

    @Test
    void masksNullAndOddInputSafely() {
        assertThat(PhoneNumbers.mask(null)).isEmpty();
        assertThat(PhoneNumbers.mask("")).isEmpty();
        assertThat(PhoneNumbers.mask("0501234567")).isEqualTo("********67");
        assertThat(PhoneNumbers.mask("12")).isEqualTo("**");
        assertThat(PhoneNumbers.mask("+966")).isEqualTo("+966");
    }
}
