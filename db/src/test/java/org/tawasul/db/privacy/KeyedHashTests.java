package org.tawasul.db.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KeyedHashTests {

    private final byte[] key = PiiCipherTests.randomKey();
    private final KeyedHash hash = new KeyedHash(key);

    @Test
    void isStableHexOf64Characters() {
        assertThat(hash.ofPhone("+966501234567")).matches("[0-9a-f]{64}")
                .isEqualTo(new KeyedHash(key).ofPhone("+966501234567"))
                .isNotEqualTo(hash.ofPhone("+966501234568"));
        assertThat(hash.ofNationalId("1000000008")).matches("[0-9a-f]{64}")
                .isEqualTo(hash.ofNationalId("1000000008"));
    }

    @Test
    void dependsOnTheKey() {
        assertThat(new KeyedHash(PiiCipherTests.randomKey()).ofNationalId("1000000008"))
                .isNotEqualTo(hash.ofNationalId("1000000008"));
    }

    @Test
    void keepsPhonesAndIdsApart() {
        assertThat(hash.ofPhone("+1000000008")).isNotEqualTo(hash.ofNationalId("1000000008"));
    }

    @Test
    void takesOnlyNormalisedValuesAndDoesNotEchoThem() {
        assertThatThrownBy(() -> hash.ofPhone("0501234567"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected a phone number in E.164 form (+ and 7 to 15 digits)");
        assertThatThrownBy(() -> hash.ofNationalId("100000000"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected a national ID of 10 digits");
        assertThatThrownBy(() -> hash.ofNationalId(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
