package org.tawasul.staff.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tawasul.TawasulApplication;
import org.tawasul.channels.telegram.FakeBotApi;
import org.tawasul.testing.MutableClock;

/**
 * Staff email end to end with the member on the real Telegram adapter: updates posted to the webhook (the real
 * translator and inbox), the outbox dispatcher sending through the real TelegramBots client to WireMock standing in
 * for the Bot API (sendMessage, getFile and the file downloads), mail over GreenMail's SMTP and read back by the
 * application's IMAP reader. A complaint filed on Telegram with a photo and a document → the committee's mail with
 * both files attached → the committee's Gmail-style reply → the member's sendMessage carries only the new text →
 * the member answers on Telegram → the committee gets it in the same thread. Files over the limit or that cannot be
 * fetched are listed, and the mail still goes.
 */
@SpringBootTest(classes = TawasulApplication.class, properties = {
        "tawasul.telegram.token=" + FakeBotApi.TOKEN,
        "tawasul.telegram.mode=webhook",
        "tawasul.telegram.webhook-secret=" + TelegramStaffEmailIntegrationTests.SECRET,
        "tawasul.outbound.poll-interval=50ms",
        "tawasul.outbound.channels.telegram.per-recipient-interval=0s",
        "tawasul.mail.from=جمعية تواصل <tawasul@society.example>",
        "tawasul.mail.reply-address=tawasul+{token}@society.example",
        "tawasul.mail.token-key=an-integration-test-key-of-at-least-32-bytes",
        "tawasul.mail.attachments-max-bytes=64KB",
        "tawasul.twilio.account-sid=AC0123456789abcdef0123456789abcdef",
        "tawasul.twilio.auth-token=" + org.tawasul.channels.twilio.FakeTwilioApi.AUTH_TOKEN,
        "tawasul.twilio.from=TAWASUL", "tawasul.twilio.public-url=https://bot.example.org", "tawasul.twilio.mps=50",
        "tawasul.mail.imap.ssl=false", "tawasul.mail.imap.username=tawasul", "tawasul.mail.imap.password=secret",
        "tawasul.mail.imap.poll-interval=200ms", "tawasul.mail.imap.retry-after=200ms"})
@AutoConfigureMockMvc
@Import(TelegramStaffEmailIntegrationTests.Config.class)
@DirtiesContext // stops the dispatcher and the IMAP reader after the class
abstract class TelegramStaffEmailIntegrationTests {

    static final String SECRET = "s3cret_-Value-0123456789abcdefghij";
    static final Instant MORNING = ZonedDateTime.parse("2026-01-04T10:00:00+03:00[Asia/Riyadh]").toInstant();
    static final MutableClock CLOCK = new MutableClock(MORNING);
    static final String COMMITTEE = "follow-up-committee@example.org";
    static final FakeBotApi TELEGRAM = new FakeBotApi(); // shared by the H2 and MariaDB classes of one JVM
    static final org.tawasul.channels.twilio.FakeTwilioApi TWILIO = new org.tawasul.channels.twilio.FakeTwilioApi();
    // on MariaDB a lease (mailbox reader, outbox dispatcher) an earlier run left is taken over once it expires (60 s)
    static final Duration PATIENCE = Duration.ofSeconds(75);
    private static final AtomicInteger UPDATE = new AtomicInteger(9000);

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("tawasul@society.example", "tawasul", "secret"))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void fakes(DynamicPropertyRegistry registry) {
        registry.add("tawasul.telegram.api-url", TELEGRAM::url);
        registry.add("tawasul.twilio.api-url", () -> TWILIO.url().toString());
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> GREEN_MAIL.getSmtp().getPort());
        registry.add("tawasul.mail.imap.host", () -> "127.0.0.1");
        registry.add("tawasul.mail.imap.port", () -> GREEN_MAIL.getImap().getPort());
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Config {
        @Bean
        @Primary
        java.time.Clock testClock() {
            return CLOCK;
        }
    }

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;

    @BeforeEach
    void clean() throws Exception {
        CLOCK.set(MORNING);
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                    "SELECT COUNT(*) FROM outbox WHERE status = 'PENDING'", Integer.class) == 0);
        } catch (org.awaitility.core.ConditionTimeoutException stillPending) {
            // deleted below with the outbox
        }
        // GreenMail is not purged: after a purge (or in a new server, with MariaDB's cursor of an earlier run) it numbers
        // new mail from 1 again under the same UIDVALIDITY, which the reader's cursor (rightly) skips; the cursor is
        // deleted instead, the folder read again from the start and the mail already stored (email inbox rows are
        // kept) recognised by its Message-ID. Each test finds its mail by its case's reference.
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            for (String table : List.of("mail_cursor", "mail_attachment", "mail_thread", "mail_explanation", "case_notification",
                    "scheduled_turn", "survey_response", "case_event", "case_file", "member_link", "beneficiary_choice",
                    "member", "outbox", "inbox", "conversation", "identification_failure", "channel_address")) {
                // the reader may see an earlier test's mail again after the purge: kept, it is known and does nothing
                jdbc.update("DELETE FROM " + table + (table.equals("inbox") ? " WHERE channel <> 'email'" : ""));
            }
        });
        TELEGRAM.server.resetRequests();
        TWILIO.server.resetRequests();
    }

    // --- the member on Telegram --------------------------------------------------------------------

    /** Posts one update of the chat to the webhook, as Telegram does. */
    void update(long chat, String content) throws Exception {
        int id = UPDATE.incrementAndGet();
        String json = content.startsWith("\"callback\":")
                ? """
                  {"update_id": %d, "callback_query": {"id": "cb-%d", "chat_instance": "ci", "data": "%s",
                   "from": {"id": %d, "is_bot": false, "first_name": "نورة"},
                   "message": {"message_id": 1, "date": 1767510000, "chat": {"id": %d, "type": "private"}, "text": "?"}}}"""
                        .formatted(id, id, content.substring("\"callback\":".length()), chat, chat)
                : """
                  {"update_id": %d, "message": {"message_id": %d, "date": 1767510000, "chat": {"id": %d, "type": "private"},
                   "from": {"id": %d, "is_bot": false, "first_name": "نورة"}, %s}}""".formatted(id, id, chat, chat, content);
        mvc.perform(post("/webhooks/telegram").contentType(MediaType.APPLICATION_JSON).content(json)
                .header("X-Telegram-Bot-Api-Secret-Token", SECRET)).andExpect(status().isOk());
    }

    static String text(String text) {
        return "\"text\": \"" + text + "\"";
    }

    static String button(String key) {
        return "\"callback\":" + key;
    }

    static String contact(long chat, String phone) {
        return "\"contact\": {\"phone_number\": \"" + phone + "\", \"first_name\": \"نورة\", \"user_id\": " + chat + "}";
    }

    static String photo(String fileId, long size) {
        return "\"photo\": [{\"file_id\": \"" + fileId + "-s\", \"file_unique_id\": \"s\", \"width\": 90, \"height\": 90, "
                + "\"file_size\": 900}, {\"file_id\": \"" + fileId + "\", \"file_unique_id\": \"b\", \"width\": 800, "
                + "\"height\": 600, \"file_size\": " + size + "}]";
    }

    static String document(String fileId, String name, long size) {
        return "\"document\": {\"file_id\": \"" + fileId + "\", \"file_unique_id\": \"d\", \"file_name\": \"" + name
                + "\", \"mime_type\": \"application/pdf\", \"file_size\": " + size + "}";
    }

    /** What the bot sent the chat through sendMessage (the request bodies). */
    static List<String> toChat(long chat) {
        return TELEGRAM.sent("sendmessage").stream().filter(body -> body.contains("\"chat_id\":\"" + chat + "\"")).toList();
    }

    /** A complaint with a photo and a document, filed through Telegram updates; returns its reference. */
    String complaint(long chat, String photoId, long photoSize, String documentId, long documentSize) throws Exception {
        update(chat, text("مرحبا"));
        update(chat, button("complaint"));
        update(chat, contact(chat, "96659" + String.format("%07d", chat)));
        update(chat, button("finance"));
        update(chat, text("لم تُصرف مستحقاتي عن توريد التمور منذ ثلاثة أشهر"));
        update(chat, photo(photoId, photoSize));
        update(chat, document(documentId, "عقد التوريد.pdf", documentSize));
        update(chat, button("no"));
        update(chat, button("confirm"));
        String reference = jdbc.queryForObject("SELECT reference FROM case_file WHERE address = ?", String.class,
                String.valueOf(chat));
        await().atMost(PATIENCE).until(() -> toChat(chat).stream().anyMatch(body -> body.contains(reference)));
        return reference;
    }

    // --- the mailbox -----------------------------------------------------------------------------

    static List<MimeMessage> mailTo(String address) {
        return Arrays.stream(GREEN_MAIL.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(address));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    static MimeMessage awaitMail(String address, int count) {
        await().atMost(PATIENCE).until(() -> mailTo(address).size() >= count);
        return mailTo(address).get(count - 1);
    }

    /** The case's mail to the address whose subject starts with {@code [reference]} and has {@code marker}. */
    static MimeMessage awaitCaseMail(String address, String reference, String marker) {
        await().atMost(PATIENCE).until(() -> caseMail(address, reference, marker) != null);
        return caseMail(address, reference, marker);
    }

    private static MimeMessage caseMail(String address, String reference, String marker) {
        return mailTo(address).stream().filter(m -> {
            try {
                return m.getSubject().startsWith("[" + reference + "]") && m.getSubject().contains(marker);
            } catch (Exception e) {
                return false;
            }
        }).findFirst().orElse(null);
    }

    static String plainText(Part part) throws Exception {
        if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = plainText(multipart.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The attached parts of a mail. */
    static List<BodyPart> attachments(MimeMessage mail) throws Exception {
        List<BodyPart> files = new ArrayList<>();
        if (mail.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                if (Part.ATTACHMENT.equalsIgnoreCase(multipart.getBodyPart(i).getDisposition())) {
                    files.add(multipart.getBodyPart(i));
                }
            }
        }
        return files;
    }

    static MimeMessage reply(MimeMessage to, String from, String body) throws Exception {
        MimeMessage reply = new MimeMessage(Session.getInstance(new Properties()));
        reply.setFrom(new InternetAddress(from));
        reply.setRecipients(Message.RecipientType.TO, to.getReplyTo());
        reply.setSubject("Re: " + to.getSubject(), "UTF-8");
        reply.setHeader("In-Reply-To", to.getMessageID());
        reply.setHeader("References", to.getHeader("References", " ") + " " + to.getMessageID());
        reply.setText(body, "UTF-8");
        reply.saveChanges();
        reply.setHeader("Message-ID", "<telegram-reply-" + java.util.UUID.randomUUID() + "@example.org>"); // unique across runs: MariaDB keeps the inbox
        return reply;
    }

    static String gmailArabic(String text, MimeMessage quoted) throws Exception {
        StringBuilder quote = new StringBuilder();
        plainText(quoted).lines().limit(12).forEach(line -> quote.append("> ").append(line).append('\n'));
        return text + "\n\nفي الأحد، 4 يناير 2026 في 10:05 ص، جمعية تواصل <tawasul@society.example> كتب:\n" + quote;
    }

    static byte[] bytes(int size, int seed) {
        byte[] content = new byte[size];
        for (int i = 0; i < size; i++) {
            content[i] = (byte) (i * seed + 11);
        }
        return content;
    }

    // --- tests -------------------------------------------------------------------------------------

    @Test
    void aComplaintFiledOnTelegramReachesTheCommitteeWithItsFilesAndTheyTalkThroughTheBot() throws Exception {
        long chat = 7001;
        byte[] photo = bytes(20_000, 31);
        byte[] contract = bytes(30_000, 17);
        TELEGRAM.file("AgAC-e2e-photo", "photos/file_11.jpg", photo, 20_000L);
        TELEGRAM.file("BQAC-e2e-contract", "documents/file_12.pdf", contract, 30_000L);
        String reference = complaint(chat, "AgAC-e2e-photo", 20_000, "BQAC-e2e-contract", 30_000);

        MimeMessage notice = awaitCaseMail(COMMITTEE, reference, "شكوى");
        assertThat(notice.getSubject()).startsWith("[" + reference + "] شكوى: ");
        assertThat(notice.getContentType()).startsWith("multipart/mixed");
        List<BodyPart> files = attachments(notice);
        assertThat(files).extracting(BodyPart::getFileName).extracting(name -> {
            try {
                return MimeUtility.decodeText(name);
            } catch (Exception e) {
                return name;
            }
        }).containsExactly("attachment.jpg", "attachment-2.pdf");
        assertThat(files.get(0).getContentType()).startsWith("image/jpeg");
        assertThat(files.get(0).getInputStream().readAllBytes()).isEqualTo(photo);
        assertThat(files.get(1).getContentType()).startsWith("application/pdf");
        assertThat(files.get(1).getInputStream().readAllBytes()).isEqualTo(contract);
        String body = plainText(notice);
        assertThat(body).contains(reference).contains("صورة «attachment»").contains("مستند «attachment-2»")
                .doesNotContain("AgAC-e2e-photo").doesNotContain("لم تُرفق");

        // the committee answers from its mailbox, the whole quote below
        GREEN_MAIL.getUserManager().getUser("tawasul").deliver(
                reply(notice, COMMITTEE, gmailArabic("نعتذر عن التأخير، سيتصل بك مشرف الخدمة غدًا صباحًا.", notice)));
        await().atMost(PATIENCE).until(() -> toChat(chat).stream().anyMatch(m -> m.contains("سيتصل بك مشرف الخدمة غدًا صباحًا")));
        String relayed = toChat(chat).stream().filter(m -> m.contains("مشرف الخدمة")).findFirst().orElseThrow();
        assertThat(relayed).contains(reference).doesNotContain("كتب").doesNotContain(">").doesNotContain("tawasul@");

        // the member answers on Telegram: the committee gets it in the same thread
        update(chat, text("شكرا لكم، في أي ساعة تقريبا؟"));
        MimeMessage answer = awaitCaseMail(COMMITTEE, reference, "رد مقدم الطلب");
        assertThat(plainText(answer)).contains("في أي ساعة تقريبا");
        assertThat(answer.getHeader("In-Reply-To", null)).isEqualTo(notice.getHeader("In-Reply-To", null));
        assertThat(answer.getHeader("References", null)).isEqualTo("<tawasul.thread." + reference + "@society.example>");
        assertThat(attachments(answer)).as("the files go with the case's first mail only").isEmpty();
        await().atMost(PATIENCE).until(() -> toChat(chat).stream().anyMatch(m -> m.contains("وصلت رسالتك")));
    }

    @Test
    void aFileThatCannotBeFetchedIsListedAndTheMailStillGoesWithTheOther() throws Exception {
        long chat = 7002;
        byte[] contract = bytes(10_000, 13);
        TELEGRAM.fileGone("AgAC-gone-photo");
        TELEGRAM.file("BQAC-small-contract", "documents/file_22.pdf", contract, 10_000L);
        String reference = complaint(chat, "AgAC-gone-photo", 5000, "BQAC-small-contract", 10_000);

        MimeMessage notice = awaitCaseMail(COMMITTEE, reference, "شكوى");
        assertThat(notice.getSubject()).startsWith("[" + reference + "]");
        assertThat(attachments(notice)).singleElement().satisfies(file -> {
            assertThat(file.getFileName()).isEqualTo("attachment-2.pdf");
            assertThat(file.getInputStream().readAllBytes()).isEqualTo(contract);
        });
        assertThat(plainText(notice)).contains("ملفات أرسلها العضو ولم تُرفق بهذه الرسالة (حد المرفقات 64 ك.ب")
                .contains("• attachment (صورة): تعذّر جلبه من قناة العضو").doesNotContain("• attachment-2 (");
    }

    @Test
    void theLimitIsForAllFilesTogetherAndAFileOverWhatIsLeftIsListedWithItsSizeNotDownloaded() throws Exception {
        long chat = 7003;
        byte[] photo = bytes(40 * 1024, 7);
        TELEGRAM.file("AgAC-40k-photo", "photos/file_31.jpg", photo, 40L * 1024);
        TELEGRAM.file("BQAC-30k-contract", "documents/file_32.pdf", bytes(30 * 1024, 5), 30L * 1024); // 70 KB > 64 KB
        String reference = complaint(chat, "AgAC-40k-photo", 40 * 1024, "BQAC-30k-contract", 30 * 1024);

        MimeMessage notice = awaitCaseMail(COMMITTEE, reference, "شكوى");
        assertThat(attachments(notice)).singleElement().satisfies(file -> {
            assertThat(file.getFileName()).isEqualTo("attachment.jpg");
            assertThat(file.getInputStream().readAllBytes()).isEqualTo(photo);
        });
        assertThat(plainText(notice)).contains("• attachment-2 (مستند، 30 ك.ب): أكبر من المتبقي من حد المرفقات");
        assertThat(TELEGRAM.downloads()).as("only the photo: getFile stated the document's size").isEqualTo(1);
    }

    @Autowired org.tawasul.cases.CaseService caseService;

    @Test
    void aLongReplyToAMemberOnSmsIsCutWithinThreeSegmentsWithTheNoteAndTheCaseKeepsItWhole() throws Exception {
        String phone = "+966501112233";
        String reference = new TransactionTemplate(transactions).execute(status -> caseService.open(new org.tawasul.cases.OpenCase(
                org.tawasul.cases.CaseType.COMPLAINT, null, null, null, null, "sms", phone,
                org.tawasul.conversations.message.Language.AR, java.util.Map.of("description", "لم يصلني الدعم حتى الآن"),
                null, MORNING)).reference().value());
        MimeMessage notice = awaitCaseMail(COMMITTEE, reference, "شكوى");
        String longReply = "نعتذر عن التأخير في صرف الدعم. ".repeat(12).strip(); // about 370 letters: 6 UCS-2 segments
        GREEN_MAIL.getUserManager().getUser("tawasul").deliver(reply(notice, COMMITTEE, longReply));
        await().atMost(PATIENCE).until(() -> !TWILIO.creates().isEmpty());
        String sms = TWILIO.creates().get(0).get("Body");
        assertThat(sms).contains(reference).startsWith("لجنة").endsWith("تابعها عبر تيليجرام)");
        assertThat(org.tawasul.channels.twilio.SmsSegments.of(sms).count()).isEqualTo(3);
        assertThat(TWILIO.creates().get(0).get("To")).isEqualTo(phone);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_event WHERE kind = 'STAFF_MESSAGE'", Integer.class))
                .isEqualTo(1);
    }
}
