package org.tawasul.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.tawasul.cases.Case;
import org.tawasul.cases.CaseOpened;
import org.tawasul.cases.CaseRepository;
import org.tawasul.cases.CaseStatus;
import org.tawasul.cases.CaseStatusChanged;
import org.tawasul.cases.CaseType;
import org.tawasul.channels.ChannelId;
import org.tawasul.conversations.catalog.ServiceCatalog;
import org.tawasul.conversations.message.Language;
import org.tawasul.outbound.MessageUndelivered;
import org.tawasul.outbound.Outbox;
import org.tawasul.turns.InboundTurn;
import org.tawasul.turns.ScheduledTurns;

/**
 * Tells members what becomes of their cases, on the channel agreed with them, as listeners of the cases'
 * own events: in the transaction of the change ({@code BEFORE_COMMIT}), so that a change never commits
 * without its notification, nor a notification without its change. Unprompted messages wait for the end of
 * the quiet hours. A notification the provider reports undelivered goes to the next channel. A completed
 * case offers its satisfaction survey once, after {@code survey-delay}: as a dialog where the member chats,
 * as a link by SMS.
 */
@Component
@EnableConfigurationProperties(NotificationSettings.class)
class MemberNotifier {

    private static final Logger log = LoggerFactory.getLogger(MemberNotifier.class);

    private final CaseRepository cases;
    private final Recipients recipients;
    private final Outbox outbox;
    private final ScheduledTurns scheduled;
    private final CaseNotificationRepository sent;
    private final NotificationSettings settings;
    private final NotificationTexts texts;
    private final ServiceCatalog catalog;
    private final Clock clock;

    MemberNotifier(CaseRepository cases, Recipients recipients, Outbox outbox, ScheduledTurns scheduled,
                   CaseNotificationRepository sent, NotificationSettings settings, ServiceCatalog catalog, Clock clock) {
        this.cases = cases;
        this.recipients = recipients;
        this.outbox = outbox;
        this.scheduled = scheduled;
        this.sent = sent;
        this.settings = settings;
        this.texts = NotificationTexts.load(settings.file());
        this.catalog = catalog;
        this.clock = clock;
    }

    /** A member who filed on one channel and agreed to be told on another hears there that it was received. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(CaseOpened opened) {
        Case aCase = cases.findById(opened.caseId()).orElseThrow();
        if (!settings.kinds().contains("received") || aCase.getType() == CaseType.FOLLOW_UP) {
            return;
        }
        recipients.of(aCase, Set.of()).stream().findFirst()
                .filter(first -> !first.channel().id().equals(aCase.getChannel()))
                .ifPresent(first -> send(aCase, "received", first, null));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(CaseStatusChanged changed) {
        String kind = kind(changed.to());
        Case aCase = cases.findById(changed.caseId()).orElseThrow();
        if (aCase.getType() == CaseType.FOLLOW_UP || byTheMember(aCase)) {
            return; // the member's own reply was confirmed to them in the chat
        }
        if (settings.kinds().contains(kind)) {
            List<Recipients.Recipient> to = recipients.of(aCase, Set.of());
            if (to.isEmpty()) {
                log.warn("No channel reaches the member of case {}: the {} notification is not sent", aCase.getReference(), kind);
            } else {
                send(aCase, kind, to.get(0), aCase.messageForStatus().orElse(null));
                if (changed.to() == CaseStatus.AWAITING_MEMBER) {
                    askForWhatIsMissing(aCase, to.get(0));
                }
            }
        }
        if (changed.to().isCompleted() && !changed.from().isCompleted() && settings.kinds().contains("survey")) {
            offerSurvey(aCase);
        }
    }

    /** A notification the provider could not deliver goes to the next channel not tried yet. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(MessageUndelivered undelivered) {
        sent.findFirstByOutboxId(undelivered.outboxId()).ifPresent(failed -> {
            Case aCase = cases.findById(failed.getCaseId()).orElseThrow();
            Set<String> tried = new HashSet<>();
            sent.findByCaseIdAndKind(failed.getCaseId(), failed.getKind()).forEach(n -> tried.add(n.getChannel()));
            Optional<Recipients.Recipient> next = recipients.of(aCase, tried).stream().findFirst();
            if (next.isEmpty()) {
                log.warn("The {} notification of case {} reached no channel", failed.getKind(), aCase.getReference());
                return;
            }
            log.info("The {} notification of case {} was undelivered on {}; sending it on {}", failed.getKind(),
                    aCase.getReference(), undelivered.channel(), next.get().channel());
            send(aCase, failed.getKind(), next.get(), aCase.messageForStatus().orElse(null));
        });
    }

    private static boolean byTheMember(Case aCase) {
        var trail = aCase.getEvents();
        String actor = trail.isEmpty() ? "" : trail.get(trail.size() - 1).getActor();
        return actor.startsWith("member:") || actor.startsWith("chat:");
    }

    private void send(Case aCase, String kind, Recipients.Recipient to, String message) {
        Instant due = settings.quiet().nextAllowed(clock.instant());
        boolean sms = to.channel().equals(ChannelId.SMS) || to.channel().equals(ChannelId.WHATSAPP);
        Language language = aCase.getLanguage();
        Map<String, String> values = values(aCase, language, message);
        String text = texts.render(kind, sms ? NotificationTexts.Medium.SMS : NotificationTexts.Medium.CHAT, language, values);
        long id = outbox.enqueue(new Outbox.Entry(to.channel(), to.address(), text, List.of(), null, null, null, due));
        sent.save(CaseNotification.of(aCase.getId(), kind, to.channel().id(), id, clock.instant()));
        if (sms && message != null && !message.isBlank()) {
            outbox.enqueue(new Outbox.Entry(to.channel(), to.address(), message.strip(), List.of(), null, null, null, due));
        }
    }

    /** Where the member chats, the question "send what is missing" follows the notification, as a dialog. */
    private void askForWhatIsMissing(Case aCase, Recipients.Recipient to) {
        if (!to.channel().equals(ChannelId.TELEGRAM) && !to.channel().equals(ChannelId.CONSOLE)) {
            return;
        }
        scheduled.schedule("case-reply:" + aCase.getId() + ":" + aCase.getEvents().size(), to.channel(), to.address(),
                InboundTurn.start("case-reply", Map.of("case", aCase.getReference().value())),
                settings.quiet().nextAllowed(clock.instant()));
    }

    /** Once per case: a dialog where the member chats, else a link to rate in the chat (SMS). */
    private void offerSurvey(Case aCase) {
        if (sent.existsByCaseIdAndKind(aCase.getId(), "survey")) {
            return;
        }
        Optional<Recipients.Recipient> to = recipients.of(aCase, Set.of()).stream().findFirst();
        if (to.isEmpty()) {
            return;
        }
        Instant due = settings.quiet().nextAllowed(clock.instant().plus(settings.surveyDelay()));
        ChannelId channel = to.get().channel();
        if (channel.equals(ChannelId.TELEGRAM) || channel.equals(ChannelId.CONSOLE)) {
            Map<String, String> values = values(aCase, aCase.getLanguage(), null);
            values.put("link", "");
            outbox.enqueue(new Outbox.Entry(channel, to.get().address(), texts.render("survey", NotificationTexts.Medium.CHAT,
                    aCase.getLanguage(), values), List.of(), null, null, null, due));
            scheduled.schedule("survey:" + aCase.getId(), channel, to.get().address(),
                    InboundTurn.start("survey", Map.of("case", aCase.getReference().value())), due);
            sent.save(CaseNotification.of(aCase.getId(), "survey", channel.id(), null, clock.instant()));
        } else if (settings.botUsername() != null && !settings.botUsername().isBlank()) {
            Map<String, String> values = values(aCase, aCase.getLanguage(), null);
            values.put("link", "t.me/" + settings.botUsername().strip().replaceFirst("^@", "") + "?start=rate_"
                    + aCase.getReference().value());
            boolean sms = channel.equals(ChannelId.SMS) || channel.equals(ChannelId.WHATSAPP);
            String text = texts.render("survey", sms ? NotificationTexts.Medium.SMS : NotificationTexts.Medium.CHAT,
                    aCase.getLanguage(), values);
            long id = outbox.enqueue(new Outbox.Entry(channel, to.get().address(), text, List.of(), null, null, null, due));
            if (sms) {
                // the link alone: plain GSM-7, one segment, however long the Arabic text is
                outbox.enqueue(new Outbox.Entry(channel, to.get().address(), values.get("link"), List.of(), null, null,
                        null, due));
            }
            sent.save(CaseNotification.of(aCase.getId(), "survey", channel.id(), id, clock.instant()));
        }
    }

    private Map<String, String> values(Case aCase, Language language, String message) {
        Map<String, String> values = new HashMap<>();
        values.put("reference", aCase.getReference().value());
        values.put("title", title(aCase, language));
        values.put("message", message == null ? "" : message.strip());
        return values;
    }

    private String title(Case aCase, Language language) {
        if (aCase.getType() == CaseType.SERVICE_REQUEST && aCase.getServiceId() != null) {
            return catalog.name(aCase.getServiceId(), language);
        }
        boolean arabic = language == Language.AR;
        return switch (aCase.getType()) {
            case ENQUIRY -> arabic ? "استفسارك" : "enquiry";
            case COMPLAINT -> arabic ? "شكواك" : "complaint";
            case SERVICE_REQUEST -> arabic ? "طلبك" : "request";
            case FOLLOW_UP -> arabic ? "ملاحظتك" : "feedback";
        };
    }

    private static String kind(CaseStatus status) {
        return status.name().toLowerCase().replace('_', '-').replace("submitted", "received");
    }
}
