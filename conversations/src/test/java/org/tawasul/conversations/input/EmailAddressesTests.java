package org.tawasul.conversations.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressesTests {

    @ParameterizedTest
    @CsvSource({
        "ahmed@example.sa, ahmed@example.sa",
        "'  Ahmed.Ali@Example.COM.SA ', Ahmed.Ali@example.com.sa",
        "first+tag@mail-host.co, first+tag@mail-host.co",
        "o'brien_99@sub.domain.org, o'brien_99@sub.domain.org",
        "a@b.io, a@b.io",
        "USER@EXAMPLE.COM, USER@example.com",
    })
    void acceptsPragmaticAddressesAndLowerCasesDomainOnly(String input, String expected) {
        assertThat(EmailAddresses.normalise(input)).contains(expected);
    }

    @Test
    void stripsInvisibleDirectionMarksFromPastedAddresses() {
        assertThat(EmailAddresses.normalise("\u200Fahmed@example.sa\u200F")).contains("ahmed@example.sa");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", " ", "ahmed", "ahmed@", "@example.com", "ahmed@example", "ahmed@@example.com", "a@b@example.com",
        "ahmed ali@example.com", "ahmed@exa mple.com", ".ahmed@example.com", "ahmed.@example.com",
        "ah..med@example.com", "ahmed@-example.com", "ahmed@example-.com", "ahmed@example..com",
        "ahmed@.example.com", "ahmed@example.com.", "ahmed@example.c", "ahmed@example.c0m", "ahmed@example.123",
        "أحمد@example.com", "ahmed@مثال.com", "ahmed(at)example.com", "ahmed@exa_mple.com", "\"a b\"@example.com",
    })
    void rejectsMalformedAddresses(String input) {
        assertThat(EmailAddresses.normalise(input)).isEmpty();
    }

    @Test
    void rejectsOverlongAddressesAndParts() {
        String label = "a".repeat(63);
        String longDomain = label + "." + label + "." + label + "." + "a".repeat(54) + ".com"; // 250 chars
        assertThat(EmailAddresses.normalise("abc@" + longDomain)).isPresent(); // 254
        assertThat(EmailAddresses.normalise("abcd@" + longDomain)).isEmpty(); // 255
        assertThat(EmailAddresses.normalise("a".repeat(64) + "@example.com")).isPresent();
        assertThat(EmailAddresses.normalise("a".repeat(65) + "@example.com")).isEmpty();
        assertThat(EmailAddresses.normalise("a@" + "b".repeat(64) + ".com")).isEmpty();
    }

    @Test
    void treatsNullAsInvalid() {
        assertThat(EmailAddresses.normalise(null)).isEmpty();
    }
}
