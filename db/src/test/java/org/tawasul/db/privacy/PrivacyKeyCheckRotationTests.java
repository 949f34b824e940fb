package org.tawasul.db.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The key check during a key rotation: only rotate-keys may start until the check values are the new keys'. */
class PrivacyKeyCheckRotationTests {

    private final byte[] oldKey = PiiCipherTests.randomKey();
    private final byte[] oldHashKey = PiiCipherTests.randomKey();
    private final byte[] newKey = PiiCipherTests.randomKey();
    private final byte[] newHashKey = PiiCipherTests.randomKey();
    private JdbcTemplate jdbc;

    @BeforeEach
    void database() {
        jdbc = new JdbcTemplate(new DriverManagerDataSource("jdbc:h2:mem:keycheck" + System.nanoTime()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"));
        jdbc.execute("CREATE TABLE privacy_key_check (name VARCHAR(32) NOT NULL PRIMARY KEY, key_id VARCHAR(16) NULL, "
                + "check_value VARCHAR(255) NOT NULL, created_at DATETIME(6) NOT NULL)");
        jdbc.execute("CREATE TABLE member (id BIGINT PRIMARY KEY, national_id VARCHAR(255), national_id_hash VARCHAR(64))");
        new PrivacyKeyCheck(jdbc, new PiiCipher(oldKey), new KeyedHash(oldHashKey), "the properties").check();
    }

    private PrivacyKeyCheck rotating(boolean isTheCommand) {
        return new PrivacyKeyCheck(jdbc, new PiiCipher(newKey, List.of(oldKey)), new KeyedHash(newHashKey),
                Optional.of(new KeyedHash(oldHashKey)), isTheCommand, null, "the properties");
    }

    @Test
    void aStartWithNewAndPreviousKeysIsRefusedUntilTheRotationHasFinished() {
        assertThatThrownBy(() -> rotating(false).check()).isInstanceOf(PrivacyKeyUnusable.class)
                .hasMessageContaining("key rotation is under way").hasMessageContaining("rotate-keys");
        assertThatCode(() -> rotating(true).check()).as("rotate-keys itself starts").doesNotThrowAnyException();
        assertThatThrownBy(() -> new PrivacyKeyCheck(jdbc, new PiiCipher(newKey), new KeyedHash(newHashKey),
                "the properties").check()).as("the new keys alone before the end: wrong keys")
                .isInstanceOf(PrivacyKeyUnusable.class).hasMessageContaining("tawasul.privacy.key");

        // what rotate-keys writes at its end
        jdbc.update("UPDATE privacy_key_check SET key_id = ?, check_value = ? WHERE name = 'key'", "x",
                new PiiCipher(newKey).encrypt(PrivacyKeyCheck.PLAIN));
        jdbc.update("UPDATE privacy_key_check SET check_value = ? WHERE name = 'hash-key'", new KeyedHash(newHashKey).checkValue());
        assertThatCode(() -> rotating(false).check()).doesNotThrowAnyException();
        assertThatCode(() -> new PrivacyKeyCheck(jdbc, new PiiCipher(newKey), new KeyedHash(newHashKey), "the properties")
                .check()).as("the previous keys removed").doesNotThrowAnyException();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM privacy_key_check", Integer.class)).isEqualTo(2);
    }
}
