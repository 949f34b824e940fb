package org.tawasul.outbound;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Redacts the bodies of messages that are done with (sent, delivered, undelivered or failed), written before a
 * time (times are bound as UTC wall-clock, as Hibernate writes them): a summary or a staff reply echoes what the member wrote, and is not needed once sent. The row stays
 * (recipient, status, provider id, times) for the delivery record. In batches, each its own commit.
 */
@Component
public class OutboxRetention {

    /** A body once redacted. */
    public static final String REDACTED = "";
    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final org.springframework.transaction.support.TransactionTemplate transaction;

    OutboxRetention(JdbcTemplate jdbc, org.springframework.transaction.PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
    }

    /** @return how many bodies were redacted */
    public int redactDoneBefore(Instant before) {
        int redacted = 0;
        while (true) {
            // each batch its own commit (connections may come with autocommit off, as in the mysql profile)
            int[] batch = transaction.execute(status -> {
                List<Long> ids = jdbc.queryForList("SELECT id FROM outbox WHERE status <> 'PENDING' AND created_at < ? "
                        + "AND body <> '' ORDER BY id LIMIT " + BATCH, Long.class,
                        java.time.LocalDateTime.ofInstant(before, java.time.ZoneOffset.UTC));
                if (ids.isEmpty()) {
                    return new int[] {0, 0};
                }
                return new int[] {ids.size(), jdbc.update("UPDATE outbox SET body = '" + REDACTED
                        + "', choices = NULL WHERE id IN (" + String.join(",", Collections.nCopies(ids.size(), "?")) + ")",
                        ids.toArray())};
            });
            redacted += batch[1];
            if (batch[0] < BATCH) {
                return redacted;
            }
        }
    }
}
