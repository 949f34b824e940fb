package org.tawasul.channels.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tawasul.channels.ChannelId;
import org.tawasul.channels.OutboundMessage;
import org.tawasul.channels.SendOutcome;
import org.tawasul.channels.SendOutcome.AddressEffect;

/** The sender against GreenMail's SMTP server, and against a scripted one for the failures GreenMail never gives. */
class EmailSenderIntegrationTests {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final EmailRenderer RENDERER = new EmailRenderer("tawasul@society.example", "تواصل - الجمعية التعاونية",
            "society.example");
    private static final OutboundMessage MESSAGE = new OutboundMessage(4711, ChannelId.EMAIL, "ahmed.alharbi@society.example",
            "السلام عليكم،\nوصلت شكوى جديدة برقم CMP-2026-000123.", List.of(), null,
            new OutboundMessage.Envelope("[CMP-2026-000123] شكوى جديدة", "CMP-2026-000123", "tawasul+abc234@society.example"), 1, 0);

    private static EmailSender sender(int port) {
        return new EmailSender(settings(port).session(), RENDERER);
    }

    private static SmtpSettings settings(int port) {
        return new SmtpSettings("127.0.0.1", port, SmtpSettings.Security.NONE, null, null, "bounces@society.example",
                Duration.ofSeconds(2), Duration.ofSeconds(1));
    }

    @Test
    void aSentMailArrivesWithAllItsHeaders() throws Exception {
        SendOutcome outcome = sender(GREEN_MAIL.getSmtp().getPort()).send(MESSAGE);

        assertThat(outcome).isEqualTo(new SendOutcome.Sent("<tawasul.outbox.4711@society.example>"));
        assertThat(GREEN_MAIL.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage received = GREEN_MAIL.getReceivedMessages()[0];
        assertThat(received.getMessageID()).isEqualTo("<tawasul.outbox.4711@society.example>");
        assertThat(((InternetAddress) received.getFrom()[0]).getPersonal()).isEqualTo("تواصل - الجمعية التعاونية");
        assertThat(received.getReplyTo()).containsExactly(new InternetAddress("tawasul+abc234@society.example"));
        assertThat(received.getSubject()).isEqualTo("[CMP-2026-000123] شكوى جديدة");
        assertThat(received.getHeader("In-Reply-To", null)).isEqualTo("<tawasul.thread.CMP-2026-000123@society.example>");
        assertThat(received.getHeader("References", null)).isEqualTo("<tawasul.thread.CMP-2026-000123@society.example>");
        assertThat(received.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        assertThat(received.getHeader("X-Auto-Response-Suppress", null)).isEqualTo("All");
        assertThat(received.getHeader("Return-Path", null)).isEqualTo("<bounces@society.example>");
        MimeMultipart alternative = (MimeMultipart) received.getContent();
        assertThat(alternative.getBodyPart(0).getContent()).isEqualTo(MESSAGE.body());
        assertThat((String) alternative.getBodyPart(1).getContent()).contains("dir=\"rtl\"");
    }

    @Test
    void filesLookedUpForTheMessageGoWithIt() throws Exception {
        EmailSender sender = new EmailSender(settings(GREEN_MAIL.getSmtp().getPort()).session(), RENDERER,
                message -> List.of(new EmailAttachment("case-" + message.outboxId() + ".pdf", "application/pdf", FixtureFiles.pdf())));

        assertThat(sender.send(MESSAGE)).isInstanceOf(SendOutcome.Sent.class);

        assertThat(GREEN_MAIL.waitForIncomingEmail(5000, 1)).isTrue();
        BodyPart file = ((MimeMultipart) GREEN_MAIL.getReceivedMessages()[0].getContent()).getBodyPart(1);
        assertThat(file.getFileName()).isEqualTo("case-4711.pdf");
        assertThat(file.getInputStream().readAllBytes()).isEqualTo(FixtureFiles.pdf());
    }

    @Test
    void logsInWhenAUsernameIsSetAndARefusedLoginIsRetried() {
        GREEN_MAIL.setUser("tawasul@society.example", "tawasul", "right-password");
        int port = GREEN_MAIL.getSmtp().getPort();
        SmtpSettings right = new SmtpSettings("127.0.0.1", port, SmtpSettings.Security.NONE, "tawasul", "right-password", null,
                Duration.ofSeconds(2), Duration.ofSeconds(2));
        SmtpSettings wrong = new SmtpSettings("127.0.0.1", port, SmtpSettings.Security.NONE, "tawasul", "wrong-password", null,
                Duration.ofSeconds(2), Duration.ofSeconds(2));

        assertThat(new EmailSender(right.session(), RENDERER).send(MESSAGE)).isInstanceOf(SendOutcome.Sent.class);
        assertThat(new EmailSender(wrong.session(), RENDERER).send(MESSAGE)).isInstanceOfSatisfying(SendOutcome.Failed.class,
                failed -> assertThat(failed.error()).contains("login"));
        assertThat(wrong.toString()).doesNotContain("wrong-password");
    }

    @Test
    void aServerThatIsDownIsAPassingFailure() throws IOException {
        int port;
        try (ServerSocket unused = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = unused.getLocalPort();
        }

        assertThat(sender(port).send(MESSAGE)).isInstanceOfSatisfying(SendOutcome.Failed.class,
                failed -> assertThat(failed.error()).contains("Connection refused"));
    }

    @Test
    void aRecipientTheServerRefusesForGoodIsInvalid() throws IOException {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(
                "550 5.1.1 <ahmed.alharbi@society.example>: Recipient address rejected: User unknown", "250 2.0.0 Ok")) {
            SendOutcome outcome = sender(server.port()).send(MESSAGE);

            assertThat(outcome).isInstanceOfSatisfying(SendOutcome.Refused.class, refused -> {
                assertThat(refused.address()).isEqualTo(AddressEffect.INVALID);
                assertThat(refused.error()).contains("550 5.1.1").contains("User unknown");
            });
            assertThat(server.commands()).noneMatch(c -> c.equals("DATA"));
        }
    }

    @Test
    void aRecipientRefusedForNowIsRetried() throws IOException {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer("451 4.7.1 Greylisted, try again in 5 minutes", "250 2.0.0 Ok")) {
            assertThat(sender(server.port()).send(MESSAGE)).isInstanceOf(SendOutcome.Failed.class);
        }
    }

    @Test
    void aMessageRefusedAfterItsDataIsRefusedButTheAddressStays() throws IOException {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer("250 2.1.5 Ok", "554 5.7.1 Message rejected as spam")) {
            assertThat(sender(server.port()).send(MESSAGE)).isEqualTo(
                    new SendOutcome.Refused("end of DATA: 554 5.7.1 Message rejected as spam", AddressEffect.NONE));
        }
    }

    @Test
    void noAnswerAfterTheDataIsUncertain() throws IOException {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer("250 2.1.5 Ok", ScriptedSmtpServer.SILENCE)) {
            assertThat(sender(server.port()).send(MESSAGE)).isInstanceOfSatisfying(SendOutcome.Uncertain.class,
                    uncertain -> assertThat(uncertain.error()).contains("timed out"));
        }
    }

    @Test
    void aConnectionClosedAfterTheDataIsUncertain() throws IOException {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer("250 2.1.5 Ok", ScriptedSmtpServer.CLOSE)) {
            assertThat(sender(server.port()).send(MESSAGE)).isInstanceOf(SendOutcome.Uncertain.class);
        }
    }

    @Test
    void aConnectionClosedBeforeTheDataIsAPassingFailure() throws IOException {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer("421 4.3.2 Service shutting down", "250 2.0.0 Ok")) {
            assertThat(sender(server.port()).send(MESSAGE)).isInstanceOf(SendOutcome.Failed.class);
        }
    }

    @Test
    void anAddressThatIsNotOneIsRefusedWithoutTalkingToTheServer() {
        OutboundMessage bad = new OutboundMessage(1, ChannelId.EMAIL, "ahmed at society", "x", List.of(), null, 1);

        assertThat(sender(1).send(bad)).isInstanceOfSatisfying(SendOutcome.Refused.class,
                refused -> assertThat(refused.address()).isEqualTo(AddressEffect.INVALID));
    }

    @Test
    void aFailedLookupOfTheFilesIsRetried() {
        EmailSender sender = new EmailSender(settings(1).session(), RENDERER, message -> {
            throw new IllegalStateException("database unavailable");
        });

        assertThat(sender.send(MESSAGE)).isEqualTo(new SendOutcome.Failed("could not look up the files to send: database unavailable"));
    }

    @Test
    void declaresTheEmailChannelAndAModestPace() {
        EmailSender sender = sender(1);
        assertThat(sender.channel()).isEqualTo(ChannelId.EMAIL);
        assertThat(sender.defaultPacing().ratePerSecond()).isEqualTo(5);
        assertThat(sender.defaultPacing().perRecipientInterval()).isZero();
    }
}
