package org.tawasul.db.outbox;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
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

    /** The message a provider knows by this id on the channel (delivery reports carry it). */
    java.util.Optional<OutboxMessage> findFirstByChannelAndProviderId(String channel, String providerId);

    /** Messages by channel and status, with the oldest creation time of each (for health and metrics). */
    @Query("SELECT m.channel, m.status, COUNT(m), MIN(m.createdAt) FROM OutboxMessage m GROUP BY m.channel, m.status")
    List<Object[]> countByChannelAndStatus();

    /** How many messages of the channel are in the status (for health and metrics). */
    long countByChannelAndStatus(String channel, OutboxStatus status);

    /** The oldest message of the channel in the status, if any (for health: the age of the backlog). */
    java.util.Optional<OutboxMessage> findFirstByChannelAndStatusOrderByIdAsc(String channel, OutboxStatus status);

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

    /**
     * Like {@link #claimDue}, for the given channels only, and only each recipient's oldest PENDING
     * message (its head): a message is never claimed while an older one to the same recipient is
     * PENDING, so each recipient gets its messages in order and at most one per claim. The head
     * check is a plain (non-locking) subquery on the (channel, recipient, status) index: a locking
     * clause on the outer query does not lock, or skip, the subquery's rows on MySQL/MariaDB.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @Query(value = """
            SELECT * FROM outbox o
            WHERE o.status = 'PENDING' AND o.next_attempt_at <= :now AND o.channel IN (:channels)
              AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.channel = o.channel AND p.recipient = o.recipient
                              AND p.status = 'PENDING' AND p.id < o.id)
            ORDER BY o.next_attempt_at, o.id
            LIMIT :limit
            FOR UPDATE SKIP LOCKED""", nativeQuery = true)
    List<OutboxMessage> claimDueHeads(@Param("channels") Collection<String> channels, @Param("now") Instant now,
            @Param("limit") int limit);

    /** Moves every PENDING message to one recipient due before {@code until} to {@code until} (no attempt counted). */
    @Transactional(propagation = Propagation.MANDATORY)
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            UPDATE OutboxMessage m SET m.nextAttemptAt = :until
            WHERE m.channel = :channel AND m.recipient = :recipient
              AND m.status = org.tawasul.db.outbox.OutboxStatus.PENDING AND m.nextAttemptAt < :until""")
    int postponeRecipient(@Param("channel") String channel, @Param("recipient") String recipient,
            @Param("until") Instant until);

    /** Gives up every PENDING message to one recipient (no attempt counted), e.g. when the address is gone. */
    @Transactional(propagation = Propagation.MANDATORY)
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            UPDATE OutboxMessage m SET m.status = org.tawasul.db.outbox.OutboxStatus.FAILED, m.lastError = :error
            WHERE m.channel = :channel AND m.recipient = :recipient
              AND m.status = org.tawasul.db.outbox.OutboxStatus.PENDING""")
    int failPendingOfRecipient(@Param("channel") String channel, @Param("recipient") String recipient,
            @Param("error") String error);
}
