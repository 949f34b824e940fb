package org.tawasul.staff.mail;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.tawasul.cases.Case;
import org.tawasul.cases.CaseAssigned;
import org.tawasul.cases.CaseOpened;
import org.tawasul.cases.CaseRepository;
import org.tawasul.cases.sla.DeadlineFormat;
import org.tawasul.channels.ChannelId;
import org.tawasul.channels.OutboundMessage;
import org.tawasul.channels.StaffMail;
import org.tawasul.conversations.engine.Texts;
import org.tawasul.conversations.message.Language;
import org.tawasul.db.member.MemberRepository;
import org.tawasul.outbound.Outbox;

/**
 * Tells the officer or committee a case is assigned to, by email, when it is opened or reassigned, and when
 * the member asks for a person: one mail per recipient, written in the transaction of the change
 * ({@code BEFORE_COMMIT}), with the case's answers (decrypted for staff, national IDs masked to their last
 * 4 digits), the member's name and category, the deadline in Hijri and Gregorian, and a signed reply address.
 * Nothing is written where email is off (no sender or no reply addresses).
 */
@Component
@org.springframework.boot.context.properties.EnableConfigurationProperties(StaffMailSettings.class)
class OfficerNotifier {

    private static final Logger log = LoggerFactory.getLogger(OfficerNotifier.class);
    static final Texts TEXTS = new Texts("org/tawasul/staff/mail/mail_");
    private static final Pattern NATIONAL_ID = Pattern.compile("(?<!\\d)[12]\\d{5}(\\d{4})(?!\\d)");
    private static final int TITLE_MAX = 60;

    enum Occasion { OPENED, REASSIGNED, HANDOFF }

    private final CaseRepository cases;
    private final MemberRepository members;
    private final CaseStaff staff;
    private final Outbox outbox;
    private final ObjectProvider<StaffMail.Addresses> addresses;
    private final StaffMailSettings settings;
    private final MailFiles files;

    OfficerNotifier(CaseRepository cases, MemberRepository members, org.tawasul.cases.routing.OfficerDirectory directory,
                    Outbox outbox, ObjectProvider<StaffMail.Addresses> addresses, StaffMailSettings settings,
                    MailFiles files) {
        this.cases = cases;
        this.members = members;
        this.staff = new CaseStaff(directory);
        this.outbox = outbox;
        this.addresses = addresses;
        this.settings = settings;
        this.files = files;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(CaseOpened opened) {
        cases.findById(opened.caseId()).ifPresent(c -> notify(c, occasionOf(c)));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(CaseAssigned assigned) {
        cases.findById(assigned.caseId()).ifPresent(c -> notify(c, Occasion.REASSIGNED));
    }

    private static Occasion occasionOf(Case aCase) {
        return aCase.getAnswers().containsKey(HandoffCases.HANDOFF_KEY) ? Occasion.HANDOFF : Occasion.OPENED;
    }

    /** Whether staff email is on here. */
    boolean enabled() {
        return outbox.hasSender(ChannelId.EMAIL) && addresses.getIfAvailable() != null;
    }

    /** Mails the case's recipients; returns how many mails were written. */
    int notify(Case aCase, Occasion occasion) {
        if (!enabled()) {
            return 0;
        }
        Language language = settings.language();
        StaffMail.Addresses replyAddresses = addresses.getObject();
        LocalDate validUntil = aCase.getDueOn().plusDays(settings.tokenDays());
        Map<String, CaseStaff.Person> to = staff.recipients(aCase, language, settings.notifyDeputies());
        if (to.isEmpty()) {
            log.warn("Case {} is assigned to {} {}, who is not in the officers file: nobody was told by email",
                    aCase.getReference().value(), aCase.getAssigneeKind(), aCase.getAssigneeId());
            return 0;
        }
        String subject = subject(aCase, occasion, language);
        String body = body(aCase, occasion, language);
        List<MailFiles.FileRef> memberFiles = MailFiles.filesOf(aCase);
        for (CaseStaff.Person person : to.values()) {
            String replyTo = replyAddresses.replyAddress(aCase.getId(), person.email(), validUntil);
            long outboxId = outbox.enqueue(new Outbox.Entry(ChannelId.EMAIL, person.email(), body, List.of(), null,
                    new OutboundMessage.Envelope(subject, aCase.getReference().value(), replyTo), null, null));
            files.attach(outboxId, aCase.getChannel(), memberFiles);
        }
        log.info("Case {} ({}): {} staff mail(s) written", aCase.getReference().value(), occasion, to.size());
        return to.size();
    }

    static String subject(Case aCase, Occasion occasion, Language language) {
        Map<String, Object> args = Map.of("reference", aCase.getReference().value(),
                "type", TEXTS.get("type." + aCase.getType().name(), language), "title", title(aCase));
        return switch (occasion) {
            case OPENED -> TEXTS.get("subject", language, args);
            case REASSIGNED -> TEXTS.get("subject.reassigned", language, args);
            case HANDOFF -> TEXTS.get("subject.handoff", language, args);
        };
    }

    /** A short title: the first answer that is free text, masked, on one line. */
    static String title(Case aCase) {
        for (Map.Entry<String, String> answer : aCase.getAnswers().entrySet()) {
            String value = answer.getValue() == null ? "" : mask(answer.getValue()).replaceAll("\\s+", " ").strip();
            if (value.length() >= 8 && !value.matches("[\\d*+\\-/ ]+") && !answer.getKey().startsWith("_")) {
                return value.length() <= TITLE_MAX ? value : value.substring(0, TITLE_MAX - 1) + "…";
            }
        }
        return aCase.getServiceId() != null ? aCase.getServiceId() : "—";
    }

    private String body(Case aCase, Occasion occasion, Language language) {
        StringBuilder text = new StringBuilder();
        text.append(TEXTS.get(switch (occasion) {
            case OPENED -> "intro.opened";
            case REASSIGNED -> "intro.reassigned";
            case HANDOFF -> "intro.handoff";
        }, language)).append("\n\n");
        line(text, "field.reference", aCase.getReference().value(), language);
        line(text, "field.type", TEXTS.get("type." + aCase.getType().name(), language), language);
        line(text, "field.status", TEXTS.get("status." + aCase.getStatus().name(), language), language);
        if (aCase.getMemberId() != null) {
            members.findById(aCase.getMemberId()).ifPresentOrElse(member -> {
                line(text, "field.member", member.getFullName(), language);
                if (member.getCategory() != null) {
                    line(text, "field.category", member.getCategory(), language);
                }
            }, () -> line(text, "field.member", "#" + aCase.getMemberId(), language));
        } else {
            line(text, "field.member", TEXTS.get("field.nonMember", language, Map.of("channel", aCase.getChannel())), language);
        }
        line(text, "field.channel", aCase.getChannel(), language);
        line(text, "field.due", DeadlineFormat.format(aCase.getDueOn(), language), language);
        Map<String, String> answers = new LinkedHashMap<>(aCase.getAnswers());
        if (!answers.isEmpty()) {
            text.append('\n').append(TEXTS.get("field.answers", language)).append(":\n");
            Map<String, String> fileNames = new LinkedHashMap<>();
            MailFiles.filesOf(aCase).forEach(file -> fileNames.put(file.kind() + ":" + file.reference(),
                    TEXTS.get("field.file", language, Map.of("kind", TEXTS.get("file." + file.kind(), language),
                            "name", file.name()))));
            answers.forEach((key, value) -> text.append("• ").append(key).append(": ")
                    .append(value == null ? "" : fileNames.getOrDefault(value.strip(), mask(value))).append('\n'));
        }
        text.append("\n—\n").append(TEXTS.get("how", language)).append('\n').append(TEXTS.get("how.en", language));
        return text.toString();
    }

    private static void line(StringBuilder text, String key, String value, Language language) {
        text.append(TEXTS.get(key, language)).append(": ").append(value).append('\n');
    }

    /** Saudi national IDs and iqama numbers (10 digits from 1 or 2) masked to their last 4 digits. */
    static String mask(String text) {
        return NATIONAL_ID.matcher(text).replaceAll("******$1");
    }
}
