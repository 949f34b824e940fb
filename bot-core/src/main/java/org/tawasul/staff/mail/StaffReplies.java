package org.tawasul.staff.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tawasul.cases.AssigneeKind;
import org.tawasul.cases.Case;
import org.tawasul.cases.CaseLifecycle;
import org.tawasul.cases.CaseReference;
import org.tawasul.cases.CaseRepository;
import org.tawasul.cases.CaseStatus;
import org.tawasul.cases.routing.Officer;
import org.tawasul.cases.routing.OfficerDirectory;
import org.tawasul.channels.ChannelId;
import org.tawasul.channels.OutboundMessage;
import org.tawasul.channels.StaffMail;
import org.tawasul.channels.TextParts;
import org.tawasul.conversations.message.Language;
import org.tawasul.outbound.Outbox;

/**
 * Acts on a staff member's reply, in the transaction that marks the stored mail processed: the reply must name
 * a case (by a valid token, else by our thread) and come from someone responsible for it (the assigned officer,
 * their deputy, or the committee on file); then its commands change the case through {@link CaseLifecycle} and
 * its text reaches the member on their channel under the officer's name, recorded on the case. Anything else
 * relays nothing; a sender from the officers file is told why, at most once per {@code explain-every}. On a channel
 * that bills by the part (SMS) the relayed text is kept within {@code sms-max-segments} ({@link RelayText}).
 */
@Component
class StaffReplies implements StaffMail.Replies {

    private static final Logger log = LoggerFactory.getLogger(StaffReplies.class);

    private final CaseRepository cases;
    private final CaseLifecycle lifecycle;
    private final CaseStaff staff;
    private final Outbox outbox;
    private final MailThreads threads;
    private final StaffMailSettings settings;
    private final Clock clock;
    private final org.springframework.beans.factory.ObjectProvider<TextParts> textParts;

    StaffReplies(CaseRepository cases, CaseLifecycle lifecycle, OfficerDirectory directory, Outbox outbox,
                 MailThreads threads, StaffMailSettings settings, Clock clock,
                 org.springframework.beans.factory.ObjectProvider<TextParts> textParts) {
        this.cases = cases;
        this.lifecycle = lifecycle;
        this.staff = new CaseStaff(directory);
        this.outbox = outbox;
        this.threads = threads;
        this.settings = settings;
        this.clock = clock;
        this.textParts = textParts;
    }

    /** What became of a reply (for the log and the tests). */
    enum Outcome { RELAYED, CHANGED, NOTED, ASSIGNED, NO_CASE, BAD_TOKEN, NOT_ON_CASE, UNKNOWN_COMMAND, REFUSED, EMPTY }

    @Override
    public void received(StaffMail.Reply reply, long inboxId) {
        Outcome outcome = act(reply, inboxId);
        log.info("Staff mail in inbox event {}: {}", inboxId, outcome);
    }

    @Override
    public Optional<Long> caseIdOf(String reference) {
        return CaseReference.parse(reference).flatMap(cases::findByReference).map(Case::getId);
    }

    Outcome act(StaffMail.Reply reply, long inboxId) {
        Language staffLanguage = settings.language();
        if (reply.tokenProblem() != null) {
            explain(reply, null, "explain.token", Map.of("problem", reply.tokenProblem()));
            return Outcome.BAD_TOKEN;
        }
        Optional<Case> found = reply.caseId() != null ? cases.findById(reply.caseId())
                : Optional.ofNullable(reply.threadReference()).flatMap(CaseReference::parse).flatMap(cases::findByReference);
        if (found.isEmpty()) {
            explain(reply, null, "explain.noCase", Map.of());
            return Outcome.NO_CASE;
        }
        Case aCase = found.get();
        String reference = aCase.getReference().value();
        CaseStaff.Person sender = staff.responsible(aCase, aCase.getLanguage()).get(reply.senderAddress());
        if (sender == null) {
            explain(reply, aCase, "explain.sender", Map.of("reference", reference));
            return Outcome.NOT_ON_CASE;
        }
        StaffCommand command = StaffCommand.parse(reply.newText());
        if (command.unknown() != null) {
            explain(reply, aCase, "explain.unknown", Map.of("command", command.unknown()));
            return Outcome.UNKNOWN_COMMAND;
        }
        String text = command.text();
        String actor = sender.id();
        switch (command.kind()) {
            case NONE -> {
                if (text.isBlank()) {
                    explain(reply, aCase, "explain.empty", Map.of());
                    return Outcome.EMPTY;
                }
                relay(aCase, sender, reply.senderAddress(), text, inboxId);
                return Outcome.RELAYED;
            }
            case NOTE -> {
                if (text.isBlank()) {
                    explain(reply, aCase, "explain.empty", Map.of());
                    return Outcome.EMPTY;
                }
                lifecycle.note(aCase.getReference(), actor, text);
                return Outcome.NOTED;
            }
            case ASSIGN -> {
                Optional<Officer> target = command.argument() == null ? Optional.empty()
                        : staff.officerByIdOrEmail(command.argument());
                if (target.isEmpty()) {
                    explain(reply, aCase, "explain.assign", Map.of("reference", reference,
                            "target", command.argument() == null ? "" : command.argument()));
                    return Outcome.REFUSED;
                }
                lifecycle.assign(aCase.getReference(), AssigneeKind.OFFICER, target.get().id(), actor);
                if (!text.isBlank()) {
                    lifecycle.note(aCase.getReference(), actor, text);
                }
                return Outcome.ASSIGNED;
            }
            default -> {
                CaseStatus to = switch (command.kind()) {
                    case DONE -> CaseStatus.ANSWERED;
                    case REVIEW -> CaseStatus.UNDER_REVIEW;
                    case APPROVED -> CaseStatus.APPROVED;
                    case REJECTED -> CaseStatus.REJECTED;
                    case MISSING -> CaseStatus.AWAITING_MEMBER;
                    default -> throw new IllegalStateException(command.kind().name());
                };
                if (to == CaseStatus.AWAITING_MEMBER && text.isBlank()) {
                    explain(reply, aCase, "explain.refused", Map.of("reference", reference,
                            "reason", staffLanguage == Language.AR ? "اكتب ما ينقص بعد الأمر #نواقص"
                                    : "write what is missing after #missing"));
                    return Outcome.REFUSED;
                }
                boolean textIsMessage = to != CaseStatus.UNDER_REVIEW;
                CaseLifecycle.Change change = new CaseLifecycle.Change(aCase.getReference(), to, actor, null,
                        textIsMessage && !text.isBlank() ? text : null);
                Optional<String> refusal = lifecycle.refusalOf(change);
                if (refusal.isPresent()) {
                    explain(reply, aCase, "explain.refused", Map.of("reference", reference, "reason", refusal.get()));
                    return Outcome.REFUSED;
                }
                lifecycle.change(change);
                if (!textIsMessage && !text.isBlank()) {
                    relay(aCase, sender, reply.senderAddress(), text, inboxId);
                }
                return Outcome.CHANGED;
            }
        }
    }

    /** The text to the member on their channel under the officer's name, recorded on the case; the thread opens. */
    private void relay(Case aCase, CaseStaff.Person sender, String senderAddress, String text, long inboxId) {
        TextParts parts = textParts.orderedStream().filter(p -> p.channel().id().equals(aCase.getChannel()))
                .findFirst().orElse(null);
        String body = RelayText.of(sender.name(), aCase.getReference().value(), text, aCase.getLanguage(), parts,
                settings.smsMaxSegments());
        outbox.enqueue(Outbox.Entry.text(ChannelId.of(aCase.getChannel()), aCase.getAddress(), body, inboxId));
        lifecycle.staffWrote(aCase.getReference(), sender.id(), text);
        Instant now = clock.instant();
        threads.open(aCase.getChannel(), aCase.getAddress(), aCase.getId(), senderAddress, now.plus(settings.threadOpen()));
    }

    /** One short explanation to a sender from the officers file, at most once per {@code explain-every}. */
    private void explain(StaffMail.Reply reply, Case aCase, String key, Map<String, Object> args) {
        if (!staff.isStaff(reply.senderAddress())) {
            return; // never answer a stranger: a forged From would turn us into a source of backscatter
        }
        if (!threads.mayExplain(reply.senderAddress(), clock.instant(), settings.explainEvery())) {
            return;
        }
        Language language = settings.language();
        String subject = OfficerNotifier.TEXTS.get("explain.subject", language,
                Map.of("subject", reply.subject().isBlank() ? "—" : reply.subject()));
        outbox.enqueue(new Outbox.Entry(ChannelId.EMAIL, reply.senderAddress(), OfficerNotifier.TEXTS.get(key, language, args),
                List.of(), null, new OutboundMessage.Envelope(subject, aCase == null ? null : aCase.getReference().value(),
                        null), null, null));
    }
}
