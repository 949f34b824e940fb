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
            assertThat(stored).startsWith("v2:" + cipher.currentKeyId() + ":").doesNotContain(plain.isEmpty() ? "\u0000" : plain);
            assertThat(cipher.decrypt(stored)).isEqualTo(plain);
        }
    }

    @Test
    void storesTheIvTheCiphertextAndTheTag() {
        byte[] raw = Base64.getDecoder().decode(body(cipher.encrypt("1000000008")));
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
                .hasMessageContaining("encrypted with a key that is not configured")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("1000000008", body(stored),
                        Base64.getEncoder().encodeToString(key)));
    }

    @Test
    void aTamperedValueIsRejected() {
        String stored = cipher.encrypt("+966501234567");
        byte[] raw = Base64.getDecoder().decode(body(stored));
        raw[raw.length / 2] ^= 1;
        String tampered = "v2:" + cipher.currentKeyId() + ":" + Base64.getEncoder().encodeToString(raw);
        assertThatThrownBy(() -> cipher.decrypt(tampered))
                .isInstanceOf(CiphertextRejected.class)
                .hasMessageContaining("or the value was altered")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("+966501234567", body(tampered)));
    }

    @Test
    void aValueWithoutThePrefixIsRejected() {
        assertThatThrownBy(() -> cipher.decrypt("1000000008"))
                .isInstanceOf(CiphertextRejected.class)
                .hasMessage("a stored value is not in the v2 (or v1) format");
        assertThatThrownBy(() -> cipher.decrypt("v1:not base64!"))
                .isInstanceOf(CiphertextRejected.class)
                .hasMessage("a stored value is not valid Base64");
        assertThatThrownBy(() -> cipher.decrypt("v1:AAAA"))
                .isInstanceOf(CiphertextRejected.class)
                .hasMessage("a stored value is too short to be encrypted data");
    }

    static String body(String stored) {
        return stored.substring(stored.lastIndexOf(':') + 1);
    }

    @Test
    void everyValueNamesItsKeySoThatAnOldKeyStillDecryptsDuringARotation() {
        String old = cipher.encrypt("1000000008");
        byte[] next = randomKey();
        PiiCipher rotating = new PiiCipher(next, java.util.List.of(key));
        assertThat(rotating.currentKeyId()).isNotEqualTo(cipher.currentKeyId()).hasSize(8);
        assertThat(rotating.decrypt(old)).isEqualTo("1000000008");
        assertThat(rotating.isCurrent(old)).isFalse();
        String fresh = rotating.encrypt("1000000008");
        assertThat(rotating.isCurrent(fresh)).isTrue();
        assertThat(fresh).startsWith("v2:" + rotating.currentKeyId() + ":");
        assertThatThrownBy(() -> new PiiCipher(next).decrypt(old)).isInstanceOf(CiphertextRejected.class)
                .hasMessageContaining("key id " + cipher.currentKeyId());
    }

    @Test
    void aValueOfTheFirstFormatWithoutKeyIdIsStillRead() {
        String legacy = "v1:" + body(cipher.encrypt("+966501234567"));
        assertThat(new PiiCipher(randomKey(), java.util.List.of(key)).decrypt(legacy)).isEqualTo("+966501234567");
        assertThat(PiiCipher.isEncrypted(legacy)).isTrue();
        assertThat(PiiCipher.isEncrypted("{\"a\":1}")).isFalse();
    }

    @Test
    void aKeyMustHave32Bytes() {
        assertThatThrownBy(() -> new PiiCipher(new byte[16]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an AES-256 key has 32 bytes, this one has 16");
    }

    @Test
    void phoneAddressesAreSealedTheSameWayEachTimeAndOpenAgain() {
        for (String address : new String[] {"+966501234567", "whatsapp:+966551234567"}) {
            String sealed = cipher.sealAddress(address);
            assertThat(sealed).startsWith("a1:" + cipher.currentKeyId() + ":").doesNotContain("501234567").doesNotContain("551234567");
            assertThat(cipher.sealAddress(address)).as("deterministic: found by equality").isEqualTo(sealed);
            assertThat(cipher.openAddress(sealed)).isEqualTo(address);
            assertThat(sealed.length()).isLessThanOrEqualTo(128);
        }
        assertThat(cipher.sealAddress("+966501234567")).isNotEqualTo(cipher.sealAddress("+966501234568"));
        assertThat(new PiiCipher(randomKey()).sealAddress("+966501234567")).as("another key, another value")
                .isNotEqualTo(cipher.sealAddress("+966501234567"));
    }

    @Test
    void chatIdsAndPlainAddressesStayAsTheyAre() {
        for (String address : new String[] {"123456789", "-1001234567890", "console", "huda@example.org"}) {
            assertThat(cipher.sealAddress(address)).isEqualTo(address);
            assertThat(cipher.openAddress(address)).isEqualTo(address);
        }
        assertThat(cipher.openAddress("+966501234567")).as("stored plain before sealed addresses: read as it is").isEqualTo("+966501234567");
        assertThat(cipher.sealAddress(null)).isNull();
    }

    @Test
    void aSealedAddressOfThePreviousKeyOpensDuringARotationAndAnAlteredOneIsRejected() {
        String old = cipher.sealAddress("+966501234567");
        PiiCipher rotating = new PiiCipher(randomKey(), java.util.List.of(key));
        assertThat(rotating.openAddress(old)).isEqualTo("+966501234567");
        assertThat(rotating.isCurrentAddress(old)).isFalse();
        assertThat(rotating.isCurrentAddress(rotating.sealAddress("+966501234567"))).isTrue();
        assertThatThrownBy(() -> new PiiCipher(randomKey()).openAddress(old)).isInstanceOf(CiphertextRejected.class)
                .hasMessageNotContaining("501234567");
        char[] chars = old.toCharArray();
        chars[chars.length - 3] = chars[chars.length - 3] == 'A' ? 'B' : 'A';
        assertThatThrownBy(() -> cipher.openAddress(new String(chars))).isInstanceOf(CiphertextRejected.class);
    }
}
