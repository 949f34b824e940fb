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
        "tawasul.mail.imap.poll-interval=200ms", "tawasul.mail.imap.retry-after=200ms",
        "tawasul.mail.imap.stale-after=5s"})
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
    @Autowired org.tawasul.db.privacy.PiiCipher cipher;
    @Autowired PlatformTransactionManager transactions;
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @BeforeEach
    void clean() throws Exception {
        CLOCK.set(MORNING);
        // the previous test's mail is sent before the mailboxes are emptied
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                    "SELECT COUNT(*) FROM outbox WHERE channel = 'email' AND status = 'PENDING'", Integer.class) == 0);
        } catch (org.awaitility.core.ConditionTimeoutException stillPending) {
            // a mail the server refused waits for a retry: it is deleted below with the outbox
        }
        Thread.sleep(300);
        purgeAllButTheStaffFolder();
        Thread.sleep(300);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            // (a MariaDB database outlives the run: what one run recorded must not count in the next)
            for (String table : List.of("mail_attachment", "mail_deadline_notice", "mail_digest", "mail_thread",
                    "mail_explanation", "case_notification", "scheduled_turn", "survey_rated_case",
                    "survey_response", "case_event", "case_file", "member_link", "beneficiary_choice", "member", "outbox", "inbox", "conversation",
                    "identification_failure", "channel_address")) {
                jdbc.update("DELETE FROM " + table);
            }
        });
    }

    /**
     * Empties every mailbox but the staff folder the reader has open. GreenMail's own purge also empties that folder
     * behind the reader's open IMAP session (no EXPUNGE reaches it), and in a whole-class run a later test's reader
     * then stored mail under the Message-IDs of an earlier test's mails. The staff folder keeps its mail; the reader's
     * position ({@code mail_cursor}, not emptied) is past it, as on a real mailbox.
     */
    static void purgeAllButTheStaffFolder() throws Exception {
        var imap = GREEN_MAIL.getManagers().getImapHostManager();
        String staffFolder = imap.getInbox(GREEN_MAIL.getUserManager().getUser("tawasul")).getFullName();
        for (var folder : imap.getStore().listMailboxes("*")) {
            if (!folder.getFullName().equals(staffFolder)) {
                folder.deleteAllMessages();
            }
        }
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
                String.class, address).stream().map(cipher::decrypt).toList(); // bodies are stored encrypted
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

    static MimeMessage parse(byte[] raw) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new java.io.ByteArrayInputStream(raw));
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
    void theMailOfOneCaseRunsInOrderWhateverNamesItAndOtherCasesRunBesideIt() throws Exception {
        String first = complaint("alice");
        MimeMessage toAlice = awaitMail(COMMITTEE, 1);
        complaint("bob");
        MimeMessage toBob = awaitMail(COMMITTEE, 2);
        // one by the reply token, one by our thread alone (sent to the plain address), one on another case, and one
        // naming no case at all
        deliver(reply(toAlice, COMMITTEE, "الرد الأول على طلبك."));
        deliver(reply(toAlice, COMMITTEE, "الرد الثاني على طلبك.", "To", "tawasul@society.example"));
        deliver(reply(toBob, COMMITTEE, "رد على طلبك يا بوب."));
        MimeMessage stray = reply(toBob, COMMITTEE, "رسالة بلا حالة.", "To", "tawasul@society.example");
        stray.removeHeader("In-Reply-To");
        stray.removeHeader("References");
        stray.saveChanges();
        stray.setHeader("Message-ID", "<stray-" + SEQUENCE.incrementAndGet() + "@example.org>");
        deliver(stray);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM inbox WHERE channel = 'email' AND processed_at IS NOT NULL", Integer.class) == 4);
        assertThat(member("alice").stream().filter(m -> m.contains("على طلبك")).toList())
                .satisfiesExactly(m -> assertThat(m).contains("الرد الأول"), m -> assertThat(m).contains("الرد الثاني"));
        assertThat(member("bob")).anyMatch(m -> m.contains("يا بوب"));
        long alice = caseId(first);
        long bob = jdbc.queryForObject("SELECT id FROM case_file WHERE address = 'bob'", Long.class);
        assertThat(jdbc.queryForList("SELECT address FROM inbox WHERE channel = 'email' ORDER BY id", String.class))
                .containsExactly("case:" + alice, "case:" + alice, "case:" + bob, COMMITTEE);
    }

    @Autowired MailThreads threads;

    @Test
    void twoMailsOfOneSenderRunningSideBySideGetOneExplanation() throws Exception {
        String sender = "officer@example.org";
        jdbc.update("INSERT INTO mail_explanation (sender, last_sent_at) VALUES (?, ?)", sender,
                java.sql.Timestamp.from(CLOCK.instant().minus(Duration.ofHours(2))));
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        java.util.concurrent.CountDownLatch firstDecided = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            // the first turn decides and holds its commit while the second, of another case, reads and decides
            java.util.concurrent.Future<Boolean> first = two.submit(() -> transaction.execute(status -> {
                boolean may = threads.mayExplain(sender, CLOCK.instant(), Duration.ofHours(1));
                firstDecided.countDown();
                try {
                    Thread.sleep(400);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return may;
            }));
            firstDecided.await();
            java.util.concurrent.Future<Boolean> second = two.submit(() -> {
                try {
                    return transaction.execute(status -> threads.mayExplain(sender, CLOCK.instant(), Duration.ofHours(1)));
                } catch (org.springframework.dao.DataAccessException conflict) {
                    return false; // its turn runs again, and then finds the explanation sent
                }
            });
            assertThat(first.get()).isTrue();
            assertThat(second.get()).as("the second explanation within the hour").isFalse();
        } finally {
            two.shutdownNow();
        }
    }

    @Test
    void aReplyDeliveredTwiceIsRelayedOnce() throws Exception {
        complaint("guest");
        MimeMessage notice = awaitMail(COMMITTEE, 1);
        byte[] raw = bytes(reply(notice, COMMITTEE, "سنراجع طلبك اليوم."));
        deliver(parse(raw));
        deliver(parse(raw));
        // without a Message-ID too (some scripts and gateways send none): known by its bytes, not by its UID
        MimeMessage bare = reply(notice, COMMITTEE, "أرفقنا النموذج المطلوب.");
        bare.removeHeader("Message-ID");
        byte[] bareRaw = bytes(bare);
        assertThat(parse(bareRaw).getHeader("Message-ID")).isNull();
        deliver(parse(bareRaw));
        deliver(parse(bareRaw));
        await().atMost(Duration.ofSeconds(20)).until(() -> member("guest").stream().anyMatch(m -> m.contains("سنراجع طلبك اليوم"))
                && member("guest").stream().anyMatch(m -> m.contains("أرفقنا النموذج المطلوب")));
        await().atMost(Duration.ofSeconds(20)).until(() -> readerAt() >= lastUid()); // all four copies read
        List<String> stored = jdbc.queryForList("SELECT provider_id FROM inbox WHERE channel = 'email' ORDER BY id", String.class);
        assertThat(stored).as("one inbox row per mail").hasSize(2);
        assertThat(stored.get(1)).startsWith("sha256:");
        assertThat(member("guest").stream().filter(m -> m.contains("سنراجع طلبك اليوم"))).as("relayed once; inbox: %s", stored)
                .hasSize(1);
        assertThat(member("guest").stream().filter(m -> m.contains("أرفقنا النموذج المطلوب"))).as("relayed once; inbox: %s",
                stored).hasSize(1);
    }

    /** The last UID the reader recorded for this run's staff folder (a MariaDB database keeps earlier runs' rows). */
    long readerAt() {
        return jdbc.queryForObject("SELECT last_uid FROM mail_cursor WHERE mailbox = ?", Long.class,
                "tawasul@127.0.0.1:" + GREEN_MAIL.getImap().getPort() + "/inbox");
    }

    /** The highest UID in the staff folder now. */
    static long lastUid() throws Exception {
        var imap = GREEN_MAIL.getManagers().getImapHostManager();
        var folder = imap.getInbox(GREEN_MAIL.getUserManager().getUser("tawasul"));
        return folder.getNonDeletedMessages().stream().mapToLong(m -> m.getUid()).max().orElse(0);
    }

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("channels")
    org.springframework.boot.health.contributor.HealthContributor channels;

    org.springframework.boot.health.contributor.Status emailHealth() {
        return ((org.springframework.boot.health.contributor.HealthIndicator)
                ((org.springframework.boot.health.contributor.CompositeHealthContributor) channels).getContributor("email"))
                .health().getStatus();
    }

    /** The IMAP server that replaced GreenMail's own after {@link #theImapServerDownAndBackLosesNothingAndRelaysOnce}. */
    static com.icegreen.greenmail.imap.ImapServer imapAgain;

    @org.junit.jupiter.api.AfterAll
    static void stopImapAgain() {
        if (imapAgain != null) {
            imapAgain.stopService();
            imapAgain = null;
        }
    }

    /**
     * The reader's log lines, caught at its logger (not from the console: tests run before in the same JVM may have
     * turned the console or the root level off, and the logging system is set up once per JVM).
     */
    static final class ReaderLog implements AutoCloseable {
        private final ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger)
                org.slf4j.LoggerFactory.getLogger("org.tawasul.channels.email.spring.ImapReader");
        private final ch.qos.logback.classic.Level level = logger.getLevel();
        private final ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> lines =
                new ch.qos.logback.core.read.ListAppender<>();

        ReaderLog() {
            lines.start();
            logger.addAppender(lines);
            logger.setLevel(ch.qos.logback.classic.Level.INFO);
        }

        String text() {
            synchronized (lines) {
                return String.join("\n", List.copyOf(lines.list).stream()
                        .map(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage).toList());
            }
        }

        @Override
        public void close() {
            logger.detachAppender(lines);
            logger.setLevel(level);
        }
    }

    @Test
    void theImapServerDownAndBackLosesNothingAndRelaysOnce() throws Exception {
        complaint("guest");
        MimeMessage notice = awaitMail(COMMITTEE, 1);
        deliver(reply(notice, COMMITTEE, "استلمنا طلبك قبل الانقطاع."));
        await().atMost(Duration.ofSeconds(20)).until(() -> member("guest").stream().anyMatch(m -> m.contains("قبل الانقطاع")));
        assertThat(emailHealth()).isEqualTo(org.springframework.boot.health.contributor.Status.UP);

        // the IMAP server goes away (SMTP and the mailboxes stay): mail keeps arriving in the folder meanwhile
        com.icegreen.greenmail.imap.ImapServer imap = imapAgain != null ? imapAgain : GREEN_MAIL.getImap();
        int port = imap.getPort();
        String log;
        try (ReaderLog readerLog = new ReaderLog()) {
            imap.stopService();
            try {
                deliver(reply(notice, COMMITTEE, "وصل ردنا أثناء الانقطاع، وسنتصل بك غدا."));
                await().atMost(Duration.ofSeconds(20)).until(() -> readerLog.text()
                        .contains("Reading the staff mailbox on 127.0.0.1 failed (") && readerLog.text().contains("3 in a row"));
                CLOCK.advance(Duration.ofSeconds(6)); // longer than stale-after (5s) with no answer from the server
                assertThat(emailHealth()).as("the reading node has not heard from the server").isEqualTo(
                        org.springframework.boot.health.contributor.Status.DOWN);
                assertThat(member("guest")).noneMatch(m -> m.contains("أثناء الانقطاع"));
            } finally {
                // back, on the same port, whatever happened above (a server left down would fail the tests after this)
                imapAgain = new com.icegreen.greenmail.imap.ImapServer(new ServerSetup(port, "127.0.0.1",
                        ServerSetup.PROTOCOL_IMAP), GREEN_MAIL.getManagers());
                imapAgain.startService();
                assertThat(imapAgain.waitTillRunning(10_000)).isTrue();
            }
            // the mail delivered meanwhile is read and relayed once
            await().atMost(Duration.ofSeconds(30)).until(() -> member("guest").stream().anyMatch(m -> m.contains("أثناء الانقطاع")));
            await().atMost(Duration.ofSeconds(20)).until(() -> readerAt() >= lastUid());
            log = readerLog.text();
        }
        assertThat(emailHealth()).as("heard from the server again").isEqualTo(
                org.springframework.boot.health.contributor.Status.UP);
        assertThat(member("guest").stream().filter(m -> m.contains("أثناء الانقطاع"))).hasSize(1);
        assertThat(member("guest").stream().filter(m -> m.contains("قبل الانقطاع"))).hasSize(1);

        // the retries back off (retry-after 200ms, doubled) and the log names neither people nor their words
        assertThat(log).contains("trying again in PT0.2S").contains("trying again in PT0.4S").contains("trying again in PT0.8S");
        assertThat(log.lines().toList()).isNotEmpty().noneMatch(line -> line.contains(COMMITTEE) || line.contains("الانقطاع")
                || line.contains("0590000000") || line.contains("@example.org"));
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

    // --- stored directly (as the reader stores them), without IMAP ------------------------------------

    static final byte[] KEY = "an-integration-test-key-of-at-least-32-bytes".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    @Autowired org.tawasul.cases.CaseService caseService;

    /** Stores raw mail in the inbox as the IMAP reader does and acts on it. */
    void store(String providerId, byte[] raw) {
        long id = turns.receiveEvent(ChannelId.EMAIL, providerId, "-", "email-reply",
                java.util.Base64.getEncoder().encodeToString(raw)).orElseThrow();
        assertThat(turns.process(id, ChannelId.EMAIL, "-")).isTrue();
    }

    static byte[] bytes(MimeMessage mail) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        mail.writeTo(out);
        return out.toByteArray();
    }

    long caseId(String reference) {
        return jdbc.queryForObject("SELECT id FROM case_file WHERE reference = ?", Long.class, reference);
    }

    int staffMessages() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM case_event WHERE kind = 'STAFF_MESSAGE'", Integer.class);
    }

    @Test
    void aThousandForgedRepliesRelayNothing() throws Exception {
        String reference = complaint("guest");
        MimeMessage notice = awaitMail(COMMITTEE, 1);
        String other = new TransactionTemplate(transactions).execute(status -> caseService.open(new org.tawasul.cases.OpenCase(
                org.tawasul.cases.CaseType.ENQUIRY, null, null, null, null, "console", "someone-else",
                org.tawasul.conversations.message.Language.AR, java.util.Map.of("question", "متى تصرف الأرباح؟"), null,
                MORNING)).reference().value());
        org.tawasul.channels.email.ReplyToken tokens = new org.tawasul.channels.email.ReplyToken(KEY);
        String good = ((InternetAddress) notice.getReplyTo()[0]).getAddress();
        String goodToken = good.substring(good.indexOf('+') + 1, good.indexOf('@'));
        java.time.LocalDate today = java.time.LocalDate.of(2026, 1, 4);
        int before = member("guest").size();
        int committeeBefore = mailTo(COMMITTEE).size();
        java.util.Random random = new java.util.Random(11);
        int[] kinds = new int[4];
        for (int i = 0; i < 1000; i++) {
            int kind = i % 4;
            String from = COMMITTEE;
            String to;
            switch (kind) {
                case 0 -> { // a valid token, a sender who is not on the case
                    from = "user" + random.nextInt(100_000) + "@forged" + random.nextInt(50) + ".example";
                    to = good;
                }
                case 1 -> { // the token altered in one character
                    char[] t = goodToken.toCharArray();
                    int at = random.nextInt(t.length);
                    t[at] = t[at] == 'a' ? 'b' : 'a';
                    to = "tawasul+" + new String(t) + "@society.example";
                }
                case 2 -> // a genuine token past its last day
                        to = "tawasul+" + tokens.issue(caseId(reference), "x", today.minusDays(1 + random.nextInt(300)))
                                + "@society.example";
                default -> // another case's genuine token: the enquiry is the default officer's, not the committee's
                        to = "tawasul+" + tokens.issue(caseId(other), "x", today.plusDays(30)) + "@society.example";
            }
            MimeMessage forged = new MimeMessage(Session.getInstance(new Properties()));
            forged.setFrom(new InternetAddress(from));
            forged.setRecipients(Message.RecipientType.TO, to);
            forged.setSubject("Re: " + notice.getSubject(), "UTF-8");
            forged.setText("تمت الموافقة، حوّلوا المبلغ إلى الحساب " + i, "UTF-8");
            forged.setHeader("References", "<tawasul.thread." + reference + "@society.example>");
            forged.saveChanges();
            store("mid:<forged-" + i + "@x>", bytes(forged));
            kinds[kind]++;
        }
        assertThat(kinds).containsExactly(250, 250, 250, 250);
        assertThat(member("guest")).as("nothing reached the member").hasSize(before);
        assertThat(member("someone-else")).noneMatch(m -> m.contains("تمت الموافقة"));
        assertThat(staffMessages()).isZero();
        assertThat(jdbc.queryForObject("SELECT status FROM case_file WHERE reference = ?", String.class, reference))
                .isEqualTo("SUBMITTED");
        Thread.sleep(1000);
        assertThat(mailTo(COMMITTEE).size() - committeeBefore).as("the committee is told once an hour").isLessThanOrEqualTo(1);
        assertThat(Arrays.stream(GREEN_MAIL.getReceivedMessages()).filter(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString().contains("forged");
            } catch (Exception e) {
                return false;
            }
        })).as("strangers are never answered").isEmpty();
    }

    @Test
    void automaticMailIsNeitherRelayedNorAnswered() throws Exception {
        String reference = complaint("guest");
        MimeMessage notice = awaitMail(COMMITTEE, 1);
        String good = ((InternetAddress) notice.getReplyTo()[0]).getAddress();
        // the fixtures are the channels module's test resources: a folder, or inside its test jar in a full build
        java.net.URI uri = getClass().getResource("/email/automatic").toURI();
        java.nio.file.FileSystem jar = "jar".equals(uri.getScheme())
                ? java.nio.file.FileSystems.newFileSystem(uri, java.util.Map.of()) : null;
        try {
        java.nio.file.Path dir = java.nio.file.Path.of(uri);
        List<java.nio.file.Path> files;
        try (var list = java.nio.file.Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".eml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(30);
        int before = member("guest").size();
        int outboxBefore = jdbc.queryForObject("SELECT COUNT(*) FROM outbox", Integer.class);
        int n = 0;
        for (java.nio.file.Path file : files) {
            String reason = java.nio.file.Files.readString(file.resolveSibling(file.getFileName().toString()
                    .replace(".eml", ".reason.txt"))).strip();
            String raw = java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1);
            // as if it came from the committee with our genuine reply address: only its being automatic may stop it
            if (!reason.contains("DAEMON") && !reason.contains("OWN_ADDRESS")) {
                raw = raw.replaceFirst("(?mi)^From:.*(\\r?\\n[ \\t].*)*", "From: " + COMMITTEE);
            }
            raw = "Delivered-To: " + good + "\r\n" + raw;
            store("mid:<automatic-" + (n++) + "@x>", raw.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        assertThat(member("guest")).as("relayed").hasSize(before);
        assertThat(staffMessages()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox", Integer.class)).as("answered").isEqualTo(outboxBefore);
        assertThat(jdbc.queryForObject("SELECT status FROM case_file WHERE reference = ?", String.class, reference))
                .isEqualTo("SUBMITTED");
        } finally {
            if (jar != null) {
                jar.close();
            }
        }
    }

    @Test
    void aMailStoredBeforeACrashIsRelayedOnceAfterRestart() throws Exception {
        complaint("guest");
        MimeMessage notice = awaitMail(COMMITTEE, 1);
        byte[] raw = bytes(reply(notice, COMMITTEE, "سنتواصل معك خلال يومين."));
        // stored, then the node died before acting on it
        turns.receiveEvent(ChannelId.EMAIL, "mid:<crash@x>", "-", "email-reply", java.util.Base64.getEncoder().encodeToString(raw))
                .orElseThrow();
        turns.processPending(100); // the pass over stored, unprocessed events at start-up
        turns.processPending(100);
        assertThat(turns.receiveEvent(ChannelId.EMAIL, "mid:<crash@x>", "-", "email-reply", "")).isEmpty();
        assertThat(member("guest").stream().filter(m -> m.contains("خلال يومين"))).hasSize(1);
    }

    // --- bench-mail --------------------------------------------------------------------------------

    /**
     * {@code bench-mail}: two runs of N replies each, to 10 cases, through the application's IMAP reader (IDLE). A
     * backlog: all N put in the staff folder while the reader is stopped, then the reader started, for the time to
     * relay all and replies/s (and from the start to each member outbox row). A steady stream: N delivered while the
     * reader runs at {@code tawasul.bench.mail.rate} replies/s (default 50, the rate aimed at), for the latency a reply
     * meets, p50/p99 from its delivery to its member outbox row. Runs only with {@code -Dtawasul.bench.mail=N}.
     */
    @Test
    @org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "tawasul.bench.mail", matches = "\\d+")
    void benchMail() throws Exception {
        int n = Integer.parseInt(System.getProperty("tawasul.bench.mail"));
        double rate = Double.parseDouble(System.getProperty("tawasul.bench.mail.rate", "50"));
        int chats = 10;
        List<MimeMessage> notices = new java.util.ArrayList<>();
        for (int c = 0; c < chats; c++) {
            complaint("bench-" + c);
            notices.add(awaitMail(COMMITTEE, c + 1));
        }
        java.util.Map<String, Long> relayed = new java.util.concurrent.ConcurrentHashMap<>();
        Thread watcher = new Thread(() -> {
            // the member outbox rows past the highest id seen, less a few for rows committed out of id order (as many
            // as turns run at once): light, so that watching takes little from what is watched
            long[] seen = {0};
            while (!Thread.currentThread().isInterrupted()) {
                long now = System.nanoTime();
                jdbc.query("SELECT o.id, i.provider_id FROM outbox o JOIN inbox i ON o.inbox_id = i.id WHERE o.id > ? "
                        + "AND o.channel = 'console' AND i.channel = 'email'", row -> {
                            relayed.putIfAbsent(row.getString(2).substring(4), now);
                            seen[0] = Math.max(seen[0], row.getLong(1));
                        }, Math.max(0, seen[0] - 16));
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-watcher");
        watcher.start();
        try {
            benchRun("backlog", n, 0, notices, relayed);
            benchRun("steady " + rate + "/s", n, rate, notices, relayed);
        } finally {
            watcher.interrupt();
        }
        assertThat(staffMessages()).isEqualTo(2 * n);
    }

    @Autowired org.springframework.context.ApplicationContext applicationContext;

    private void benchRun(String name, int n, double rate, List<MimeMessage> notices, java.util.Map<String, Long> relayed)
            throws Exception {
        List<byte[]> mails = new java.util.ArrayList<>();
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            MimeMessage reply = reply(notices.get(i % notices.size()), COMMITTEE, "رد رقم " + i + " على طلبك.\n\nOn Sun, "
                    + "4 Jan 2026 at 10:05, Tawasul <tawasul@society.example> wrote:\n> quoted");
            ids.add(reply.getMessageID().toLowerCase(java.util.Locale.ROOT));
            mails.add(bytes(reply));
        }
        java.util.Map<String, Long> delivered = new java.util.HashMap<>();
        org.springframework.context.Lifecycle reader = applicationContext.getBean("imapReader",
                org.springframework.context.Lifecycle.class);
        boolean backlog = rate <= 0;
        if (backlog) {
            reader.stop();
        }
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            if (rate > 0) {
                long due = start + (long) (i * 1e9 / rate);
                while (System.nanoTime() < due) {
                    Thread.sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000), 0);
                }
            }
            deliver(parse(mails.get(i)));
            delivered.put(ids.get(i), System.nanoTime());
        }
        if (backlog) {
            start = System.nanoTime();
            for (String id : ids) {
                delivered.put(id, start); // all there when the reader starts
            }
            reader.start();
        }
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(20))
                .until(() -> ids.stream().allMatch(relayed::containsKey));
        long end = ids.stream().mapToLong(relayed::get).max().orElseThrow();
        long[] latencies = ids.stream().mapToLong(id -> relayed.get(id) - delivered.get(id)).sorted().toArray();
        double seconds = (end - start) / 1e9;
        System.out.printf(java.util.Locale.ROOT, "bench-mail %s: %d replies relayed in %.2f s: %.1f replies/s; from %s to "
                        + "member outbox row p50 %.0f ms, p99 %.0f ms, max %.0f ms%n", name, n, seconds, n / seconds,
                backlog ? "the reader's start" : "delivery", latencies[latencies.length / 2] / 1e6,
                latencies[(int) Math.ceil(latencies.length * 0.99) - 1] / 1e6, latencies[latencies.length - 1] / 1e6);
    }

    // --- deadlines -----------------------------------------------------------------------------------

    @Autowired Deadlines deadlines;

    @Test
    void deadlinesRemindOnTheDayAndEscalateOnceAndTellTheMemberOnce() {
        String reference = complaint("guest");
        java.time.LocalDate due = jdbc.queryForObject("SELECT due_on FROM case_file WHERE reference = ?",
                java.sql.Date.class, reference).toLocalDate();
        java.util.function.Function<java.time.LocalDate, Instant> at10 = day ->
                day.atTime(10, 0).atZone(java.time.ZoneId.of("Asia/Riyadh")).toInstant();
        assertThat(deadlines.run(at10.apply(due.minusDays(30)))).as("far from the deadline").isZero();
        assertThat(deadlines.run(at10.apply(due.minusDays(1)))).as("reminder").isEqualTo(1);
        assertThat(deadlines.run(at10.apply(due.minusDays(1)))).as("reminded once").isZero();
        assertThat(deadlines.run(at10.apply(due))).as("on the day").isEqualTo(1);
        java.time.LocalDate after = due.plusDays(1);
        while (after.getDayOfWeek() == java.time.DayOfWeek.FRIDAY || after.getDayOfWeek() == java.time.DayOfWeek.SATURDAY) {
            after = after.plusDays(1);
        }
        // overdue: escalation (the committee has no deputy: to the committee), the member told once, the digest
        assertThat(deadlines.run(at10.apply(after))).isEqualTo(3);
        assertThat(deadlines.run(at10.apply(after))).as("once").isZero();
        assertThat(member("guest").stream().filter(m -> m.contains("نعتذر عن تأخر الرد") && m.contains(reference)))
                .hasSize(1);
        List<String> subjects = jdbc.queryForList("SELECT subject FROM outbox WHERE channel = 'email' ORDER BY id", String.class);
        assertThat(subjects).anyMatch(t -> t.startsWith("[" + reference + "] تذكير: يحل موعد الرد"))
                .anyMatch(t -> t.startsWith("[" + reference + "] تذكير: اليوم آخر موعد"))
                .anyMatch(t -> t.startsWith("[" + reference + "] تصعيد"))
                .anyMatch(t -> t.startsWith("الطلبات المتأخرة (1)"));
    }
}
