package org.tawasul.staff.mail;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.tawasul.db.privacy.PiiCipher;

/**
 * What staff email keeps besides cases: the chat an officer last wrote to ({@code mail_thread}: the member's
 * next free text goes back to that officer) and when a sender was last told why a mail was not relayed
 * ({@code mail_explanation}). Written in the caller's transaction.
 */
@Component
class MailThreads {

    /** An open thread: the case and the officer's address. */
    record Open(long caseId, String officerEmail) {
    }

    private final JdbcTemplate jdbc;
    private final PiiCipher cipher;

    /** @param cipher seals phone-number chat addresses as they are stored */
    MailThreads(JdbcTemplate jdbc, PiiCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /**
     * Opens (or moves) the chat's thread. One upsert, not a delete and an insert: on InnoDB, deleting a row that is
     * not there locks the gap it would be in, and two turns doing so for different chats then deadlock on their
     * inserts.
     */
    void open(String channel, String chat, long caseId, String officerEmail, Instant until) {
        jdbc.update("INSERT INTO mail_thread (channel, address, case_id, officer_email, open_until) VALUES (?, ?, ?, ?, ?) "
                        + "ON DUPLICATE KEY UPDATE case_id = VALUES(case_id), officer_email = VALUES(officer_email), "
                        + "open_until = VALUES(open_until)",
                channel, cipher.sealAddress(chat), caseId, officerEmail, Timestamp.from(until));
    }

    /** The chat's open thread, if any (one past its time counts as none). */
    Optional<Open> find(String channel, String chat, Instant now) {
        String address = cipher.sealAddress(chat);
        List<Open> found = jdbc.query("SELECT case_id, officer_email FROM mail_thread WHERE channel = ? AND address = ? "
                + "AND open_until > ?", (rs, i) -> new Open(rs.getLong(1), rs.getString(2)), channel, address,
                Timestamp.from(now));
        return found.stream().findFirst();
    }

    void close(String channel, String chat) {
        jdbc.update("DELETE FROM mail_thread WHERE channel = ? AND address = ?", channel, cipher.sealAddress(chat));
    }

    /**
     * Whether the sender may be told now (not told within {@code every}); if so, records that they are. Two mails of
     * one sender run side by side (different cases): the first insert wins (the second breaks the key and its turn
     * runs again), and the update moves the time only from a value older than {@code every}, so one of two wins.
     */
    boolean mayExplain(String sender, Instant now, Duration every) {
        List<Timestamp> last = jdbc.query("SELECT last_sent_at FROM mail_explanation WHERE sender = ?",
                (rs, i) -> rs.getTimestamp(1), sender);
        if (last.isEmpty()) {
            jdbc.update("INSERT INTO mail_explanation (sender, last_sent_at) VALUES (?, ?)", sender, Timestamp.from(now));
            return true;
        }
        return jdbc.update("UPDATE mail_explanation SET last_sent_at = ? WHERE sender = ? AND last_sent_at <= ?",
                Timestamp.from(now), sender, Timestamp.from(now.minus(every))) == 1;
    }
}
