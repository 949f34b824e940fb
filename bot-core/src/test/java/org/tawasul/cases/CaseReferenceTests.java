package org.tawasul.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** References: the canonical form, its parts, and what a member may type. */
class CaseReferenceTests {

    @Test
    void isBuiltFromTypeYearAndNumber() {
        CaseReference reference = CaseReference.of(CaseType.SERVICE_REQUEST, 2026, 42);
        assertThat(reference.value()).isEqualTo("REQ-2026-000042");
        assertThat(reference.type()).isEqualTo(CaseType.SERVICE_REQUEST);
        assertThat(reference.year()).isEqualTo(2026);
        assertThat(reference.number()).isEqualTo(42);
        assertThat(CaseReference.of(CaseType.ENQUIRY, 2026, 1).value()).isEqualTo("ENQ-2026-000001");
        assertThat(CaseReference.of(CaseType.COMPLAINT, 2027, 1_234_567).value()).isEqualTo("CMP-2027-1234567");
        assertThat(CaseReference.of(CaseType.FOLLOW_UP, 2026, 1).type()).isEqualTo(CaseType.FOLLOW_UP);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "REQ-2026-42", "REQ-2026-0000042", "XYZ-2026-000001", "req-2026-000001",
            "REQ-26-000001", " REQ-2026-000001", "REQ-2026-000000x"})
    void refusesAnythingButTheCanonicalForm(String value) {
        assertThatThrownBy(() -> new CaseReference(value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a case reference such as REQ-2026-000042");
    }

    @ParameterizedTest
    @ValueSource(strings = {"REQ-2026-000042", "req-2026-42", " REQ 2026 42 ", "REQ2026000042", "req-٢٠٢٦-٤٢",
            "Req-2026-0042"})
    void parsesWhatAMemberTypes(String typed) {
        assertThat(CaseReference.parse(typed)).contains(new CaseReference("REQ-2026-000042"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "hello", "ABC-2026-1", "REQ-2026-0", "REQ-2026-", "2026-000042"})
    void parsesNothingElse(String typed) {
        assertThat(CaseReference.parse(typed)).isEmpty();
    }

    @Test
    void parsesNull() {
        assertThat(CaseReference.parse(null)).isEmpty();
    }
}
