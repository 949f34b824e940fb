package org.tawasul.db.member;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Loads and saves {@link Member}s; lookups by phone or national ID take keyed hashes, so use
 * {@link MemberRegistry}, which computes them.
 */
public interface MemberRepository extends JpaRepository<Member, Long> {

    /** The member with this society number, if any. */
    Optional<Member> findByMemberNumber(String memberNumber);

    /** Members whose phone has this hash (family members may share a phone). */
    List<Member> findByPhoneHash(String phoneHash);

    /** The member whose national ID has this hash, if any. */
    Optional<Member> findByNationalIdHash(String nationalIdHash);
}
