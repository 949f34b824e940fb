package org.tawasul.dialogs.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tawasul.cases.Case;
import org.tawasul.cases.CaseLifecycle;
import org.tawasul.cases.OpenedCase;
import org.tawasul.cases.CaseReference;
import org.tawasul.cases.CaseRepository;
import org.tawasul.cases.CaseService;
import org.tawasul.cases.CaseStatus;
import org.tawasul.cases.CaseType;
import org.tawasul.cases.OpenCase;
import org.tawasul.cases.sla.DeadlineFormat;
import org.tawasul.conversations.catalog.ServiceCatalog;
import org.tawasul.conversations.engine.DialogActions.Subject;
import org.tawasul.conversations.engine.Texts;
import org.tawasul.conversations.message.Language;
import org.tawasul.dialogs.CasePort;
import org.tawasul.dialogs.MemberPort;

/** Opens and finds cases for the dialogs, always scoped to the member or, for a non-member, the chat address. */
@Component
class CaseStore implements CasePort {

    private final CaseService service;
    private final CaseLifecycle lifecycle;
    private final CaseRepository cases;
    private final ServiceCatalog catalog;
    private final Texts texts = new Texts("org/tawasul/dialogs/store/cases_");

    CaseStore(CaseService service, CaseRepository cases, ServiceCatalog catalog, CaseLifecycle lifecycle) {
        this.lifecycle = lifecycle;
        this.service = service;
        this.cases = cases;
        this.catalog = catalog;
    }

    @Override
    public long openedFromChatSince(Subject subject, java.time.Instant since) {
        return cases.countByChannelAndAddressAndCreatedAtAfter(subject.channel(), subject.address(), since);
    }

    @Override
    public Opened open(Opening opening) {
        MemberPort.Member member = opening.member();
        CasePort.Attestation attested = opening.attestation();
        OpenedCase opened = service.open(new OpenCase(CaseType.valueOf(opening.kind().name()), opening.serviceId(),
                member == null ? null : member.id(), member == null ? null : member.category(),
                member == null ? null : member.fieldOfWork(), opening.subject().channel(), opening.subject().address(),
                opening.language(), opening.answers(),
                attested == null ? null
                        : new org.tawasul.cases.Attestation(attested.text(), attested.summary(), attested.at(), attested.channel()),
                opening.now()));
        return new Opened(opened.reference().value(), opened.assignee().in(opening.language()),
                DeadlineFormat.format(opened.dueOn(), opening.language()));
    }

    @Override
    public List<Line> open(MemberPort.Member member, Subject subject, Language language) {
        return lines(member, subject, CaseStatus.OPEN, language);
    }

    @Override
    public List<Line> completed(MemberPort.Member member, Subject subject, Language language) {
        return lines(member, subject, CaseStatus.COMPLETED, language);
    }

    @Override
    public void followUp(FollowUp followUp) {
        Map<String, String> answers = new java.util.LinkedHashMap<>();
        if (followUp.ratedReference() != null) {
            answers.put("rated-case", followUp.ratedReference());
        }
        followUp.ratings().forEach((question, rating) -> answers.put(question, rating.toString()));
        if (followUp.comment() != null && !followUp.comment().isBlank()) {
            answers.put("comment", followUp.comment());
        }
        MemberPort.Member member = followUp.member();
        Subject subject = followUp.subject();
        service.open(new OpenCase(CaseType.FOLLOW_UP, null, member == null ? null : member.id(),
                member == null ? null : member.category(), member == null ? null : member.fieldOfWork(),
                subject == null ? "anonymous" : subject.channel(), subject == null ? "-" : subject.address(),
                followUp.language(), answers, null, followUp.now()));
    }

    @Override
    public List<Line> awaiting(MemberPort.Member member, Subject subject, Language language) {
        return lines(member, subject, java.util.Set.of(CaseStatus.AWAITING_MEMBER), language);
    }

    @Override
    public boolean reply(String reference, MemberPort.Member member, Subject subject, String text) {
        Optional<CaseReference> parsed = CaseReference.parse(reference);
        Optional<Case> found = parsed.flatMap(r -> member != null ? cases.findForMember(r, member.id())
                : cases.findForContact(r, subject.channel(), subject.address()));
        if (found.isEmpty() || found.get().getStatus() != CaseStatus.AWAITING_MEMBER) {
            return false;
        }
        lifecycle.memberReplied(found.get().getReference(),
                member != null ? "member:" + member.id() : "chat:" + subject.channel(), text);
        return true;
    }

    @Override
    public Optional<String> reference(String typed) {
        return CaseReference.parse(typed).map(CaseReference::value);
    }

    @Override
    public Optional<Line> find(String reference, MemberPort.Member member, Subject subject, Language language) {
        Optional<CaseReference> parsed = CaseReference.parse(reference);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        Optional<Case> found = member != null ? cases.findForMember(parsed.get(), member.id())
                : cases.findForContact(parsed.get(), subject.channel(), subject.address());
        return found.map(c -> line(c, language));
    }

    private List<Line> lines(MemberPort.Member member, Subject subject, Collection<CaseStatus> statuses, Language language) {
        List<Case> found = member != null ? cases.findByMemberIdAndStatusInOrderByIdDesc(member.id(), statuses)
                : cases.findByChannelAndAddressAndStatusInOrderByIdDesc(subject.channel(),
                        subject.address(), statuses);
        return found.stream().limit(10).map(c -> line(c, language)).toList();
    }

    private Line line(Case found, Language language) {
        String title = found.getType() == CaseType.SERVICE_REQUEST ? catalog.name(found.getServiceId(), language)
                : texts.get("type." + found.getType().name(), language);
        return new Line(found.getReference().value(), title, texts.get("status." + found.getStatus().name(), language),
                DeadlineFormat.format(found.getDueOn(), language));
    }

}
