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
        assertThat(NumberInput.parse(null)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "١٥٠٠ ريال, 1500",
        "'1,500', 1500",
        "'1,500 ريال', 1500",
        "ريال 200, 200",
        "'SAR 12,500', 12500",
        "'12,500 riyals', 12500",
        "٣٢٠٠ ر.س, 3200",
        "خمسة, 5",
        "خمس, 5",
        "عشرة, 10",
        "خمسة عشر, 15",
        "خمسطعش, 15",
        "اثنا عشر, 12",
        "عشرين, 20",
        "خمسة وعشرين, 25",
        "خمسة وعشرون, 25",
        "مية, 100",
        "مائة وخمسون, 150",
        "ميتين, 200",
        "ثلاثمية, 300",
        "خمسمائة, 500",
        "ثلاث مية وعشرين, 320",
        "ألف, 1000",
        "ألف وخمسمية, 1500",
        "ألف ونص, 1500",
        "ألفين, 2000",
        "ألفين وخمسمية, 2500",
        "الفين و خمسمية ريال, 2500",
        "ثلاثة آلاف, 3000",
        "ثلاث الاف, 3000",
        "ثلاثة آلاف وخمسمائة, 3500",
        "عشرة آلاف, 10000",
        "خمسة وأربعين ألف, 45000",
        "مية ألف, 100000",
        "مليون, 1000000",
        "مليون ونص, 1500000",
        "3 آلاف, 3000",
        "٢ مليون, 2000000",
        "1.5 مليون, 1500000",
        "15k, 15000",
        "2.5K, 2500",
        "five, 5",
        "three thousand, 3000",
        "three thousand five hundred, 3500",
        "two hundred and fifty, 250",
        "forty-five thousand, 45000",
        "Fifteen Hundred, 1500",
    })
    void readsNumbersInWordsAndWithACurrency(String input, long expected) {
        assertThat(NumberInput.parse(input)).hasValue(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "ريال", "كثير", "خمسة ثلاثة", "عشرين ثلاثين", "ألف ضيف", "ابي خمسة", "1.5", "1.2345 ألف", "hello",
        "five apples", "نص",
    })
    void refusesWordsThatAreNotANumber(String input) {
        assertThat(NumberInput.parse(input)).isEmpty();
    }
}
