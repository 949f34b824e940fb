package org.tawasul.staff.mail;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tawasul.cases.Case;
import org.tawasul.cases.CaseRepository;
import org.tawasul.cases.CaseStatus;
import org.tawasul.cases.routing.OfficerDirectory;
import org.tawasul.cases.sla.DeadlineFormat;
import org.tawasul.cases.sla.WorkingCalendar;
import org.tawasul.channels.ChannelId;
import org.tawasul.channels.OutboundMessage;
import org.tawasul.channels.StaffMail;
import org.tawasul.conversations.message.Language;
import org.tawasul.outbound.Outbox;

/**
 * Deadlines by staff email (P7, P18): the assignee is reminded {@code reminder-days} working days before a
 * case's deadline and on the day; after it, the deputy and the manager address are told and the member is told
 * once, politely, that the answer is late and who follows it up; each officer gets a digest of their overdue
 * cases once a day at {@code digest-hour}, Sunday to Thursday. Each reminder, escalation and digest is sent once
 * (recorded with the mail in one transaction).
 */
@Component
@EnableConfigurationProperties(DeadlineSettings.class)
class Deadlines {

    private final CaseRepository cases;
    private final WorkingCalendar calendar;
    private final CaseStaff staff;
    private final Outbox outbox;
    private final ObjectProvider<StaffMail.Addresses> addresses;
    private final StaffMailSettings mail;
    private final DeadlineSettings settings;
    private final JdbcTemplate jdbc;

    Deadlines(CaseRepository cases, WorkingCalendar calendar, OfficerDirectory directory, Outbox outbox,
              ObjectProvider<StaffMail.Addresses> addresses, StaffMailSettings mail, DeadlineSettings settings,
              JdbcTemplate jdbc) {
        this.cases = cases;
        this.calendar = calendar;
        this.staff = new CaseStaff(directory);
        this.outbox = outbox;
        this.addresses = addresses;
        this.mail = mail;
        this.settings = settings;
        this.jdbc = jdbc;
    }

    /** Checks every open case as of {@code now}; returns how many mails and messages were written. */
    @Transactional
    public int run(Instant now) {
        if (!outbox.hasSender(ChannelId.EMAIL) || addresses.getIfAvailable() == null) {
            return 0;
        }
        LocalDate today = LocalDate.ofInstant(now, WorkingCalendar.ZONE);
        Language language = mail.language();
        int written = 0;
        Map<String, List<Case>> overdueBy = new LinkedHashMap<>();
        for (Case aCase : cases.findByStatusInOrderByIdAsc(List.copyOf(CaseStatus.OPEN))) {
            LocalDate due = aCase.getDueOn();
            Map<String, CaseStaff.Person> responsible = staff.responsible(aCase, language);
            if (responsible.isEmpty()) {
                continue;
            }
            CaseStaff.Person assignee = responsible.values().iterator().next();
            if (due.isAfter(today)) {
                int days = calendar.workingDaysBetween(today, due);
                if (days <= settings.reminderDays() && once(aCase, "reminder", now)) {
                    written += remind(aCase, List.of(assignee), "deadline.reminder.subject", "deadline.reminder", days, language);
                }
            } else if (due.isEqual(today)) {
                if (once(aCase, "due-today", now)) {
                    written += remind(aCase, List.of(assignee), "deadline.today.subject", "deadline.reminder", 0, language);
                }
            } else {
                overdueBy.computeIfAbsent(assignee.email().toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>()).add(aCase);
                if (once(aCase, "overdue", now)) {
                    List<CaseStaff.Person> escalate = new ArrayList<>(responsible.values());
                    if (escalate.size() > 1) {
                        escalate.remove(0); // the deputy; the assignee has the digest
                    }
                    if (settings.managerAddress() != null && !settings.managerAddress().isBlank()) {
                        escalate.add(new CaseStaff.Person("manager", settings.managerAddress().strip(),
                                settings.managerAddress().strip()));
                    }
                    written += remind(aCase, escalate, "deadline.overdue.subject", "deadline.overdue", 0, language);
                    String followedBy = (responsible.size() > 1 ? new ArrayList<>(responsible.values()).get(1) : assignee).name();
                    CaseStaff.Person forMember = staff.responsible(aCase, aCase.getLanguage()).values().stream()
                            .skip(responsible.size() > 1 ? 1 : 0).findFirst().orElse(assignee);
                    outbox.enqueue(Outbox.Entry.text(ChannelId.of(aCase.getChannel()), aCase.getAddress(),
                            OfficerNotifier.TEXTS.get("member.late", aCase.getLanguage(), Map.of("reference",
                                    aCase.getReference().value(), "followedBy", forMember.name())), null));
                    written++;
                }
            }
        }
        ZonedDateTime local = now.atZone(WorkingCalendar.ZONE);
        DayOfWeek day = local.getDayOfWeek();
        if (local.getHour() >= settings.digestHour() && day != DayOfWeek.FRIDAY && day != DayOfWeek.SATURDAY) {
            for (Map.Entry<String, List<Case>> entry : overdueBy.entrySet()) {
                if (jdbc.update("INSERT INTO mail_digest (recipient, digest_day) SELECT ?, ? FROM (SELECT 1 AS x) t WHERE NOT EXISTS "
                        + "(SELECT 1 FROM mail_digest WHERE recipient = ? AND digest_day = ?)", entry.getKey(), java.sql.Date.valueOf(today),
                        entry.getKey(), java.sql.Date.valueOf(today)) == 1) {
                    StringBuilder body = new StringBuilder(OfficerNotifier.TEXTS.get("digest.intro", language)).append("\n\n");
                    for (Case c : entry.getValue()) {
                        body.append("• ").append(OfficerNotifier.subject(c, OfficerNotifier.Occasion.OPENED, language))
                                .append(" — ").append(DeadlineFormat.format(c.getDueOn(), language)).append('\n');
                    }
                    outbox.enqueue(new Outbox.Entry(ChannelId.EMAIL, entry.getKey(), body.toString(), List.of(), null,
                            new OutboundMessage.Envelope(OfficerNotifier.TEXTS.get("digest.subject", language,
                                    Map.of("count", entry.getValue().size())), null, null), null, null));
                    written++;
                }
            }
        }
        return written;
    }

    private int remind(Case aCase, List<CaseStaff.Person> to, String subjectKey, String bodyKey, int days, Language language) {
        Map<String, Object> args = Map.of("reference", aCase.getReference().value(), "days", days,
                "due", DeadlineFormat.format(aCase.getDueOn(), language),
                "assignee", staff.responsible(aCase, language).values().iterator().next().name());
        for (CaseStaff.Person person : to) {
            String replyTo = addresses.getObject().replyAddress(aCase.getId(), person.email(),
                    aCase.getDueOn().plusDays(mail.tokenDays()));
            outbox.enqueue(new Outbox.Entry(ChannelId.EMAIL, person.email(), OfficerNotifier.TEXTS.get(bodyKey, language, args),
                    List.of(), null, new OutboundMessage.Envelope(OfficerNotifier.TEXTS.get(subjectKey, language, args),
                            aCase.getReference().value(), replyTo), null, null));
        }
        return to.size();
    }

    /** Records that this notice of the case is sent; false when it was before. */
    private boolean once(Case aCase, String kind, Instant now) {
        return jdbc.update("INSERT INTO mail_deadline_notice (case_id, kind, sent_at) SELECT ?, ?, ? FROM (SELECT 1 AS x) t "
                + "WHERE NOT EXISTS (SELECT 1 FROM mail_deadline_notice WHERE case_id = ? AND kind = ?)", aCase.getId(), kind,
                Timestamp.from(now), aCase.getId(), kind) == 1;
    }
}
