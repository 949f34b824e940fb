package org.tawasul.staff.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
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
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tawasul.TawasulApplication;
import org.tawasul.channels.ChannelId;
import org.tawasul.conversations.message.Inbound;
import org.tawasul.testing.MutableClock;
import org.tawasul.turns.InboundTurn;
import org.tawasul.turns.TurnProcessor;

/**
 * Staff answer by email, end to end, with the application's own outbox dispatcher sending over SMTP and its
 * IMAP reader reading the staff mailbox, both against GreenMail: a complaint filed in the chat reaches the
 * committee by email with a signed reply address and the answers; the committee's Arabic Gmail-style reply
 * reaches the member without the quoted mail; the member's answer reaches the committee in the same thread;
 * {@code #تم} answers the case and the survey follows. Replies delivered twice are relayed once; forged,
 * tampered and automatic mail relays nothing.
 */
@SpringBootTest(classes = TawasulApplication.class, properties = {"spring.main.web-application-type=none",
        "tawasul.mail.from=جمعية تواصل <tawasul@society.example>",
        "tawasul.mail.reply-address=tawasul+{token}@society.example",
        "tawasul.mail.token-key=an-integration-test-key-of-at-least-32-bytes",
        "tawasul.mail.imap.ssl=false", "tawasul.mail.imap.username=tawasul", "tawasul.mail.imap.password=secret",
        "tawasul.mail.imap.poll-interval=200ms", "tawasul.mail.imap.retry-after=200ms"})
@Import(StaffEmailIntegrationTests.Config.class)
abstract class StaffEmailIntegrationTests {

    static final Instant MORNING = ZonedDateTime.parse("2026-01-04T10:00:00+03:00[Asia/Riyadh]").toInstant();
    static final MutableClock CLOCK = new MutableClock(MORNING);
    static final String COMMITTEE = "follow-up-committee@example.org";

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("tawasul@society.example", "tawasul", "secret"))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
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

    @Autowired TurnProcessor turns;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @BeforeEach
    void clean() throws Exception {
        CLOCK.set(MORNING);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            for (String table : List.of("mail_thread", "mail_explanation", "case_notification", "scheduled_turn",
                    "survey_response", "case_event", "case_file", "member_link", "member", "outbox", "inbox", "conversation",
                    "identification_failure", "channel_address")) {
                jdbc.update("DELETE FROM " + table);
            }
        });
        GREEN_MAIL.purgeEmailFromAllMailboxes();
    }

    // --- helpers ---------------------------------------------------------------------------------

    void say(String address, String... lines) {
        for (String line : lines) {
            assertThat(turns.handle(ChannelId.CONSOLE, "c" + SEQUENCE.incrementAndGet(), address,
                    InboundTurn.of(Inbound.text(line)))).as(line).isTrue();
        }
    }

    String complaint(String address) {
        say(address, "مرحبا", "3", "0590000000", "تخطي", "5", "لم يصلني رد على اتصالاتي منذ شهر", "تخطي", "لا", "تأكيد");
        return jdbc.queryForObject("SELECT reference FROM case_file WHERE address = ?", String.class, address);
    }

    List<String> member(String address) {
        return jdbc.queryForList("SELECT body FROM outbox WHERE channel = 'console' AND recipient = ? ORDER BY id",
                String.class, address);
    }

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
        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(address).size() >= count);
        return mailTo(address).get(count - 1);
    }

    /** The text/plain part of a mail. */
    static String text(jakarta.mail.Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = text(multipart.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The same mail, byte for byte (a second delivery). */
    static MimeMessage copy(MimeMessage mail) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        mail.writeTo(bytes);
        return new MimeMessage(Session.getInstance(new Properties()), new java.io.ByteArrayInputStream(bytes.toByteArray()));
    }

    /** A reply as a person's mail client writes it, put in the staff mailbox as the mail server would. */
    static MimeMessage reply(MimeMessage to, String from, String body, String... extraHeaders) throws Exception {
        MimeMessage reply = new MimeMessage(Session.getInstance(new Properties()));
        reply.setFrom(new InternetAddress(from));
        reply.setRecipients(Message.RecipientType.TO, to.getReplyTo());
        reply.setSubject("Re: " + to.getSubject(), "UTF-8");
        reply.setHeader("In-Reply-To", to.getMessageID());
        reply.setHeader("References", to.getHeader("References", " ") + " " + to.getMessageID());
        for (int i = 0; i + 1 < extraHeaders.length; i += 2) {
            reply.setHeader(extraHeaders[i], extraHeaders[i + 1]);
        }
        reply.setText(body, "UTF-8");
        reply.saveChanges();
        reply.setHeader("Message-ID", "<reply-" + SEQUENCE.incrementAndGet() + "@example.org>");
        return copy(reply);
    }

    static void deliver(MimeMessage mail) throws Exception {
        GreenMailUser mailbox = GREEN_MAIL.getUserManager().getUser("tawasul");
        mailbox.deliver(mail);
    }

    static String gmailArabic(String text, MimeMessage quoted) throws Exception {
        StringBuilder quote = new StringBuilder();
        text(quoted).lines().limit(12).forEach(line -> quote.append("> ").append(line).append('\n'));
        return text + "\n\nفي الأحد، 4 يناير 2026 في 10:05 ص، جمعية تواصل <tawasul@society.example> كتب:\n" + quote;
    }

    // --- tests -----------------------------------------------------------------------------------

    @Test
    void theCommitteeAnswersByEmailAndTheMemberAndCommitteeTalkThroughTheBot() throws Exception {
        String reference = complaint("guest");

        MimeMessage notice = awaitMail(COMMITTEE, 1);
        assertThat(notice.getSubject()).startsWith("[" + reference + "] شكوى: ");
        assertThat(notice.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        assertThat(((InternetAddress) notice.getReplyTo()[0]).getAddress()).matches("tawasul\\+[a-z2-7]+@society\\.example");
        assertThat(notice.getHeader("References", null)).isEqualTo("<tawasul.thread." + reference + "@society.example>");
        String body = text(notice);
        assertThat(body).contains(reference).contains("#تم").contains("1447");

        deliver(reply(notice, COMMITTEE, gmailArabic("نعتذر عن التأخير، سيتصل بك مشرف الخدمة غدًا صباحًا.", notice)));
        await().atMost(Duration.ofSeconds(20)).until(() -> member("guest").stream()
                .anyMatch(m -> m.contains("سيتصل بك مشرف الخدمة غدًا صباحًا")));
        String relayed = member("guest").stream().filter(m -> m.contains("مشرف الخدمة")).findFirst().orElseThrow();
        assertThat(relayed).contains(reference).doesNotContain("كتب").doesNotContain(">");

        say("guest", "شكرا لكم، في أي ساعة تقريبا؟");
        MimeMessage answer = awaitMail(COMMITTEE, 2);
        assertThat(text(answer)).contains("في أي ساعة تقريبا");
        assertThat(answer.getHeader("In-Reply-To", null)).isEqualTo(notice.getHeader("In-Reply-To", null));
        assertThat(answer.getSubject()).contains(reference);

        deliver(reply(answer, COMMITTEE, "#تم\nتم حل المشكلة، وسيصلك الدعم هذا الأسبوع.\n\n-- \nلجنة المتابعة"));
        await().atMost(Duration.ofSeconds(20)).until(() ->
                "ANSWERED".equals(jdbc.queryForObject("SELECT status FROM case_file", String.class)));
        await().atMost(Duration.ofSeconds(20)).until(() -> member("guest").stream()
                .anyMatch(m -> m.contains("يسعدنا تقييمك")));
        assertThat(String.join("\n", member("guest"))).contains("تم حل المشكلة، وسيصلك الدعم هذا الأسبوع.")
                .doesNotContain("لجنة المتابعة");
    }

    @Test
    void aReplyDeliveredTwiceIsRelayedOnce() throws Exception {
        complaint("guest");
        MimeMessage notice = awaitMail(COMMITTEE, 1);
        MimeMessage reply = reply(notice, COMMITTEE, "سنراجع طلبك اليوم.");
        deliver(reply);
        deliver(copy(reply));
        await().atMost(Duration.ofSeconds(20)).until(() ->
                jdbc.queryForObject("SELECT COUNT(*) FROM inbox WHERE channel = 'email'", Integer.class) >= 1
                        && jdbc.queryForObject("SELECT COUNT(*) FROM inbox WHERE channel = 'email' AND processed_at IS NULL",
                        Integer.class) == 0);
        Thread.sleep(1000); // the second copy has been read by now (poll interval 200 ms)
        assertThat(member("guest").stream().filter(m -> m.contains("سنراجع طلبك اليوم")))
                .as("relayed once; inbox: %s", jdbc.queryForList("SELECT provider_id FROM inbox WHERE channel = 'email'",
                        String.class)).hasSize(1);
    }

    @Test
    void forgedTamperedAndAutomaticMailRelaysNothing() throws Exception {
        complaint("guest");
        MimeMessage notice = awaitMail(COMMITTEE, 1);
        int before = member("guest").size();
        deliver(reply(notice, "someone@elsewhere.example", "نص مزور من غريب"));
        deliver(reply(notice, "consumer@example.org", "نص من موظف ليس على الطلب"));
        deliver(reply(notice, "consumer@example.org", "نص ثان من موظف ليس على الطلب"));
        MimeMessage tampered = reply(notice, COMMITTEE, "نص برمز معدل");
        String address = ((InternetAddress) notice.getReplyTo()[0]).getAddress();
        String token = address.substring(address.indexOf('+') + 1, address.indexOf('@'));
        char last = token.charAt(token.length() - 1);
        tampered.setRecipients(Message.RecipientType.TO, address.replace(token,
                token.substring(0, token.length() - 1) + (last == 'a' ? 'b' : 'a')));
        deliver(tampered);
        deliver(reply(notice, COMMITTEE, "أنا خارج المكتب حتى الأحد", "Auto-Submitted", "auto-replied"));
        await().atMost(Duration.ofSeconds(20)).until(() ->
                jdbc.queryForObject("SELECT COUNT(*) FROM inbox WHERE channel = 'email' AND processed_at IS NOT NULL",
                        Integer.class) == 5);
        assertThat(member("guest")).hasSize(before);
        MimeMessage explanation = awaitMail("consumer@example.org", 1);
        assertThat(text(explanation)).contains("ليس من المسؤولين");
        Thread.sleep(500);
        assertThat(mailTo("consumer@example.org")).as("one explanation an hour").hasSize(1);
        assertThat(mailTo("someone@elsewhere.example")).as("strangers are never answered").isEmpty();
        assertThat(mailTo(COMMITTEE)).as("the committee: its notice and one explanation for the tampered token")
                .hasSize(2);
    }
}
