package org.tawasul.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tawasul.TawasulApplication;
import org.tawasul.cases.CaseLifecycle;
import org.tawasul.cases.CaseReference;
import org.tawasul.cases.CaseStatus;
import org.tawasul.channels.ChannelId;
import org.tawasul.channels.ChannelSender;
import org.tawasul.channels.OutboundMessage;
import org.tawasul.channels.Pacing;
import org.tawasul.channels.SendOutcome;
import org.tawasul.conversations.message.Inbound;
import org.tawasul.db.member.MemberDetails;
import org.tawasul.db.member.MemberRegistry;
import org.tawasul.outbound.MessageUndelivered;
import org.tawasul.testing.MutableClock;
import org.tawasul.turns.InboundTurn;
import org.tawasul.turns.ScheduledTurns;
import org.tawasul.turns.TurnProcessor;

/**
 * Members hear back: every status change a case goes through reaches its member, in the change's own
 * transaction, on the channel agreed with them, outside the quiet hours; a completed case offers its
 * survey once; a case awaiting the member takes their reply.
 */
@SpringBootTest(classes = TawasulApplication.class, properties = {"spring.main.web-application-type=none",
        "tawasul.background=false"})
@Import(NotificationsIntegrationTests.Config.class)
abstract class NotificationsIntegrationTests {

    /** A Riyadh working morning: 10:00 on Sunday 4 January 2026. */
    static final Instant MORNING = ZonedDateTime.parse("2026-01-04T10:00:00+03:00[Asia/Riyadh]").toInstant();
    static final MutableClock CLOCK = new MutableClock(MORNING);

    @Autowired TurnProcessor turns;
    @Autowired org.tawasul.db.privacy.PiiCipher cipher;
    @Autowired CaseLifecycle lifecycle;
    @Autowired ScheduledTurns scheduled;
    @Autowired MemberRegistry registry;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired ApplicationEventPublisher events;
    @Autowired SmsStandIn sms;
    private int sequence;

    /** The SMS channel as this deployment would have it (the SDK's own tests are the Twilio package's). */
    static class SmsStandIn implements ChannelSender {
        final List<OutboundMessage> sent = new CopyOnWriteArrayList<>();

        @Override
        public ChannelId channel() {
            return ChannelId.SMS;
        }

        @Override
        public Pacing defaultPacing() {
            return new Pacing(10, Duration.ZERO);
        }

        @Override
        public SendOutcome send(OutboundMessage message) {
            sent.add(message);
            return new SendOutcome.Sent("SM" + message.outboxId());
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Config {
        @Bean
        SmsStandIn smsStandIn() {
            return new SmsStandIn();
        }

        @Bean
        @Primary
        java.time.Clock testClock() {
            return CLOCK;
        }
    }

    @BeforeEach
    void clean() {
        CLOCK.set(MORNING);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            for (String table : List.of("case_notification", "scheduled_turn", "survey_rated_case", "survey_response", "case_event", "case_file",
                    "member_link", "beneficiary_choice", "member", "outbox", "inbox", "conversation", "identification_failure", "channel_address")) {
                jdbc.update("DELETE FROM " + table);
            }
            registry.upsert(new MemberDetails("M-1", "هدى العتيبي", "1000000008", "+966501234567", "founding",
                    "agriculture", "ar", "sms", null), Instant.now());
            registry.upsert(new MemberDetails("M-2", "سالم الدوسري", "2104567892", "+966551234567", "regular",
                    "fishing", "en", "telegram", null), Instant.now());
        });
    }

    private void say(String address, String... lines) {
        for (String line : lines) {
            Inbound input = line.startsWith("/contact ") ? Inbound.contact(line.substring(9)) : Inbound.text(line);
            assertThat(turns.handle(ChannelId.CONSOLE, "n" + (++sequence), address, InboundTurn.of(input))).as(line).isTrue();
        }
    }

    /** A complaint by a beneficiary from the console; its reference. */
    private CaseReference complaint(String address) {
        say(address, "مرحبا", "3", "0590000000", "تخطي", "5", "لم يصلني رد على اتصالاتي منذ شهر", "تخطي", "لا", "تأكيد");
        return CaseReference.parse(jdbc.queryForObject("SELECT reference FROM case_file WHERE address = ?", String.class,
                address)).orElseThrow();
    }

    private List<String> outbox(String channel, String address) {
        return jdbc.queryForList("SELECT body FROM outbox WHERE channel = ? AND recipient = ? ORDER BY id", String.class,
                channel, cipher.sealAddress(address)).stream().map(cipher::decrypt).toList(); // bodies are stored encrypted
    }

    @Test
    void aStatusChangeReachesTheMemberWhereTheyFiledWithWhatStaffWrote() {
        CaseReference reference = complaint("guest");
        int before = outbox("console", "guest").size();
        lifecycle.change(new CaseLifecycle.Change(reference, CaseStatus.UNDER_REVIEW, "staff:sara", "called twice", null));
        lifecycle.change(new CaseLifecycle.Change(reference, CaseStatus.ANSWERED, "staff:sara", null,
                "اعتذرنا عن التأخير، وسيتصل بك مشرف الخدمة غدًا."));

        assertThat(outbox("console", "guest").subList(before, outbox("console", "guest").size())).containsExactly(
                "شكواك رقم " + reference + " قيد الدراسة الآن، وسنبلغك بالنتيجة.",
                "ردّنا على شكواك رقم " + reference + ":\nاعتذرنا عن التأخير، وسيتصل بك مشرف الخدمة غدًا.",
                "يسعدنا تقييمك لخدمتنا في معاملتك " + reference + "، فالتقييم حقك ويساعدنا على التحسين.");
        assertThat(String.join(" ", outbox("console", "guest"))).doesNotContain("called twice");
        assertThat(jdbc.queryForList("SELECT kind FROM case_notification ORDER BY id", String.class))
                .containsExactly("under-review", "answered", "survey");
    }

    @Test
    void aForbiddenChangeChangesNothingAndTellsNobody() {
        CaseReference reference = complaint("guest");
        int before = outbox("console", "guest").size();
        assertThatThrownBy(() -> lifecycle.change(new CaseLifecycle.Change(reference, CaseStatus.APPROVED, "staff", null, null)))
                .hasMessageContaining("only service requests are");
        assertThat(outbox("console", "guest")).hasSize(before);
        assertThat(jdbc.queryForObject("SELECT status FROM case_file", String.class)).isEqualTo("SUBMITTED");
    }

    @Test
    void aChangeRolledBackTellsNobody() {
        CaseReference reference = complaint("guest");
        int before = outbox("console", "guest").size();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            lifecycle.change(new CaseLifecycle.Change(reference, CaseStatus.UNDER_REVIEW, "staff", null, null));
            status.setRollbackOnly();
        });
        assertThat(outbox("console", "guest")).hasSize(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_notification", Integer.class)).isZero();
    }

    @Test
    void aMemberWhoAgreedToSmsHearsBySmsEvenHavingFiledInTheChat() {
        say("huda", "مرحبا", "3", "/contact +966501234567", "5", "لم يصلني رد على اتصالاتي منذ شهر", "تخطي", "لا", "تأكيد");
        CaseReference reference = CaseReference.parse(jdbc.queryForObject("SELECT reference FROM case_file", String.class))
                .orElseThrow();
        assertThat(outbox("sms", "+966501234567")).as("received, by SMS as agreed").containsExactly(
                "استلمنا معاملتك " + reference + "، وسنبلغك بكل جديد.");
        lifecycle.change(new CaseLifecycle.Change(reference, CaseStatus.ANSWERED, "staff:sara", null, "سيتصل بك المشرف."));
        assertThat(outbox("sms", "+966501234567")).endsWith("صدر الرد على معاملتك " + reference + "، ونصه في الرسالة التالية.",
                "سيتصل بك المشرف.");
    }

    @Test
    void anUndeliveredSmsGoesToTheNextChannel() {
        say("huda", "مرحبا", "3", "/contact +966501234567", "5", "لم يصلني رد على اتصالاتي منذ شهر", "تخطي", "لا", "تأكيد");
        CaseReference reference = CaseReference.parse(jdbc.queryForObject("SELECT reference FROM case_file", String.class))
                .orElseThrow();
        lifecycle.change(new CaseLifecycle.Change(reference, CaseStatus.UNDER_REVIEW, "staff", null, null));
        long smsId = jdbc.queryForObject("SELECT outbox_id FROM case_notification WHERE kind = 'under-review'", Long.class);
        int console = outbox("console", "huda").size();
        new TransactionTemplate(transactions).executeWithoutResult(status ->
                events.publishEvent(new MessageUndelivered(smsId, ChannelId.SMS, "30003")));
        assertThat(outbox("console", "huda").subList(console, outbox("console", "huda").size()))
                .containsExactly("شكواك رقم " + reference + " قيد الدراسة الآن، وسنبلغك بالنتيجة.");
    }

    @Test
    void quietHoursHoldAnUnpromptedNotificationUntilMorning() {
        CaseReference reference = complaint("guest");
        CLOCK.set(ZonedDateTime.parse("2026-01-04T23:30:00+03:00[Asia/Riyadh]").toInstant());
        lifecycle.change(new CaseLifecycle.Change(reference, CaseStatus.UNDER_REVIEW, "staff", null, null));
        // stored as a UTC timestamp without a zone (DbConfiguration), read the same way on H2 and MariaDB
        Instant due = jdbc.queryForObject("SELECT next_attempt_at FROM outbox ORDER BY id DESC LIMIT 1",
                LocalDateTime.class).toInstant(ZoneOffset.UTC);
        assertThat(due).isEqualTo(ZonedDateTime.parse("2026-01-05T08:00:00+03:00[Asia/Riyadh]").toInstant());
    }

    @Test
    void aCompletedCaseOffersItsSurveyOnceAfterTheDelay() {
        CaseReference reference = complaint("guest");
        lifecycle.change(new CaseLifecycle.Change(reference, CaseStatus.ANSWERED, "staff", null, "تم."));
        lifecycle.change(new CaseLifecycle.Change(reference, CaseStatus.CLOSED, "staff", null, null));
        assertThat(scheduled.runDue(10)).as("not before the delay").isZero();
        CLOCK.advance(Duration.ofMinutes(61));
        int before = outbox("console", "guest").size();
        assertThat(scheduled.runDue(10)).isEqualTo(1);
        assertThat(String.join("\n", outbox("console", "guest").subList(before, outbox("console", "guest").size())))
                .contains("تقييم الخدمة حقٌّ لك").doesNotContain("للتعرف عليك");
        CLOCK.advance(Duration.ofDays(1));
        assertThat(scheduled.runDue(10)).as("once").isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_notification WHERE kind = 'survey'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void aCaseAwaitingTheMemberAsksForItAndTakesTheReply() {
        CaseReference reference = complaint("guest");
        lifecycle.change(new CaseLifecycle.Change(reference, CaseStatus.AWAITING_MEMBER, "staff:sara", null,
                "صورة من فاتورة الاتصال"));
        assertThat(outbox("console", "guest")).last().isEqualTo(
                "نحتاج منك ما يلي لإكمال شكواك رقم " + reference + ":\nصورة من فاتورة الاتصال");
        assertThat(scheduled.runDue(10)).isEqualTo(1);
        assertThat(outbox("console", "guest")).last().asString().startsWith("اكتب ردك هنا.");
        say("guest", "أرفقت الفاتورة في رسالة سابقة وأرسلها الآن");
        say("guest", "تخطي");
        assertThat(jdbc.queryForObject("SELECT status FROM case_file", String.class)).isEqualTo("UNDER_REVIEW");
        assertThat(jdbc.queryForList("SELECT kind FROM case_event ORDER BY id", String.class))
                .containsExactly("OPENED", "STATUS_CHANGED", "MEMBER_REPLIED", "STATUS_CHANGED");
        assertThat(outbox("console", "guest")).last().asString().startsWith("شكرًا، أضفنا ردك إلى معاملتك " + reference);
    }
}
