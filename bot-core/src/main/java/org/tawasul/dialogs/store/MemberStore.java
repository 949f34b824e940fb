package org.tawasul.dialogs.store;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tawasul.config.DialogSettings;
import org.tawasul.conversations.engine.DialogActions.Subject;
import org.tawasul.db.member.MemberLink;
import org.tawasul.db.member.MemberRegistry;
import org.tawasul.db.member.MemberRepository;
import org.tawasul.db.privacy.PiiCipher;
import org.tawasul.dialogs.MemberPort;
import org.tawasul.channels.ChannelId;
import org.tawasul.conversations.message.Language;
import org.tawasul.members.identity.IdentificationGuard;
import org.tawasul.members.identity.OneTimeCodes;

/**
 * The member registry for the dialogs: lookups by keyed hash, links between chat addresses and members
 * (verified for good; unverified for the dialog that made them, at most the engine's idle timeout), and
 * the identification guard.
 */
@Component
class MemberStore implements MemberPort {

    private final MemberRegistry registry;
    private final MemberRepository members;
    private final IdentificationGuard guard;
    private final Clock clock;
    private final java.time.Duration dialogLinkLasts;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final PiiCipher cipher;

    private final OneTimeCodes codes;

    MemberStore(MemberRegistry registry, MemberRepository members, IdentificationGuard guard, Clock clock,
                DialogSettings dialogs, org.springframework.jdbc.core.JdbcTemplate jdbc, PiiCipher cipher,
                OneTimeCodes codes) {
        this.codes = codes;
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.registry = registry;
        this.members = members;
        this.guard = guard;
        this.clock = clock;
        this.dialogLinkLasts = dialogs.engine().idleTimeout();
    }

    @Override
    public Optional<Member> verified(Subject subject) {
        return registry.findVerifiedMember(subject.channel(), subject.address()).map(MemberStore::view);
    }

    @Override
    public Optional<Member> identified(Subject subject) {
        Optional<MemberLink> link = registry.findLink(subject.channel(), subject.address())
                .filter(l -> l.isVerified() || l.getLinkedAt().plus(dialogLinkLasts).isAfter(clock.instant()));
        return link.flatMap(l -> members.findById(l.getMemberId())).map(MemberStore::view);
    }

    @Override
    public List<Member> byPhone(String e164) {
        return registry.findByPhone(e164).stream().map(MemberStore::view).toList();
    }

    @Override
    public Optional<Member> byPhoneAndNationalId(String e164, String nationalId) {
        return registry.findByNationalId(nationalId).filter(m -> e164.equals(m.getPhone())).map(MemberStore::view);
    }

    @Override
    public void link(Subject subject, long memberId, boolean verified) {
        jdbc.update("DELETE FROM beneficiary_choice WHERE channel = ? AND address = ?", subject.channel(),
                cipher.sealAddress(subject.address()));
        registry.link(subject.channel(), subject.address(), members.findById(memberId).orElseThrow(), verified,
                clock.instant());
    }

    @Override
    public void forgetUnverified(Subject subject) {
        registry.unlinkUnverified(subject.channel(), subject.address());
    }

    @Override
    public void choseBeneficiary(Subject subject) {
        jdbc.update("DELETE FROM beneficiary_choice WHERE channel = ? AND address = ?", subject.channel(),
                cipher.sealAddress(subject.address()));
        jdbc.update("INSERT INTO beneficiary_choice (channel, address, chosen_at) VALUES (?, ?, ?)", subject.channel(),
                cipher.sealAddress(subject.address()), java.sql.Timestamp.valueOf(java.time.LocalDateTime.ofInstant(clock.instant(),
                        java.time.ZoneOffset.UTC)));
    }

    @Override
    public boolean choseBeneficiaryRecently(Subject subject) {
        if (identified(subject).isPresent()) {
            return false;
        }
        java.time.LocalDateTime since = java.time.LocalDateTime.ofInstant(clock.instant().minus(dialogLinkLasts),
                java.time.ZoneOffset.UTC);
        Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM beneficiary_choice WHERE channel = ? AND address = ? "
                + "AND chosen_at > ?", Integer.class, subject.channel(), cipher.sealAddress(subject.address()), java.sql.Timestamp.valueOf(since));
        return rows != null && rows > 0;
    }

    @Override
    public boolean lockedOut(Subject subject, String e164) {
        return guard.addressLocked(subject.channel(), subject.address()) || guard.phoneLocked(e164);
    }

    @Override
    public int recentFailures(Subject subject, String e164) {
        return guard.recentFailures(subject.channel(), subject.address(), e164, java.time.Duration.ofMinutes(30));
    }

    @Override
    public void failedIdentification(Subject subject, String e164, String reason) {
        guard.failed(subject.channel(), subject.address(), e164, reason);
    }

    @Override
    public CodeSent sendCode(Subject subject, long memberId, Language language) {
        String phone = registeredPhone(memberId);
        if (phone == null) {
            return CodeSent.NO_SMS;
        }
        if (lockedOut(subject, phone)) {
            return CodeSent.LOCKED;
        }
        return switch (codes.send(phone, new ChannelId(subject.channel()), subject.address(), language)) {
            case SENT -> CodeSent.SENT;
            case RATE_LIMITED -> CodeSent.RATE_LIMITED;
            case NO_SMS -> CodeSent.NO_SMS;
        };
    }

    @Override
    public CodeChecked checkCode(Subject subject, long memberId, String typed) {
        String phone = registeredPhone(memberId);
        if (phone == null) {
            return CodeChecked.EXPIRED;
        }
        return switch (codes.check(phone, new ChannelId(subject.channel()), subject.address(), typed)) {
            case VERIFIED -> {
                link(subject, memberId, true);
                yield CodeChecked.VERIFIED;
            }
            case WRONG -> CodeChecked.WRONG;
            case SPENT -> {
                failedIdentification(subject, phone, "code");
                yield CodeChecked.SPENT;
            }
            case EXPIRED -> CodeChecked.EXPIRED;
        };
    }

    @Override
    public String phoneEnding(long memberId) {
        String phone = registeredPhone(memberId);
        return phone == null || phone.length() < 2 ? "" : phone.substring(phone.length() - 2);
    }

    /** The phone in the register (decrypted), never one typed in a chat. */
    private String registeredPhone(long memberId) {
        return members.findById(memberId).map(org.tawasul.db.member.Member::getPhone).filter(p -> !p.isBlank()).orElse(null);
    }

    private static Member view(org.tawasul.db.member.Member member) {
        return new Member(member.getId(), member.getFullName(), member.getCategory(), member.getFieldOfWork(),
                member.getPreferredChannel());
    }
}
