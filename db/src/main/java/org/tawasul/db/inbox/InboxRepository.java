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

    /** How many events wait for their turn. */
    long countByProcessedAtIsNull();

    /** Unprocessed events, oldest first, at most {@code limit} (e.g. {@code Limit.of(100)}); uses the (processed_at, id) index. */
    List<InboxEvent> findByProcessedAtIsNullOrderByIdAsc(Limit limit);
}
