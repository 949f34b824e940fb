package org.tawasul.conversations.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberInputTests {

    @ParameterizedTest
    @CsvSource({
        "0, 0",
        "7, 7",
        "007, 7",
        "+12, 12",
        "-12, -12",
        "−12, -12",
        "' 42 ', 42",
        "'1,000', 1000",
        "'12,345,678', 12345678",
        "١٢٣, 123",
        "۴۵۶, 456",
        "١٬٠٠٠, 1000",
        "'١,٠٠٠', 1000",
        "-0, 0",
        "9223372036854775807, 9223372036854775807",
        "-9223372036854775808, -9223372036854775808",
        "'9,223,372,036,854,775,807', 9223372036854775807",
    })
    void acceptsIntegersInAnyDigitScript(String input, long expected) {
        assertThat(NumberInput.parseInteger(input)).hasValue(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", " ", "+", "-", "1.5", "١٫٥", "12.0", "ten", "عشرة", "12a", "1 000", "1,2", "1,23", "1,2345", "1234,567",
        ",123", "123,", "1,,000", "--1", "+-1", "1-", "0x10", "1e3",
        "9223372036854775808", "-9223372036854775809", "99999999999999999999",
    })
    void rejectsDecimalsWordsMalformedGroupingAndOverflow(String input) {
        assertThat(NumberInput.parseInteger(input)).isEmpty();
    }

    @Test
    void treatsNullAsInvalid() {
        assertThat(NumberInput.parseInteger(null)).isEmpty();
    }
}
