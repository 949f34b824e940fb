package org.tawasul.db.conversation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Loads and saves {@link ConversationRecord}s. */
public interface ConversationRepository extends JpaRepository<ConversationRecord, Long> {

    /** The conversation with this member on this channel, if there has been one. */
    Optional<ConversationRecord> findByChannelAndAddress(String channel, String address);
}
