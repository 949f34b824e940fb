package org.tawasul.db.inbox;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

/** Records and finds {@link InboxEvent}s. */
public interface InboxRepository extends JpaRepository<InboxEvent, Long> {

    /** The event a provider delivered under this id, if recorded. */
    Optional<InboxEvent> findByChannelAndProviderId(String channel, String providerId);

    /** Whether the provider's event is already recorded (a redelivery). */
    boolean existsByChannelAndProviderId(String channel, String providerId);

    /** Unprocessed events with fewer than {@code attempts} failed attempts, oldest first, at most {@code limit}. */
    List<InboxEvent> findByProcessedAtIsNullAndAttemptsLessThanOrderByIdAsc(int attempts, Limit limit);

    /**
     * Whether the conversation has an event older than {@code id} still waiting for its turn (unprocessed,
     * fewer than {@code attempts} failed attempts): a newer event of it must wait.
     */
    boolean existsByChannelAndAddressAndIdLessThanAndProcessedAtIsNullAndAttemptsLessThan(String channel,
            String address, long id, int attempts);

    /**
     * The conversation's events waiting for their turn (unprocessed, fewer than {@code attempts}) up to {@code upTo},
     * oldest first: their ids and failed attempts only, not their payloads (a backlog of mail is walked once per
     * turn; loading and decrypting every waiting payload each time made a burst cost the square of its length).
     */
    @org.springframework.data.jpa.repository.Query("""
            select new org.tawasul.db.inbox.WaitingEvent(e.id, e.attempts) from InboxEvent e
            where e.channel = :channel and e.address = :address and e.processedAt is null and e.attempts < :attempts
            and e.id <= :upTo order by e.id""")
    List<WaitingEvent> waitingUpTo(@org.springframework.data.repository.query.Param("channel") String channel,
                                   @org.springframework.data.repository.query.Param("address") String address,
                                   @org.springframework.data.repository.query.Param("attempts") int attempts,
                                   @org.springframework.data.repository.query.Param("upTo") long upTo);

    /** Whether the event is processed (without loading its payload). */
    boolean existsByIdAndProcessedAtIsNotNull(long id);

    /** How many events wait for their turn. */
    long countByProcessedAtIsNull();

    /** Unprocessed events by channel: those still to be tried ({@code attempts < maxAttempts}) and those given up. */
    @org.springframework.data.jpa.repository.Query("""
            SELECT e.channel, SUM(CASE WHEN e.attempts < :maxAttempts THEN 1 ELSE 0 END),
                   SUM(CASE WHEN e.attempts >= :maxAttempts THEN 1 ELSE 0 END)
            FROM InboxEvent e WHERE e.processedAt IS NULL GROUP BY e.channel""")
    List<Object[]> countUnprocessedByChannel(@org.springframework.data.repository.query.Param("maxAttempts") int maxAttempts);

    /** What a payload holds once redacted: nothing. */
    String REDACTED = "";

    /**
     * Forgets what a chat's messages said, up to event {@code upTo} (that one whatever its state, the others once
     * processed): their payloads become {@link #REDACTED}. Unprocessed events keep theirs, they still wait for
     * their turn.
     *
     * @return the events redacted now
     */
    default int redactChat(String channel, String address, long upTo) {
        List<Long> ids = chatEventsUpTo(channel, address, upTo);
        return ids.isEmpty() ? 0 : redactEvents(ids);
    }

    /**
     * The chat's processed events up to {@code upTo}, and that one. A query on the entity, so that the address is
     * compared in its stored form (a phone-number address is sealed, see {@code SealedAddress}).
     */
    @org.springframework.data.jpa.repository.Query("""
            select e.id from InboxEvent e where e.channel = :channel and e.address = :address and e.id <= :upTo
            and (e.processedAt is not null or e.id = :upTo)""")
    List<Long> chatEventsUpTo(@org.springframework.data.repository.query.Param("channel") String channel,
                              @org.springframework.data.repository.query.Param("address") String address,
                              @org.springframework.data.repository.query.Param("upTo") long upTo);

    /** Empties the payloads of these events (to {@link #REDACTED}, not an encrypted empty text). */
    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true)
    @org.springframework.data.jpa.repository.Query(nativeQuery = true,
            value = "UPDATE inbox SET payload = '' WHERE id IN (:ids) AND payload <> ''")
    int redactEvents(@org.springframework.data.repository.query.Param("ids") List<Long> ids);

    /** Unprocessed events, oldest first, at most {@code limit} (e.g. {@code Limit.of(100)}); uses the (processed_at, id) index. */
    List<InboxEvent> findByProcessedAtIsNullOrderByIdAsc(Limit limit);
}
