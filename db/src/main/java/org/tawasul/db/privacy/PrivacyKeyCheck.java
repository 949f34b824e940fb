package org.tawasul.db.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Refuses to start with keys other than the ones the database's data was written with: the first start
 * stores a key check value for each key ({@code privacy_key_check}: a value encrypted with the encryption
 * key, the keyed hash of a fixed text); every later start compares, after the migrations and before any
 * turn, and a mismatch stops the start with an error naming the key and the fix. Without it a wrong
 * encryption key fails every turn that reads a member, and a wrong hash key silently finds no member
 * (members are treated as beneficiaries). A database that holds members but no check values yet (made
 * before V15) is checked against its first member before the values are stored.
 */
class PrivacyKeyCheck implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(PrivacyKeyCheck.class);
    static final String KEY_ROW = "key";
    static final String HASH_KEY_ROW = "hash-key";
    private static final String PLAIN = "tawasul privacy key check";

    private final JdbcTemplate jdbc;
    private final PiiCipher cipher;
    private final KeyedHash hash;
    private final String source;

    /** @param source where the keys came from, for the messages (the properties or the key file) */
    PrivacyKeyCheck(JdbcTemplate jdbc, PiiCipher cipher, KeyedHash hash, String source) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.cipher = Objects.requireNonNull(cipher, "cipher");
        this.hash = Objects.requireNonNull(hash, "hash");
        this.source = Objects.requireNonNull(source, "source");
    }

    @Override
    public void afterSingletonsInstantiated() {
        check();
    }

    /** @throws PrivacyKeyUnusable naming the key that does not match and the fix */
    void check() {
        List<String> stored = jdbc.queryForList("SELECT check_value FROM privacy_key_check WHERE name = ?", String.class, KEY_ROW);
        if (stored.isEmpty()) {
            checkAgainstAMember();
            Timestamp now = Timestamp.from(Instant.now());
            jdbc.update("INSERT INTO privacy_key_check (name, key_id, check_value, created_at) VALUES (?, ?, ?, ?)",
                    KEY_ROW, cipher.currentKeyId(), cipher.encrypt(PLAIN), now);
            jdbc.update("INSERT INTO privacy_key_check (name, key_id, check_value, created_at) VALUES (?, ?, ?, ?)",
                    HASH_KEY_ROW, null, hash.checkValue(), now);
            log.info("Stored the key check values of the privacy keys (key id {})", cipher.currentKeyId());
            return;
        }
        try {
            if (!PLAIN.equals(cipher.decrypt(stored.get(0)))) {
                throw new CiphertextRejected("the key check value does not hold the check text");
            }
        } catch (CiphertextRejected e) {
            throw wrongKey(PrivacyKeys.KEY);
        }
        String hashCheck = jdbc.queryForObject("SELECT check_value FROM privacy_key_check WHERE name = ?", String.class,
                HASH_KEY_ROW);
        if (!hash.checkValue().equals(hashCheck)) {
            throw wrongKey(PrivacyKeys.HASH_KEY);
        }
    }

    private void checkAgainstAMember() {
        List<java.util.Map<String, Object>> members = jdbc.queryForList(
                "SELECT national_id, national_id_hash FROM member WHERE national_id IS NOT NULL ORDER BY id LIMIT 1");
        if (members.isEmpty()) {
            return;
        }
        String nationalId;
        try {
            nationalId = cipher.decrypt((String) members.get(0).get("national_id"));
        } catch (CiphertextRejected e) {
            throw wrongKey(PrivacyKeys.KEY);
        }
        if (!hash.ofNationalId(nationalId).equals(members.get(0).get("national_id_hash"))) {
            throw wrongKey(PrivacyKeys.HASH_KEY);
        }
    }

    private PrivacyKeyUnusable wrongKey(String name) {
        return new PrivacyKeyUnusable(name + " (from " + source + ") is not the key this database's data was written "
                + "with: its key check value does not match. Fix: set " + name + " (" + PrivacyKeys.variable(name)
                + ") to the key in use for this database, or restore the key file from the backup made with the "
                + "database; to change keys, follow \"Keys and rotation\" in the README. Nothing was read or written.");
    }
}
