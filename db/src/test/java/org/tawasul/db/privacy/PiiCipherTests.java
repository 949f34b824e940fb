package org.tawasul.db.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PiiCipherTests {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key = randomKey();
    private final PiiCipher cipher = new PiiCipher(key);

    static byte[] randomKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    @Test
    void roundTripsArabicAndDigits() {
        for (String plain : new String[] {"+966501234567", "1000000008", "محمد بن عبدالله 🙂", ""}) {
            String stored = cipher.encrypt(plain);
            assertThat(stored).startsWith("v1:").doesNotContain(plain.isEmpty() ? "\u0000" : plain);
            assertThat(cipher.decrypt(stored)).isEqualTo(plain);
        }
    }

    @Test
    void storesTheIvTheCiphertextAndTheTag() {
        byte[] raw = Base64.getDecoder().decode(cipher.encrypt("1000000008").substring(3));
        assertThat(raw).hasSize(12 + 10 + 16);
    }

    @Test
    void equalValuesEncryptDifferently() {
        assertThat(cipher.encrypt("+966501234567")).isNotEqualTo(cipher.encrypt("+966501234567"));
    }

    @Test
    void aWrongKeyIsRejectedWithoutNamingTheValueOrTheKey() {
        String stored = cipher.encrypt("1000000008");
        assertThatThrownBy(() -> new PiiCipher(randomKey()).decrypt(stored))
                .isInstanceOf(CiphertextRejected.class)
                .hasNoCause()
                .hasMessageContaining("the key is not the one it was encrypted with")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("1000000008", stored.substring(3),
                        Base64.getEncoder().encodeToString(key)));
    }

    @Test
    void aTamperedValueIsRejected() {
        String stored = cipher.encrypt("+966501234567");
        byte[] raw = Base64.getDecoder().decode(stored.substring(3));
        raw[raw.length / 2] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(raw);
        assertThatThrownBy(() -> cipher.decrypt(tampered))
                .isInstanceOf(CiphertextRejected.class)
                .hasMessageContaining("or the value was altered")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("+966501234567", tampered.substring(3)));
    }

    @Test
    void aValueWithoutThePrefixIsRejected() {
        assertThatThrownBy(() -> cipher.decrypt("1000000008"))
                .isInstanceOf(CiphertextRejected.class)
                .hasMessage("a stored value is not in the v1 format");
        assertThatThrownBy(() -> cipher.decrypt("v1:not base64!"))
                .isInstanceOf(CiphertextRejected.class)
                .hasMessage("a stored value is not valid Base64");
        assertThatThrownBy(() -> cipher.decrypt("v1:AAAA"))
                .isInstanceOf(CiphertextRejected.class)
                .hasMessage("a stored value is too short to be encrypted data");
    }

    @Test
    void aKeyMustHave32Bytes() {
        assertThatThrownBy(() -> new PiiCipher(new byte[16]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an AES-256 key has 32 bytes, this one has 16");
    }
}
