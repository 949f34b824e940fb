package org.tawasul.channels.twilio.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tawasul.db.privacy.PiiCipher;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tawasul.TawasulApplication;
import org.tawasul.cases.CaseLifecycle;
import org.tawasul.cases.CaseReference;
import org.tawasul.cases.CaseStatus;
import org.tawasul.channels.ChannelId;
import org.tawasul.channels.telegram.FakeBotApi;
import org.tawasul.channels.twilio.FakeTwilioApi;
import org.tawasul.channels.twilio.TwilioSignatures;
import org.tawasul.conversations.message.Inbound;
import org.tawasul.db.member.MemberDetails;
import org.tawasul.db.member.MemberRegistry;
import org.tawasul.testing.MutableClock;
import org.tawasul.turns.InboundTurn;
import org.tawasul.turns.ScheduledTurns;
import org.tawasul.turns.TurnProcessor;

/**
 * Members hear back, end to end: requests filed on Telegram, case changes made by staff, the outbox
 * dispatcher sending through the real Telegram client and the real Twilio SDK (each pointed at a
 * WireMock stand-in), and Twilio's signed callbacks and keywords coming back through the webhooks.
 */
@SpringBootTest(classes = TawasulApplication.class, properties = {
        "tawasul.telegram.token=" + FakeBotApi.TOKEN,
        "tawasul.telegram.mode=send-only",
        "tawasul.twilio.account-sid=AC0123456789abcdef0123456789abcdef",
        "tawasul.twilio.auth-token=" + FakeTwilioApi.AUTH_TOKEN,
        "tawasul.twilio.from=TAWASUL",
        "tawasul.twilio.public-url=https://bot.example.org",
        "tawasul.twilio.mps=50",
        "tawasul.twilio.sms-two-way=false",
        "tawasul.notifications.bot-username=TawasulSocietyBot",
        "tawasul.outbound.poll-interval=50ms",
        "tawasul.outbound.channels.telegram.per-recipient-interval=0s"})
@AutoConfigureMockMvc
@Import(SmsEndToEndIntegrationTests.Config.class)
@DirtiesContext // stops the dispatcher's thread after the class
abstract class SmsEndToEndIntegrationTests {

    /** A Riyadh working morning: 10:00 on Sunday 4 January 2026. */
    static final Instant MORNING = ZonedDateTime.parse("2026-01-04T10:00:00+03:00[Asia/Riyadh]").toInstant();
    static final MutableClock CLOCK = new MutableClock(MORNING);
    static final FakeTwilioApi TWILIO = new FakeTwilioApi();
    static final FakeBotApi TELEGRAM = new FakeBotApi();
    static final String PHONE = "+966501234567";
    static final String CHAT = "555";
    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired MockMvc mvc;
    @Autowired TurnProcessor turns;
    @Autowired CaseLifecycle lifecycle;
    @Autowired ScheduledTurns scheduled;
    @Autowired MemberRegistry registry;
    @Autowired JdbcTemplate jdbc;
    @Autowired PiiCipher cipher;
    @Autowired PlatformTransactionManager transactions;
    private final TwilioSignatures signatures = new TwilioSignatures(FakeTwilioApi.AUTH_TOKEN);
    private int sequence;

    @TestConfiguration(proxyBeanMethods = false)
    static class Config {
        @Bean
        @Primary
        java.time.Clock testClock() {
            return CLOCK;
        }
    }

    @DynamicPropertySource
    static void fakes(DynamicPropertyRegistry registry) {
        registry.add("tawasul.twilio.api-url", () -> TWILIO.url().toString());
        registry.add("tawasul.telegram.api-url", TELEGRAM::url);
    }

    @AfterAll
    static void stopFakes() {
        // the servers are shared by the H2 and MariaDB classes of one JVM: left running, stopped with it
    }

    @BeforeEach
    void clean() {
        CLOCK.set(MORNING);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            for (String table : List.of("case_notification", "scheduled_turn", "survey_rated_case", "survey_response", "case_event", "case_file",
                    "member_link", "beneficiary_choice", "one_time_code", "member", "outbox", "inbox", "conversation", "identification_failure", "channel_address")) {
                jdbc.update("DELETE FROM " + table);
            }
            registry.upsert(new MemberDetails("M-1", "هدى العتيبي", "1000000008", PHONE, "founding", "agriculture", "ar",
                    "sms", null), Instant.now());
        });
        TWILIO.server.resetRequests();
        TWILIO.server.resetScenarios();
        TWILIO.server.getStubMappings().stream().filter(stub -> stub.getPriority() != null && stub.getPriority() == 1)
                .toList().forEach(TWILIO.server::removeStub);
        TELEGRAM.server.resetRequests();
    }

    private void say(String... lines) {
        for (String line : lines) {
            Inbound input = line.startsWith("/contact ") ? Inbound.contact(line.substring(9)) : Inbound.text(line);
            assertThat(turns.handle(ChannelId.TELEGRAM, "u" + System.nanoTime() + (++sequence), CHAT, InboundTurn.of(input)))
                    .as(line).isTrue();
        }
    }

    private CaseReference reference() {
        return CaseReference.parse(jdbc.queryForObject("SELECT reference FROM case_file", String.class)).orElseThrow();
    }

    /** The member, identified by sharing the registered phone, files a complaint on Telegram. */
    private CaseReference memberFilesOnTelegram() {
        say("مرحبا", "3", "/contact " + PHONE, "5", "لم يصلني رد على اتصالاتي منذ شهر", "تخطي", "لا", "تأكيد");
        return reference();
    }

    private List<String> smsBodies() {
        return TWILIO.creates().stream().filter(form -> PHONE.equals(form.get("To"))).map(form -> form.get("Body")).toList();
    }

    private void change(CaseReference reference, CaseStatus to, String message) {
        lifecycle.change(new CaseLifecycle.Change(reference, to, "staff:sara", null, message));
    }

    private String signedPost(String url, String path, Map<String, String> form) throws Exception {
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body.toString())
                        .header(TwilioSignatures.HEADER, signatures.sign(url, form)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private void memberTexts(String sid, String text) throws Exception {
        signedPost("https://bot.example.org/webhooks/twilio/sms", "/webhooks/twilio/sms",
                Map.of("MessageSid", sid, "From", PHONE, "To", "+14155550100", "Body", text));
    }

    private void callback(String statusCallback, String status) throws Exception {
        String query = statusCallback.substring(statusCallback.indexOf('?') + 1);
        Map<String, String> form = new LinkedHashMap<>(Map.of("MessageSid", FakeTwilioApi.SID, "MessageStatus", status,
                "To", PHONE, "AccountSid", FakeTwilioApi.ACCOUNT_SID));
        signedPost(statusCallback, "/webhooks/twilio/status?" + query, form);
    }

    @Test
    void aRequestFiledOnTelegramHearsItsStatusInArabicOnTelegram() {
        say("مرحبا", "3", "0590000000", "تخطي", "5", "لم يصلني رد على اتصالاتي منذ شهر", "تخطي", "لا", "تأكيد");
        CaseReference reference = reference();
        change(reference, CaseStatus.UNDER_REVIEW, null);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(TELEGRAM.sent("sendmessage"))
                .anySatisfy(body -> assertThat(body).contains(reference.value(), "قيد الدراسة", "\"" + CHAT + "\"")));
        assertThat(TWILIO.creates()).as("a guest without a register entry hears where they filed").isEmpty();
    }

    @Test
    void aMemberWhoAgreedToSmsHearsBySmsAndCallbacksInAnyOrderEndDelivered() throws Exception {
        CaseReference reference = memberFilesOnTelegram();
        change(reference, CaseStatus.UNDER_REVIEW, null);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(smsBodies()).hasSize(2));
        assertThat(smsBodies()).containsExactly("استلمنا معاملتك " + reference + "، وسنبلغك بكل جديد.",
                "معاملتك " + reference + " قيد الدراسة، وسنبلغك بالنتيجة."); // the SMS text, one segment
        Map<String, String> create = TWILIO.creates().get(1);
        assertThat(create).containsEntry("From", "TAWASUL");
        long outboxId = jdbc.queryForObject("SELECT outbox_id FROM case_notification WHERE kind = 'under-review'", Long.class);
        assertThat(create.get("StatusCallback")).isEqualTo("https://bot.example.org/webhooks/twilio/status?outbox=" + outboxId);
        await().atMost(PATIENCE).until(() -> "SENT".equals(jdbc.queryForObject("SELECT status FROM outbox WHERE id = ?",
                String.class, outboxId)));
        for (String status : List.of("delivered", "queued", "sent", "delivered", "sent")) {
            callback(create.get("StatusCallback"), status);
        }
        assertThat(jdbc.queryForObject("SELECT status FROM outbox WHERE id = ?", String.class, outboxId)).isEqualTo("DELIVERED");
    }

    @Test
    void afterStopNothingGoesBySmsAndAfterStartItDoesAgain() throws Exception {
        CaseReference reference = memberFilesOnTelegram();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(smsBodies()).hasSize(1));
        memberTexts("SM" + "1".repeat(32), "STOP");
        change(reference, CaseStatus.UNDER_REVIEW, null);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(TELEGRAM.sent("sendmessage"))
                .anySatisfy(body -> assertThat(body).contains(reference.value(), "قيد الدراسة")));
        assertThat(smsBodies()).as("opted out: the update went to the chat instead").hasSize(1);
        memberTexts("SM" + "2".repeat(32), "START");
        change(reference, CaseStatus.ANSWERED, "سيتصل بك المشرف.");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(smsBodies()).hasSize(3));
        assertThat(smsBodies().get(1)).contains(reference.value());
        assertThat(smsBodies().get(2)).isEqualTo("سيتصل بك المشرف.");
    }

    @Test
    void twiliosUnsubscribedAnswerOptsTheNumberOutUntilStart() throws Exception {
        TWILIO.fail(400, 21610, "Attempt to send to unsubscribed recipient");
        CaseReference reference = memberFilesOnTelegram();
        await().atMost(PATIENCE).until(() -> "OPTED_OUT".equals(jdbc.queryForList(
                "SELECT state FROM channel_address WHERE channel = 'sms' AND address = ?", String.class,
                cipher.sealAddress(PHONE))
                .stream().findFirst().orElse("ACTIVE")));
        assertThat(TWILIO.creates()).hasSize(1);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(TELEGRAM.sent("sendmessage"))
                .as("the refused SMS's notification went to the chat instead")
                .anySatisfy(body -> assertThat(body).contains(reference.value(), "وسنبلغك هنا بكل جديد")));
        change(reference, CaseStatus.UNDER_REVIEW, null);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(TELEGRAM.sent("sendmessage"))
                .anySatisfy(body -> assertThat(body).contains(reference.value(), "قيد الدراسة")));
        assertThat(TWILIO.creates()).as("not tried again").hasSize(1);
    }

    @Test
    void completionInvitesTheSmsMemberToRateOnTelegramOnceAfterTheDelay() {
        CaseReference reference = memberFilesOnTelegram();
        change(reference, CaseStatus.ANSWERED, "تم.");
        change(reference, CaseStatus.CLOSED, null);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(smsBodies()).hasSize(3)); // received, answered, its text
        String link = "t.me/TawasulSocietyBot?start=rate_" + reference;
        assertThat(smsBodies()).noneMatch(body -> body.contains("rate_"));
        CLOCK.advance(Duration.ofMinutes(61));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(smsBodies()).contains(link));
        CLOCK.advance(Duration.ofDays(1));
        scheduled.runDue(10);
        await().pollDelay(Duration.ofSeconds(1)).atMost(PATIENCE).untilAsserted(() ->
                assertThat(smsBodies().stream().filter(body -> body.contains("rate_"))).hasSize(1));
        assertThat(TELEGRAM.sent("sendmessage")).noneMatch(body -> body.contains("rate_"));
    }

    @Test
    void quietHoursHoldAnSmsUntilMorning() {
        CaseReference reference = memberFilesOnTelegram();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(smsBodies()).hasSize(1));
        CLOCK.set(ZonedDateTime.parse("2026-01-04T23:30:00+03:00[Asia/Riyadh]").toInstant());
        change(reference, CaseStatus.UNDER_REVIEW, null);
        await().pollDelay(Duration.ofSeconds(2)).atMost(PATIENCE).untilAsserted(() -> assertThat(smsBodies()).hasSize(1));
        CLOCK.set(ZonedDateTime.parse("2026-01-05T08:00:01+03:00[Asia/Riyadh]").toInstant());
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(smsBodies()).hasSize(2));
    }

    private List<Boolean> chatVerified() {
        return jdbc.queryForList("SELECT verified FROM member_link WHERE channel = 'telegram' AND address = ?", Boolean.class, CHAT);
    }

    @Test
    void aMemberIdentifiedByTypedDetailsGetsACodeOnTheRegisteredPhoneAndOnlyTheRightCodeVerifiesTheChat() {
        say("متابعة معاملة", "0501234567", "1000000008");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(smsBodies()).hasSize(1));
        assertThat(TWILIO.creates()).as("the code goes to the registered phone only").hasSize(1)
                .allSatisfy(form -> assertThat(form).containsEntry("To", PHONE).containsEntry("From", "TAWASUL"));
        String sms = smsBodies().get(0);
        assertThat(sms).matches("[0-9]{6} رمز التحقق لدى الجمعية التعاونية\\. لا تشاركه مع أحد\\.");
        String code = sms.substring(0, 6);
        assertThat(jdbc.queryForList("SELECT code_hash FROM one_time_code", String.class)).singleElement()
                .satisfies(hash -> assertThat(hash).doesNotContain(code));
        assertThat(chatVerified()).as("identified for this dialog only").containsExactly(false);

        String wrong = (char) ('0' + (code.charAt(0) - '0' + 1) % 10) + code.substring(1);
        say(wrong);
        assertThat(chatVerified()).as("a wrong code verifies nothing").containsExactly(false);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(TELEGRAM.sent("sendmessage"))
                .anySatisfy(body -> assertThat(body).contains("الرمز غير صحيح")));

        say(code);
        assertThat(chatVerified()).as("the right code links the chat for good").containsExactly(true);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(TELEGRAM.sent("sendmessage"))
                .anySatisfy(body -> assertThat(body).contains("تم التحقق من رقمك")));
        assertThat(TWILIO.creates()).as("no second code, nothing to another number").hasSize(1);
    }

    @Test
    void twiliosInvalidNumberAnswerFlagsTheMemberForStaff() {
        TWILIO.fail(400, 21211, "The 'To' number +966501234567 is not a valid phone number.");
        memberFilesOnTelegram();
        await().atMost(PATIENCE).until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM member WHERE phone_invalid_at IS NOT NULL",
                Integer.class) == 1);
        assertThat(jdbc.queryForObject("SELECT phone_invalid_reason FROM member", String.class))
                .contains("sms", "21211").doesNotContain("501234567");
        assertThat(jdbc.queryForObject("SELECT state FROM channel_address WHERE channel = 'sms'", String.class)).isEqualTo("INVALID");
    }
}
