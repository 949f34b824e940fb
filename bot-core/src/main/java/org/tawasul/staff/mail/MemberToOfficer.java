package org.tawasul.staff.mail;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.tawasul.cases.Case;
import org.tawasul.cases.CaseLifecycle;
import org.tawasul.cases.CaseRepository;
import org.tawasul.cases.CaseStatus;
import org.tawasul.cases.routing.OfficerDirectory;
import org.tawasul.channels.ChannelId;
import org.tawasul.channels.OutboundMessage;
import org.tawasul.channels.StaffMail;
import org.tawasul.conversations.message.Language;
import org.tawasul.outbound.Outbox;
import org.tawasul.turns.FreeTextTaker;

/**
 * The member's answer to an officer goes back to that officer: after a relayed email, the member's next free
 * text (outside any dialog) is mailed to the officer in the case's thread, with a signed reply address, recorded
 * on the case (as the awaited answer when the case awaits the member), and the member is told it arrived.
 */
@Component
class MemberToOfficer implements FreeTextTaker {

    private final MailThreads threads;
    private final CaseRepository cases;
    private final CaseLifecycle lifecycle;
    private final CaseStaff staff;
    private final Outbox outbox;
    private final ObjectProvider<StaffMail.Addresses> addresses;
    private final StaffMailSettings settings;

    MemberToOfficer(MailThreads threads, CaseRepository cases, CaseLifecycle lifecycle, OfficerDirectory directory,
                    Outbox outbox, ObjectProvider<StaffMail.Addresses> addresses, StaffMailSettings settings) {
        this.threads = threads;
        this.cases = cases;
        this.lifecycle = lifecycle;
        this.staff = new CaseStaff(directory);
        this.outbox = outbox;
        this.addresses = addresses;
        this.settings = settings;
    }

    @Override
    public boolean take(FreeText text) {
        if (addresses.getIfAvailable() == null) {
            return false;
        }
        Optional<MailThreads.Open> open = threads.find(text.channel().id(), text.address(), text.at());
        if (open.isEmpty()) {
            return false;
        }
        Optional<Case> found = cases.findById(open.get().caseId());
        if (found.isEmpty() || found.get().getStatus() == CaseStatus.CLOSED) {
            threads.close(text.channel().id(), text.address());
            return false;
        }
        threads.close(text.channel().id(), text.address());
        toOfficer(found.get(), open.get().officerEmail(), text.text(), text.inboxId());
        return true;
    }

    /** Mails the member's text to the officer in the case's thread, records it, and tells the member. */
    void toOfficer(Case aCase, String officerEmail, String text, Long inboxId) {
        String actor = aCase.getMemberId() != null ? "member:" + aCase.getMemberId() : "chat:" + aCase.getChannel();
        if (aCase.getStatus() == CaseStatus.AWAITING_MEMBER) {
            lifecycle.memberReplied(aCase.getReference(), actor, text);
        } else {
            lifecycle.memberWrote(aCase.getReference(), actor, text);
        }
        Language language = settings.language();
        String reference = aCase.getReference().value();
        String replyTo = addresses.getObject().replyAddress(aCase.getId(), officerEmail,
                aCase.getDueOn().plusDays(settings.tokenDays()));
        outbox.enqueue(new Outbox.Entry(ChannelId.EMAIL, officerEmail,
                OfficerNotifier.TEXTS.get("officer.memberWrote", language, Map.of("reference", reference,
                        "text", OfficerNotifier.mask(text))), List.of(), null,
                new OutboundMessage.Envelope(OfficerNotifier.TEXTS.get("subject.memberWrote", language,
                        Map.of("reference", reference)), reference, replyTo), inboxId, null));
        String officerName = staff.responsible(aCase, aCase.getLanguage()).values().stream()
                .filter(p -> p.email().equalsIgnoreCase(officerEmail)).map(CaseStaff.Person::name).findFirst()
                .orElse(officerEmail);
        outbox.enqueue(Outbox.Entry.text(ChannelId.of(aCase.getChannel()), aCase.getAddress(),
                OfficerNotifier.TEXTS.get("member.sent", aCase.getLanguage(), Map.of("officer", officerName,
                        "reference", reference)), inboxId));
    }

    /** A message the member wrote while handed to staff goes to the first person on their newest open case. */
    boolean handedOff(String channel, String address, String text, long inboxId) {
        List<Case> open = cases.findByChannelAndAddressAndStatusInOrderByIdDesc(channel, address, CaseStatus.OPEN);
        if (open.isEmpty() || addresses.getIfAvailable() == null) {
            return false;
        }
        Case aCase = open.get(0);
        return staff.recipients(aCase, aCase.getLanguage(), false).values().stream().findFirst().map(person -> {
            toOfficer(aCase, person.email(), text, inboxId);
            return true;
        }).orElse(false);
    }
}
