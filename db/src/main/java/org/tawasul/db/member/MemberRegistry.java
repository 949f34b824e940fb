package org.tawasul.db.member;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tawasul.db.privacy.KeyedHash;

/**
 * The way to find, add, change and link members: computes the keyed hashes of national IDs and phones,
 * so that no caller handles them.
 */
@Service
public class MemberRegistry {

    /** What {@link #upsert} did. */
    public enum Change {
        ADDED, CHANGED, UNCHANGED
    }

    private final MemberRepository members;
    private final MemberLinkRepository links;
    private final KeyedHash hash;

    MemberRegistry(MemberRepository members, MemberLinkRepository links, KeyedHash hash) {
        this.members = Objects.requireNonNull(members, "members");
        this.links = Objects.requireNonNull(links, "links");
        this.hash = Objects.requireNonNull(hash, "hash");
    }

    /** The member with this society number, if any. */
    @Transactional(readOnly = true)
    public Optional<Member> findByMemberNumber(String memberNumber) {
        return members.findByMemberNumber(memberNumber);
    }

    /**
     * The member with this national ID or iqama number, if any.
     *
     * @param digits 10 ASCII digits, e.g. from {@code SaudiNationalId.normalise}
     * @throws IllegalArgumentException when it is not 10 digits
     */
    @Transactional(readOnly = true)
    public Optional<Member> findByNationalId(String digits) {
        return members.findByNationalIdHash(hash.ofNationalId(digits));
    }

    /**
     * Flags the members registered with this phone (E.164) as having a number the SMS provider refused as
     * invalid, for staff; {@code reason} is the provider's code and text (no number).
     *
     * @return the members flagged
     */
    @Transactional
    public List<Long> markPhoneInvalid(String e164, String reason, Instant at) {
        List<Member> found = findByPhone(e164);
        found.forEach(member -> member.markPhoneInvalid(at, reason));
        members.flush();
        return found.stream().map(Member::getId).toList();
    }

    /**
     * The members with this phone number, oldest first (family members may share one).
     *
     * @param e164 e.g. {@code +966501234567}, from {@code PhoneNumbers.toE164}
     * @throws IllegalArgumentException when it is not E.164
     */
    @Transactional(readOnly = true)
    public List<Member> findByPhone(String e164) {
        return members.findByPhoneHash(hash.ofPhone(e164)).stream()
                .sorted((a, b) -> Long.compare(a.getId(), b.getId())).toList();
    }

    /** The link of a chat address (e.g. channel {@code telegram}, address the chat id), if it has one. */
    @Transactional(readOnly = true)
    public Optional<MemberLink> findLink(String channel, String address) {
        return links.findByChannelAndAddress(channel, address);
    }

    /**
     * The member a chat address is linked to, verified or not (see {@link MemberLink#isVerified}), if any.
     * An unverified link holds only for the dialog that made it: use {@link #findVerifiedMember} for
     * anything that must be the member's alone.
     */
    @Transactional(readOnly = true)
    public Optional<Member> findLinkedMember(String channel, String address) {
        return links.findByChannelAndAddress(channel, address).flatMap(link -> members.findById(link.getMemberId()));
    }

    /** The member a chat address was verified to belong to (a shared own contact, a code), if any. */
    @Transactional(readOnly = true)
    public Optional<Member> findVerifiedMember(String channel, String address) {
        return links.findByChannelAndAddress(channel, address).filter(MemberLink::isVerified)
                .flatMap(link -> members.findById(link.getMemberId()));
    }

    /** The newest chat address of the channel verified as the member's, if any (where to reach them). */
    @Transactional(readOnly = true)
    public Optional<String> findVerifiedAddress(long memberId, String channel) {
        return links.findFirstByMemberIdAndChannelAndVerifiedTrueOrderByLinkedAtDesc(memberId, channel)
                .map(MemberLink::getAddress);
    }

    /** A member by database id. */
    @Transactional(readOnly = true)
    public Optional<Member> findById(long id) {
        return members.findById(id);
    }

    /** Removes the address's link if it is not verified; a verified one stays. */
    @Transactional
    public void unlinkUnverified(String channel, String address) {
        links.findByChannelAndAddress(channel, address).filter(link -> !link.isVerified()).ifPresent(links::delete);
    }

    /**
     * Links a chat address to a saved member, replacing any earlier link of that address.
     *
     * @param verified whether the member has proved the address is theirs
     */
    @Transactional
    public MemberLink link(String channel, String address, Member member, boolean verified, Instant now) {
        long memberId = Objects.requireNonNull(Objects.requireNonNull(member, "member").getId(), "member is not saved");
        Optional<MemberLink> existing = links.findByChannelAndAddress(channel, address);
        if (existing.isPresent()) {
            existing.get().relink(memberId, verified, now);
            return existing.get();
        }
        return links.save(MemberLink.create(channel, address, memberId, verified, now));
    }

    /**
     * Adds the member, or changes the one with the same member number when any detail differs; flushes,
     * so that a row the database refuses (e.g. a national ID another member has:
     * {@code DataIntegrityViolationException}) fails here, not at commit.
     */
    @Transactional
    public Change upsert(MemberDetails details, Instant now) {
        Objects.requireNonNull(details, "details");
        String nationalIdHash = details.nationalId() == null ? null : hash.ofNationalId(details.nationalId());
        String phoneHash = details.phone() == null ? null : hash.ofPhone(details.phone());
        Optional<Member> existing = members.findByMemberNumber(details.memberNumber());
        if (existing.isEmpty()) {
            members.saveAndFlush(Member.create(details, nationalIdHash, phoneHash, now));
            return Change.ADDED;
        }
        if (!existing.get().update(details, nationalIdHash, phoneHash, now)) {
            return Change.UNCHANGED;
        }
        members.flush();
        return Change.CHANGED;
    }
}
