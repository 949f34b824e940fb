package org.tawasul.dialogs.store;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tawasul.conversations.engine.DialogActions.Subject;
import org.tawasul.db.member.MemberRegistry;
import org.tawasul.db.member.MemberRepository;
import org.tawasul.dialogs.MemberPort;

/** The member registry for the dialogs: lookups by keyed hash, links between chat addresses and members. */
@Component
class MemberStore implements MemberPort {

    private final MemberRegistry registry;
    private final MemberRepository members;
    private final Clock clock;

    MemberStore(MemberRegistry registry, MemberRepository members, Clock clock) {
        this.registry = registry;
        this.members = members;
        this.clock = clock;
    }

    @Override
    public Optional<Member> linked(Subject subject) {
        return registry.findLinkedMember(subject.channel(), subject.address()).map(MemberStore::view);
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
        registry.link(subject.channel(), subject.address(), members.findById(memberId).orElseThrow(), verified,
                clock.instant());
    }

    private static Member view(org.tawasul.db.member.Member member) {
        return new Member(member.getId(), member.getFullName(), member.getCategory(), member.getFieldOfWork(),
                member.getPreferredChannel());
    }
}
