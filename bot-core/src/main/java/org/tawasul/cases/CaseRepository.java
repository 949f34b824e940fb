package org.tawasul.cases;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Saves and finds cases. A member's queries take the member's id and a non-member's the channel and
 * address they talk from, so that nobody sees another person's case: the query itself enforces it.
 * Saving publishes the case's domain events ({@link CaseOpened}, {@link CaseStatusChanged}).
 */
public interface CaseRepository extends Repository<Case, Long> {

    /** Cases opened from a chat address (channel and address) since a time. */
    long countByChannelAndAddressAndCreatedAtAfter(String channel, String address, java.time.Instant since);

    /** Inserts or updates a case and publishes its pending events. */
    Case save(Case aCase);

    /** A case by id, for staff. */
    Optional<Case> findById(Long id);

    /** A case by reference, for staff; members use {@link #findForMember} or {@link #findForContact}. */
    Optional<Case> findByReference(CaseReference reference);

    /** The member's case with this reference; empty when it is another person's. */
    @Query("select c from CaseFile c where c.reference = :reference and c.memberId = :memberId")
    Optional<Case> findForMember(@Param("reference") CaseReference reference, @Param("memberId") long memberId);

    /**
     * A case with this reference opened from this channel and address: what a chat not verified as a
     * member's may see (its own submissions; a verified member looks cases up by member id).
     */
    @Query("""
            select c from CaseFile c where c.reference = :reference
            and c.channel = :channel and c.address = :address""")
    Optional<Case> findForContact(@Param("reference") CaseReference reference, @Param("channel") String channel,
            @Param("address") String address);

    /** The member's cases still waiting for an answer (SUBMITTED, UNDER_REVIEW), newest first. */
    default List<Case> openCasesOf(long memberId) {
        return findByMemberIdAndStatusInOrderByIdDesc(memberId, CaseStatus.OPEN);
    }

    /** The member's answered, decided or closed cases, newest first. */
    default List<Case> completedCasesOf(long memberId) {
        return findByMemberIdAndStatusInOrderByIdDesc(memberId, CaseStatus.COMPLETED);
    }

    /** The cases opened from this channel and address in any of these statuses, newest first. */
    List<Case> findByChannelAndAddressAndStatusInOrderByIdDesc(String channel, String address,
            Collection<CaseStatus> statuses);

    /** Every case in any of these statuses, oldest first (for staff). */
    List<Case> findByStatusInOrderByIdAsc(Collection<CaseStatus> statuses);

    /** The member's cases in any of these statuses, newest first. */
    List<Case> findByMemberIdAndStatusInOrderByIdDesc(Long memberId, Collection<CaseStatus> statuses);
}
