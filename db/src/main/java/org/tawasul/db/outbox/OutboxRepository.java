package org.tawasul.db.outbox;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes, finds and claims {@link OutboxMessage}s. */
public interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

    /** A channel's messages in a status, oldest first (e.g. PENDING ones, for a status page or tests). */
    List<OutboxMessage> findByChannelAndStatusOrderByIdAsc(String channel, OutboxStatus status);

    /** All messages to one member on one channel, oldest first. */
    List<OutboxMessage> findByChannelAndRecipientOrderByIdAsc(String channel, String recipient);

    /** Messages to one member on one channel in a status, oldest first; uses the (channel, recipient, status) index. */
    List<OutboxMessage> findByChannelAndRecipientAndStatusOrderByIdAsc(String channel, String recipient,
            OutboxStatus status);

    /** The messages caused by one inbound event, oldest first. */
    List<OutboxMessage> findByInboxIdOrderByIdAsc(Long inboxId);

    /**
     * Locks and returns up to {@code limit} PENDING messages due at {@code now}, longest due first
     * (then by id), skipping rows another transaction has locked, so concurrent senders get
     * disjoint rows. Must run inside the caller's transaction (the locks last until it ends);
     * finish the rows ({@link OutboxMessage#markSent}, {@link OutboxMessage#retryLater},
     * {@link OutboxMessage#markFailed}) before committing.
     * <p>Plain SQL, so the lock clause does not depend on Hibernate's dialect. The order matches
     * the (status, next_attempt_at, id) index: MySQL/MariaDB then read the due rows in index order
     * and lock only the rows returned. ({@code ORDER BY id} would need a filesort, which reads and
     * locks every due row first, so a second sender would get nothing.) H2 always locks every due
     * row before LIMIT: a concurrent second claimer there gets nothing (still disjoint).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @Query(value = """
            SELECT * FROM outbox
            WHERE status = 'PENDING' AND next_attempt_at <= :now
            ORDER BY next_attempt_at, id
            LIMIT :limit
            FOR UPDATE SKIP LOCKED""", nativeQuery = true)
    List<OutboxMessage> claimDue(@Param("now") Instant now, @Param("limit") int limit);
}
