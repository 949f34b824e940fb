package org.tawasul.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Members are greeted by their first name, whatever the register holds around it. */
class MemberNamesTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "هدى العتيبي | هدى",
            "عبدالله محمد الحربي | عبدالله",
            "عبد الله محمد الحربي | عبد الله",
            "نورة بنت سعد \"أم فهد\"، القحطاني | نورة",
            "\"أبو فهد\" سلمان الدوسري | سلمان",
            "سلمان بن خالد، الدوسري | سلمان",
            "Ahmed Khan | Ahmed",
            "Abdul Rahman Ali | Abdul Rahman",
            "  ريم  | ريم",
    })
    void greetsByTheFirstName(String fullName, String first) {
        assertThat(MemberNames.first(fullName)).isEqualTo(first);
    }
}
