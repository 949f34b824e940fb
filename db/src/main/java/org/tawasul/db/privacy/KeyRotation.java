package org.tawasul.db.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-encrypts every encrypted column under the current key, re-seals every sealed (phone-number) chat
 * address, and re-hashes the members' keyed hashes under the current hash key: the work of
 * {@code rotate-keys}. It goes in batches, each committed on its own, and skips what is already under the
 * current keys, so a run stopped at any point (a crash, a kill) is simply run again and continues where it
 * stopped. Old values are read with the previous keys ({@code tawasul.privacy.previous-key},
 * {@code previous-hash-key}) until the end, when the key check values are written for the new keys. The
 * same pass also encrypts rows of the tolerant columns that are still plain (written before V14) and seals
 * chat addresses stored plain before sealed addresses. Values never leave this class, not even in messages.
 */
public class KeyRotation {

    /** What a run reports after every committed batch (the command prints it; a test may stop the run here). */
    @FunctionalInterface
    public interface Progress {
        /**
         * @param what  {@code table.column}
         * @param done  rows of it changed so far in this run
         * @param total rows of it that needed a change when the run reached it
         */
        void batchDone(String what, long done, long total);
    }

    /** A column encrypted with {@link PiiCipher#encrypt}; {@code tolerant}: plain values (before V14) are allowed. */
    record Encrypted(String table, String column, boolean tolerant) {
    }

    /** A chat-address column, sealed when it holds a phone number; {@code key}: the other key columns with it. */
    record Address(String table, String column, List<String> key) {
    }

    static final List<Encrypted> ENCRYPTED = List.of(
            new Encrypted("member", "national_id", false),
            new Encrypted("member", "phone", false),
            new Encrypted("member", "full_name", true),
            new Encrypted("member", "email", true),
            new Encrypted("inbox", "payload", true),
            new Encrypted("conversation", "answers", true),
            new Encrypted("outbox", "body", true),
            new Encrypted("case_file", "answers", false),
            new Encrypted("case_event", "note", false),
            new Encrypted("case_event", "message", false),
            new Encrypted("survey_response", "comment", true),
            new Encrypted("scheduled_turn", "payload", true));

    static final List<Address> ADDRESSES = List.of(
            new Address("conversation", "address", List.of("id")),
            new Address("inbox", "address", List.of("id")),
            new Address("outbox", "recipient", List.of("id")),
            new Address("member_link", "address", List.of("id")),
            new Address("case_file", "address", List.of("id")),
            new Address("scheduled_turn", "address", List.of("id")),
            new Address("channel_address", "address", List.of("channel")),
            new Address("beneficiary_choice", "address", List.of("channel")),
            new Address("mail_thread", "address", List.of("channel")));

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final PiiCipher cipher;
    private final KeyedHash hash;
    private final int batchSize;
    private PrivacyKeyCheck keyCheck;

    public KeyRotation(JdbcTemplate jdbc, PlatformTransactionManager transactions, PiiCipher cipher, KeyedHash hash,
            int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1");
        }
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.transactions = new TransactionTemplate(Objects.requireNonNull(transactions, "transactions"));
        this.cipher = Objects.requireNonNull(cipher, "cipher");
        this.hash = Objects.requireNonNull(hash, "hash");
        this.batchSize = batchSize;
    }

    /** This rotation, checking the keys against the key check values before it runs (the command's start is lazy). */
    KeyRotation checkingFirst(PrivacyKeyCheck check) {
        this.keyCheck = check;
        return this;
    }

    /** The figures of a finished run. */
    public record Result(long reencrypted, long resealed, long rehashed, long duplicatesDropped, long codesDropped) {
    }

    /**
     * Rotates everything to the current keys, then writes the key check values of the current keys.
     *
     * @throws CiphertextRejected naming the table, column and row id of a value no configured key opens
     */
    public Result run(Progress progress) {
        if (keyCheck != null) {
            keyCheck.check();
        }
        long reencrypted = 0;
        for (Encrypted column : ENCRYPTED) {
            reencrypted += reencrypt(column, progress);
        }
        long[] sealed = sealAddresses(progress, true);
        long rehashed = rehashMembers(progress);
        // one-time codes are keyed hashes of a number and a code that is not kept: they cannot be re-hashed and
        // live minutes; a member who was waiting for one asks again
        long codes = transactions.execute(status -> (long) jdbc.update("DELETE FROM one_time_code"));
        writeKeyCheckValues();
        return new Result(reencrypted, sealed[0], rehashed, sealed[1], codes);
    }

    /**
     * Seals the phone-number chat addresses still stored plain (written before sealed addresses); run once at start-up.
     *
     * @return rows sealed
     */
    public long sealPlainAddresses() {
        return sealAddresses((what, done, total) -> { }, false)[0];
    }

    private long reencrypt(Encrypted column, Progress progress) {
        String what = column.table() + "." + column.column();
        String current = PiiCipher.PREFIX + cipher.currentKeyId() + ":%";
        String pending = " FROM " + column.table() + " WHERE " + column.column() + " IS NOT NULL AND " + column.column()
                + " NOT LIKE ?";
        long total = count("SELECT COUNT(*)" + pending, current);
        long done = 0;
        long after = Long.MIN_VALUE;
        while (true) {
            long from = after;
            List<Map<String, Object>> rows = jdbc.queryForList("SELECT id, " + column.column() + " AS v" + pending
                    + " AND id > ? ORDER BY id LIMIT " + batchSize, current, from);
            if (rows.isEmpty()) {
                return done;
            }
            int changed = transactions.execute(status -> {
                int n = 0;
                for (Map<String, Object> row : rows) {
                    String stored = (String) row.get("v");
                    long id = ((Number) row.get("id")).longValue();
                    String plain;
                    if (column.tolerant() && !PiiCipher.isEncrypted(stored)) {
                        plain = stored;
                    } else {
                        try {
                            plain = cipher.decrypt(stored);
                        } catch (CiphertextRejected e) {
                            throw new CiphertextRejected(what + " of row " + id + ": " + e.getMessage());
                        }
                    }
                    n += jdbc.update("UPDATE " + column.table() + " SET " + column.column() + " = ? WHERE id = ? AND "
                            + column.column() + " = ?", cipher.encrypt(plain), id, stored);
                }
                return n;
            });
            done += changed;
            after = ((Number) rows.get(rows.size() - 1).get("id")).longValue();
            progress.batchDone(what, done, total);
        }
    }

    /** @return rows re-sealed (or sealed) and rows dropped because the sealed address was there already */
    private long[] sealAddresses(Progress progress, boolean otherKeysToo) {
        long sealed = 0;
        long dropped = 0;
        String currentPrefix = PiiCipher.ADDRESS_PREFIX + cipher.currentKeyId() + ":%";
        for (Address column : ADDRESSES) {
            String what = column.table() + "." + column.column();
            String c = column.column();
            // plain phone numbers (never a sealed value, whose Base64 may begin with '+'), and values sealed with another key
            String pending = " FROM " + column.table() + " WHERE ((" + c + " NOT LIKE '" + PiiCipher.ADDRESS_PREFIX + "%' AND ("
                    + c + " LIKE '+%' OR " + c + " LIKE '%:+%'))"
                    + (otherKeysToo ? " OR (" + c + " LIKE '" + PiiCipher.ADDRESS_PREFIX + "%' AND " + c + " NOT LIKE ?)" : "")
                    + ")";
            Object[] parameters = otherKeysToo ? new Object[] {currentPrefix} : new Object[0];
            long total = count("SELECT COUNT(*)" + pending, parameters);
            if (total == 0) {
                continue;
            }
            String keys = String.join(", ", column.key());
            String order = String.join(", ", column.key()) + ", " + c;
            long done = 0;
            // every row that is handled leaves the pending set (sealed under the current key, or deleted); rows that
            // stay (a '+' address that is not a phone number) are skipped by paging past them
            List<Object> skip = new ArrayList<>();
            while (true) {
                List<Object> arguments = new ArrayList<>(List.of(parameters));
                String skipping = skip.isEmpty() ? "" : " AND " + c + " NOT IN (" + String.join(", ",
                        skip.stream().map(s -> "?").toList()) + ")";
                arguments.addAll(skip);
                List<Map<String, Object>> rows = jdbc.queryForList("SELECT " + keys + ", " + c + " AS v" + pending + skipping
                        + " ORDER BY " + order + " LIMIT " + batchSize, arguments.toArray());
                if (rows.isEmpty()) {
                    break;
                }
                long[] counts = transactions.execute(status -> {
                    long[] n = new long[2];
                    for (Map<String, Object> row : rows) {
                        String stored = (String) row.get("v");
                        String address = cipher.openAddress(stored);
                        if (!PiiCipher.isPhoneAddress(address) || cipher.sealAddress(address).equals(stored)) {
                            skip.add(stored); // not a phone number, or already as it should be: never picked again
                            continue;
                        }
                        List<Object> where = new ArrayList<>();
                        StringBuilder condition = new StringBuilder();
                        for (String key : column.key()) {
                            condition.append(key).append(" = ? AND ");
                            where.add(row.get(key));
                        }
                        condition.append(c).append(" = ?");
                        where.add(stored);
                        List<Object> update = new ArrayList<>();
                        update.add(cipher.sealAddress(address));
                        update.addAll(where);
                        try {
                            n[0] += jdbc.update("UPDATE " + column.table() + " SET " + c + " = ? WHERE " + condition,
                                    update.toArray());
                        } catch (DataIntegrityViolationException e) {
                            // the chat already has a row under the sealed address (written since): that one is newer
                            n[1] += jdbc.update("DELETE FROM " + column.table() + " WHERE " + condition, where.toArray());
                        }
                    }
                    return n;
                });
                sealed += counts[0];
                dropped += counts[1];
                done += counts[0] + counts[1];
                progress.batchDone(what, done, total);
            }
        }
        return new long[] {sealed, dropped};
    }

    private long rehashMembers(Progress progress) {
        long total = count("SELECT COUNT(*) FROM member");
        long done = 0;
        long seen = 0;
        long after = Long.MIN_VALUE;
        while (true) {
            long from = after;
            List<Map<String, Object>> rows = jdbc.queryForList("SELECT id, national_id, national_id_hash, phone, phone_hash "
                    + "FROM member WHERE id > ? ORDER BY id LIMIT " + batchSize, from);
            if (rows.isEmpty()) {
                return done;
            }
            int changed = transactions.execute(status -> {
                int n = 0;
                for (Map<String, Object> row : rows) {
                    long id = ((Number) row.get("id")).longValue();
                    String nationalIdHash = expected(row, "national_id", id, true);
                    String phoneHash = expected(row, "phone", id, false);
                    if (!Objects.equals(nationalIdHash, row.get("national_id_hash"))
                            || !Objects.equals(phoneHash, row.get("phone_hash"))) {
                        n += jdbc.update("UPDATE member SET national_id_hash = ?, phone_hash = ? WHERE id = ?",
                                nationalIdHash, phoneHash, id);
                    }
                }
                return n;
            });
            done += changed;
            seen += rows.size();
            after = ((Number) rows.get(rows.size() - 1).get("id")).longValue();
            progress.batchDone("member hashes (" + seen + " of " + total + " rows read)", done, total);
        }
    }

    private String expected(Map<String, Object> row, String column, long id, boolean nationalId) {
        String stored = (String) row.get(column);
        if (stored == null) {
            return null;
        }
        String plain;
        try {
            plain = cipher.decrypt(stored);
        } catch (CiphertextRejected e) {
            throw new CiphertextRejected("member." + column + " of row " + id + ": " + e.getMessage());
        }
        return nationalId ? hash.ofNationalId(plain) : hash.ofPhone(plain);
    }

    private void writeKeyCheckValues() {
        transactions.executeWithoutResult(status -> {
            java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
            if (jdbc.update("UPDATE privacy_key_check SET key_id = ?, check_value = ? WHERE name = ?", cipher.currentKeyId(),
                    cipher.encrypt(PrivacyKeyCheck.PLAIN), PrivacyKeyCheck.KEY_ROW) == 0) {
                jdbc.update("INSERT INTO privacy_key_check (name, key_id, check_value, created_at) VALUES (?, ?, ?, ?)",
                        PrivacyKeyCheck.KEY_ROW, cipher.currentKeyId(), cipher.encrypt(PrivacyKeyCheck.PLAIN), now);
            }
            if (jdbc.update("UPDATE privacy_key_check SET check_value = ? WHERE name = ?", hash.checkValue(),
                    PrivacyKeyCheck.HASH_KEY_ROW) == 0) {
                jdbc.update("INSERT INTO privacy_key_check (name, key_id, check_value, created_at) VALUES (?, ?, ?, ?)",
                        PrivacyKeyCheck.HASH_KEY_ROW, null, hash.checkValue(), now);
            }
        });
    }

    private long count(String sql, Object... parameters) {
        Long count = jdbc.queryForObject(sql, Long.class, parameters);
        return count == null ? 0 : count;
    }
}
