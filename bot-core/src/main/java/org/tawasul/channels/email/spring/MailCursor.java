package org.tawasul.channels.email.spring;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where the IMAP reader got to in a folder (row of {@code mail_cursor}): the folder's UIDVALIDITY and
 * the highest UID stored in the inbox. A new UIDVALIDITY starts the folder again from UID 1; the
 * inbox's key on the Message-ID keeps mail read before from being acted on twice. Each save commits on its
 * own: on MySQL and MariaDB connections come with autocommit off, and a write outside a transaction was
 * rolled back when the connection went back to the pool (the reader then read the whole folder again on
 * every pass).
 */
class MailCursor {

    /** A folder's position. */
    record Position(long uidValidity, long lastUid) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final TransactionTemplate transaction;

    MailCursor(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    Position load(String mailbox) {
        List<Position> found = jdbc.query("SELECT uid_validity, last_uid FROM mail_cursor WHERE mailbox = ?",
                (rs, i) -> new Position(rs.getLong(1), rs.getLong(2)), mailbox);
        return found.isEmpty() ? new Position(-1, 0) : found.get(0);
    }

    void save(String mailbox, long uidValidity, long lastUid) {
        transaction.executeWithoutResult(status -> write(mailbox, uidValidity, lastUid));
    }

    private void write(String mailbox, long uidValidity, long lastUid) {
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.update("UPDATE mail_cursor SET uid_validity = ?, last_uid = ?, updated_at = ? WHERE mailbox = ?",
                uidValidity, lastUid, now, mailbox);
        if (updated == 0) {
            jdbc.update("INSERT INTO mail_cursor (mailbox, uid_validity, last_uid, updated_at) VALUES (?, ?, ?, ?)",
                    mailbox, uidValidity, lastUid, now);
        }
    }
}
