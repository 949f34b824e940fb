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
    static final String PLAIN = "tawasul privacy key check";
    /** The row that records that phone-number addresses stored plain before sealed addresses have been sealed. */
    static final String ADDRESSES_SEALED_ROW = "addresses-sealed";

    private final JdbcTemplate jdbc;
    private final PiiCipher cipher;
    private final KeyedHash hash;
    private final String source;
    private final java.util.Optional<KeyedHash> previousHash;
    private final boolean rotating;
    private final KeyRotation rotation;
    private org.springframework.transaction.support.TransactionTemplate transactions;

    /** @param source where the keys came from, for the messages (the properties or the key file) */
    PrivacyKeyCheck(JdbcTemplate jdbc, PiiCipher cipher, KeyedHash hash, String source) {
        this(jdbc, cipher, hash, java.util.Optional.empty(), false, null, source);
    }

    /**
     * @param previousHash the hash key being replaced, during a rotation
     * @param rotating     whether this is {@code rotate-keys}, which may start while a rotation is under way
     * @param rotation     seals the chat addresses stored plain before sealed addresses, once; null: not done
     */
    PrivacyKeyCheck(JdbcTemplate jdbc, PiiCipher cipher, KeyedHash hash, java.util.Optional<KeyedHash> previousHash,
            boolean rotating, KeyRotation rotation, String source) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.cipher = Objects.requireNonNull(cipher, "cipher");
        this.hash = Objects.requireNonNull(hash, "hash");
        this.previousHash = Objects.requireNonNull(previousHash, "previousHash");
        this.rotating = rotating;
        this.rotation = rotation;
        this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * Writes the check values in transactions of {@code manager}: with the {@code mysql} profile connections come
     * with autocommit off, and a write outside a transaction is rolled back when the connection goes back to the pool.
     */
    PrivacyKeyCheck committingWith(org.springframework.transaction.PlatformTransactionManager manager) {
        this.transactions = new org.springframework.transaction.support.TransactionTemplate(manager);
        return this;
    }

    private void write(Runnable writes) {
        if (transactions == null) {
            writes.run();
        } else {
            transactions.executeWithoutResult(status -> writes.run());
        }
    }

    @Override
    public void afterSingletonsInstantiated() {
        check();
        if (rotation != null && !rotating && jdbc.queryForList("SELECT name FROM privacy_key_check WHERE name = ?",
                String.class, ADDRESSES_SEALED_ROW).isEmpty()) {
            long sealed = rotation.sealPlainAddresses();
            try {
                write(() -> jdbc.update("INSERT INTO privacy_key_check (name, key_id, check_value, created_at) VALUES (?, ?, ?, ?)",
                        ADDRESSES_SEALED_ROW, null, "sealed", Timestamp.from(Instant.now())));
            } catch (org.springframework.dao.DuplicateKeyException e) {
                // another node sealed them at the same time
            }
            log.info("Sealed {} phone-number chat addresses stored in plain before this version", sealed);
        }
    }

    /** @throws PrivacyKeyUnusable naming the key that does not match and the fix */
    void check() {
        List<String> stored = jdbc.queryForList("SELECT check_value FROM privacy_key_check WHERE name = ?", String.class, KEY_ROW);
        if (stored.isEmpty()) {
            checkAgainstAMember();
            Timestamp now = Timestamp.from(Instant.now());
            write(() -> {
                jdbc.update("INSERT INTO privacy_key_check (name, key_id, check_value, created_at) VALUES (?, ?, ?, ?)",
                        KEY_ROW, cipher.currentKeyId(), cipher.encrypt(PLAIN), now);
                jdbc.update("INSERT INTO privacy_key_check (name, key_id, check_value, created_at) VALUES (?, ?, ?, ?)",
                        HASH_KEY_ROW, null, hash.checkValue(), now);
            });
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
        boolean hashRotating = previousHash.isPresent() && previousHash.get().checkValue().equals(hashCheck);
        if (!hash.checkValue().equals(hashCheck) && !hashRotating) {
            throw wrongKey(PrivacyKeys.HASH_KEY);
        }
        boolean underWay = hashRotating || !cipher.isCurrent(stored.get(0));
        if (underWay && !rotating) {
            throw new PrivacyKeyUnusable("A key rotation is under way: the database's key check values are still those "
                    + "of the previous keys (" + PrivacyKeys.PREVIOUS_KEY + ", " + PrivacyKeys.PREVIOUS_HASH_KEY + "), so "
                    + "some rows are not yet under the new keys and lookups would miss them. Fix: run `bin/tawasul "
                    + "rotate-keys` with the same keys; it continues where it stopped and the bot starts once it has "
                    + "finished. Nothing was read or written.");
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
