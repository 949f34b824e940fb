package org.tawasul.db.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class PrivacyKeysTests {

    private static final String KEY = Base64.getEncoder().encodeToString(PiiCipherTests.randomKey());
    private static final String HASH_KEY = Base64.getEncoder().encodeToString(PiiCipherTests.randomKey());

    @TempDir
    Path dir;

    @Test
    void takesBothProperties() {
        PrivacyKeys keys = PrivacyKeys.resolve(PrivacySettings.of(KEY, " " + HASH_KEY + "\n", ""));
        assertThat(keys.key()).isEqualTo(Base64.getDecoder().decode(KEY));
        assertThat(keys.hashKey()).isEqualTo(Base64.getDecoder().decode(HASH_KEY));
        assertThat(keys).hasToString("PrivacyKeys[not shown]");
    }

    @Test
    void generatesTheKeyFileOnceOwnerOnlyAndLogsItsPathButNotTheKeys(CapturedOutput output) throws Exception {
        Path file = dir.resolve("data/privacy.keys");
        PrivacyKeys first = PrivacyKeys.resolve(PrivacySettings.of(null, "", file.toString()));

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(file)).contains("key=" + Base64.getEncoder().encodeToString(first.key()))
                .contains("hash-key=" + Base64.getEncoder().encodeToString(first.hashKey()));
        assertThat(first.key()).isNotEqualTo(first.hashKey());
        assertThat(output.getAll()).containsOnlyOnce("Generated privacy keys in " + file.toAbsolutePath())
                .contains("WARN")
                .doesNotContain(Base64.getEncoder().encodeToString(first.key()))
                .doesNotContain(Base64.getEncoder().encodeToString(first.hashKey()));

        PrivacyKeys again = PrivacyKeys.resolve(PrivacySettings.of(null, null, file.toString()));
        assertThat(again.key()).isEqualTo(first.key());
        assertThat(again.hashKey()).isEqualTo(first.hashKey());
        assertThat(output.getAll()).containsOnlyOnce("Generated privacy keys");
        String stored = first.cipher().encrypt("1000000008");
        assertThat(again.cipher().decrypt(stored)).isEqualTo("1000000008");
    }

    @Test
    void withoutAKeyFileAMissingKeyNamesThePropertyAndTheFix() {
        assertThatThrownBy(() -> PrivacyKeys.resolve(PrivacySettings.of(null, null, "")))
                .isInstanceOf(PrivacyKeyUnusable.class)
                .hasMessage("tawasul.privacy.key is not set. Fix: set it to 32 random bytes in Base64, e.g. from "
                        + "`openssl rand -base64 32`, through the TAWASUL_PRIVACY_KEY environment variable");
        assertThatThrownBy(() -> PrivacyKeys.resolve(PrivacySettings.of(KEY, " ", "data/privacy.keys")))
                .hasMessageStartingWith("tawasul.privacy.hash-key is not set. Fix: set it to 32 random bytes in Base64")
                .hasMessageContaining("through the TAWASUL_PRIVACY_HASH_KEY environment variable (a different value");
        assertThatThrownBy(() -> PrivacyKeys.resolve(PrivacySettings.of(null, HASH_KEY, "data/privacy.keys")))
                .hasMessageStartingWith("tawasul.privacy.key is not set.");
    }

    @Test
    void aMalformedKeyNamesThePropertyButNotTheValue() {
        assertThatThrownBy(() -> PrivacyKeys.resolve(PrivacySettings.of("secret!", HASH_KEY, "")))
                .isInstanceOf(PrivacyKeyUnusable.class)
                .hasMessageStartingWith("tawasul.privacy.key is not valid Base64. Fix: set it to 32 random bytes")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret!"));
        String short16 = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> PrivacyKeys.resolve(PrivacySettings.of(KEY, short16, "")))
                .hasMessageStartingWith("tawasul.privacy.hash-key decodes to 16 bytes, not 32. Fix: set it to 32");
        assertThatThrownBy(() -> PrivacyKeys.resolve(PrivacySettings.of(KEY, KEY, "")))
                .hasMessageStartingWith("tawasul.privacy.hash-key is the same as the encryption key. Fix:");
    }

    @Test
    void aDamagedKeyFileNamesTheFileAndTheFix() throws Exception {
        Path file = dir.resolve("privacy.keys");
        Files.writeString(file, "key=" + KEY + "\nhash-key=abc\n");
        assertThatThrownBy(() -> PrivacyKeys.resolve(PrivacySettings.of(null, null, file.toString())))
                .isInstanceOf(PrivacyKeyUnusable.class)
                .hasMessageStartingWith(file + ": hash-key decodes to 2 bytes, not 32. Fix: restore "
                        + file.toAbsolutePath() + " from a backup");
    }
}
