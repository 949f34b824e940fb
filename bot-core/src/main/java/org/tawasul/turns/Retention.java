package org.tawasul.turns;

import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.tawasul.config.DialogSettings;
import org.tawasul.db.inbox.InboxRepository;
import org.tawasul.outbound.OutboxRetention;

/**
 * Keeps members' words only as long as they are needed ({@code tawasul.retention.*}, P13): the payloads of
 * processed inbox events, the bodies of messages done with, and the answers of dialogs the member abandoned.
 * Rows stay (they dedupe redeliveries and record what happened); only the words go. Events still waiting for
 * their turn, or given up and kept for staff, keep theirs. In batches, each its own commit; run by
 * {@link RetentionJob} on one node at a time.
 */
@Service
public class Retention {

    private static final int BATCH = 500;

    /** What one run forgot: counts only. */
    public record Report(int inboxPayloads, int outboxBodies, int dialogAnswers) {
        public int total() {
            return inboxPayloads + outboxBodies + dialogAnswers;
        }
    }

    private final JdbcTemplate jdbc;
    private final org.springframework.transaction.support.TransactionTemplate transaction;
    private final OutboxRetention outbox;
    private final RetentionSettings settings;
    private final Clock clock;

    Retention(JdbcTemplate jdbc, org.springframework.transaction.PlatformTransactionManager transactions,
              OutboxRetention outbox, RetentionSettings settings, DialogSettings dialogs, Clock clock) {
        if (settings.conversations().compareTo(dialogs.engine().idleTimeout()) < 0) {
            throw new IllegalArgumentException("tawasul.retention.conversations (" + settings.conversations()
                    + ") is shorter than tawasul.engine.idle-timeout (" + dialogs.engine().idleTimeout() + "): a dialog "
                    + "would lose its answers while the member may still go on with it. Fix: set "
                    + "tawasul.retention.conversations to at least the idle timeout, e.g. 7 (days)");
        }
        this.jdbc = jdbc;
        this.transaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    /** Forgets what is older than its retention period now. */
    public Report run() {
        Instant now = clock.instant();
        int inbox = redactInbox(now.minus(settings.inbox()));
        int bodies = outbox.redactDoneBefore(now.minus(settings.outbox()));
        int answers = forgetAbandonedAnswers(now.minus(settings.conversations()));
        return new Report(inbox, bodies, answers);
    }

    private int redactInbox(Instant before) {
        return inBatches("SELECT id FROM inbox WHERE processed_at IS NOT NULL AND processed_at < ? AND payload <> '' "
                + "ORDER BY id LIMIT " + BATCH, before, "UPDATE inbox SET payload = '" + InboxRepository.REDACTED
                + "' WHERE id IN (%s)");
    }

    /**
     * The answers of conversations the member left before {@code before} (a dialog under way then was closed by
     * its idle timeout, the engine tells the member so if they come back); the version moves on, so a turn that
     * read the row before retries with the row as it is now.
     */
    private int forgetAbandonedAnswers(Instant before) {
        return inBatches("SELECT id FROM conversation WHERE last_activity < ? AND answers <> '{}' ORDER BY id LIMIT "
                + BATCH, before, "UPDATE conversation SET answers = '{}', version = version + 1 WHERE id IN (%s)");
    }

    private int inBatches(String select, Instant before, String update) {
        int done = 0;
        while (true) {
            // each batch its own commit (connections may come with autocommit off, as in the mysql profile)
            int[] batch = transaction.execute(status -> {
                List<Long> ids = jdbc.queryForList(select, Long.class,
                        java.time.LocalDateTime.ofInstant(before, java.time.ZoneOffset.UTC));
                if (ids.isEmpty()) {
                    return new int[] {0, 0};
                }
                return new int[] {ids.size(), jdbc.update(update.formatted(String.join(",",
                        Collections.nCopies(ids.size(), "?"))), ids.toArray())};
            });
            done += batch[1];
            if (batch[0] < BATCH) {
                return done;
            }
        }
    }
}
