package org.tawasul.db.member;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Loads and saves {@link MemberLink}s. */
public interface MemberLinkRepository extends JpaRepository<MemberLink, Long> {

    /** The link of this chat address, if it has one. */
    Optional<MemberLink> findByChannelAndAddress(String channel, String address);

    /** The member's newest verified link on the channel, if any. */
    Optional<MemberLink> findFirstByMemberIdAndChannelAndVerifiedTrueOrderByLinkedAtDesc(Long memberId, String channel);
}
