package org.tawasul.channels.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.tawasul.channels.ChannelId;
import org.tawasul.channels.OutboundMessage;
import org.tawasul.conversations.message.Choice;

class EmailRendererTests {

    private static final Session SESSION = Session.getInstance(new Properties());
    private final EmailRenderer renderer = new EmailRenderer("tawasul@society.example", "تواصل - الجمعية التعاونية",
            "society.example");

    private static OutboundMessage message(String body, OutboundMessage.Envelope envelope) {
        return new OutboundMessage(123, ChannelId.EMAIL, "ahmed.alharbi@society.example", body, List.of(), null, envelope, 1, 0);
    }

    private static final OutboundMessage.Envelope ENVELOPE = new OutboundMessage.Envelope(
            "[CMP-2026-000123] شكوى جديدة", "CMP-2026-000123", "tawasul+abc234@society.example");

    @Test
    void anArabicTextGoesAsPlainTextAndRightToLeftHtml() throws Exception {
        MimeMessage mail = renderer.render(SESSION, message("السلام عليكم،\nوصلت شكوى <جديدة> & عاجلة.\n\nتواصل", ENVELOPE));

        MimeMultipart alternative = (MimeMultipart) mail.getContent();
        assertThat(mail.getContentType()).startsWith("multipart/alternative");
        BodyPart plain = alternative.getBodyPart(0);
        BodyPart html = alternative.getBodyPart(1);
        assertThat(plain.getContentType()).isEqualToIgnoringCase("text/plain; charset=UTF-8");
        assertThat(plain.getContent()).isEqualTo("السلام عليكم،\nوصلت شكوى <جديدة> & عاجلة.\n\nتواصل");
        assertThat(html.getContentType()).isEqualToIgnoringCase("text/html; charset=UTF-8");
        assertThat((String) html.getContent()).contains("<html dir=\"rtl\" lang=\"ar\">", "<body dir=\"rtl\"",
                "<p>السلام عليكم،<br>\nوصلت شكوى &lt;جديدة&gt; &amp; عاجلة.</p>", "<p>تواصل</p>");
    }

    @Test
    void anEnglishTextIsLeftToRight() throws Exception {
        MimeMessage mail = renderer.render(SESSION, message("Hello <b>\nsecond line", ENVELOPE));

        String html = (String) ((MimeMultipart) mail.getContent()).getBodyPart(1).getContent();
        assertThat(html).contains("<html dir=\"ltr\" lang=\"en\">", "<p>Hello &lt;b&gt;<br>\nsecond line</p>");
    }

    @Test
    void choicesFollowTheTextAsNumberedLines() throws Exception {
        OutboundMessage withChoices = new OutboundMessage(5, ChannelId.EMAIL, "a@society.example", "Choose:",
                List.of(new Choice("yes", "Yes"), new Choice("no", "No")), null, ENVELOPE, 1, 0);

        MimeMessage mail = renderer.render(SESSION, withChoices);

        assertThat(((MimeMultipart) mail.getContent()).getBodyPart(0).getContent()).isEqualTo("Choose:\n1. Yes\n2. No");
    }

    @Test
    void headersThreadTheCaseAndQuietAutoResponders() throws Exception {
        MimeMessage mail = renderer.render(SESSION, message("نص", ENVELOPE));
        mail.saveChanges(); // as Transport.send does: the Message-ID must survive it

        assertThat(mail.getHeader("Message-ID", null)).isEqualTo("<tawasul.outbox.123@society.example>");
        assertThat(mail.getHeader("In-Reply-To", null)).isEqualTo("<tawasul.thread.CMP-2026-000123@society.example>");
        assertThat(mail.getHeader("References", null)).isEqualTo("<tawasul.thread.CMP-2026-000123@society.example>");
        assertThat(mail.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        assertThat(mail.getHeader("X-Auto-Response-Suppress", null)).isEqualTo("All");
        assertThat(mail.getReplyTo()).containsExactly(new InternetAddress("tawasul+abc234@society.example"));
        assertThat(mail.getRecipients(Message.RecipientType.TO)).containsExactly(new InternetAddress("ahmed.alharbi@society.example"));
        assertThat(mail.getSentDate()).isNotNull();
    }

    @Test
    void anArabicDisplayNameAndSubjectAreEncodedAsRfc2047() throws Exception {
        MimeMessage mail = renderer.render(SESSION, message("نص", ENVELOPE));

        String from = mail.getHeader("From", null);
        assertThat(from).startsWith("=?UTF-8?").endsWith("<tawasul@society.example>").matches("[\\x20-\\x7e\\r\\n\\t]+");
        assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("تواصل - الجمعية التعاونية");
        assertThat(mail.getHeader("Subject", null)).startsWith("=?UTF-8?");
        assertThat(mail.getSubject()).isEqualTo("[CMP-2026-000123] شكوى جديدة");
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        mail.writeTo(wire);
        assertThat(wire.toString(StandardCharsets.ISO_8859_1)).as("only 7-bit bytes on the wire").matches("[\\x00-\\x7f]*");
    }

    @Test
    void aRetriedSendKeepsItsMessageId() throws Exception {
        MimeMessage first = renderer.render(SESSION, message("نص", ENVELOPE));
        MimeMessage retry = renderer.render(SESSION, new OutboundMessage(123, ChannelId.EMAIL, "ahmed.alharbi@society.example",
                "نص", List.of(), null, ENVELOPE, 2, 0));

        assertThat(retry.getMessageID()).isEqualTo(first.getMessageID());
        assertThat(MessageIds.isOwn(first.getMessageID(), "society.example")).isTrue();
    }

    @Test
    void withoutAnEnvelopeTheSubjectIsTheFirstLineAndThereIsNoThread() throws Exception {
        MimeMessage mail = renderer.render(SESSION, message("\nA first line that is rather long, longer than what a subject "
                + "line should carry in a mail client\nsecond", null));

        assertThat(mail.getSubject()).hasSize(78).endsWith("…").startsWith("A first line");
        assertThat(mail.getHeader("In-Reply-To")).isNull();
        assertThat(mail.getReplyTo()).containsExactly(new InternetAddress("tawasul@society.example"));
    }

    @Test
    void filesGoAlongInAMixedMultipart() throws Exception {
        EmailAttachment pdf = new EmailAttachment("شهادة العضوية.pdf", "application/pdf", FixtureFiles.pdf());

        MimeMessage mail = renderer.render(SESSION, message("مرفق", ENVELOPE), List.of(pdf));

        MimeMultipart mixed = (MimeMultipart) mail.getContent();
        assertThat(mail.getContentType()).startsWith("multipart/mixed");
        assertThat(mixed.getBodyPart(0).getContentType()).startsWith("multipart/alternative");
        BodyPart file = mixed.getBodyPart(1);
        assertThat(file.getFileName()).isEqualTo("شهادة العضوية.pdf");
        assertThat(file.getDisposition()).isEqualTo("attachment");
        assertThat(file.getContentType()).startsWith("application/pdf");
        assertThat(file.getInputStream().readAllBytes()).isEqualTo(FixtureFiles.pdf());
    }

    @Test
    void anAddressThatIsNotOneIsRefusedNamingWhose() {
        OutboundMessage badRecipient = new OutboundMessage(1, ChannelId.EMAIL, "not an address", "x", List.of(), null, 1);
        assertThatThrownBy(() -> renderer.render(SESSION, badRecipient)).isInstanceOfSatisfying(EmailRenderer.InvalidAddress.class,
                e -> assertThat(e.isRecipient()).isTrue());
        OutboundMessage badReplyTo = message("x", new OutboundMessage.Envelope("s", "k", "tawasul+@"));
        assertThatThrownBy(() -> renderer.render(SESSION, badReplyTo)).isInstanceOfSatisfying(EmailRenderer.InvalidAddress.class,
                e -> assertThat(e.isRecipient()).isFalse());
        assertThatThrownBy(() -> new EmailRenderer("tawasul", null, "society.example")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void whatWeRenderIsReadBackAsOurOwnAutomaticMail() throws Exception {
        MimeMessage mail = renderer.render(SESSION, message("السلام عليكم\nنص الإشعار", ENVELOPE));
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        mail.writeTo(wire);

        TranslatedMail read = new EmailTranslator(new AutomaticMail("society.example", List.of("tawasul@society.example")))
                .translate(wire.toByteArray());

        assertThat(read).isInstanceOfSatisfying(TranslatedMail.Readable.class, r -> {
            assertThat(r.mail().fullText()).isEqualTo("السلام عليكم\nنص الإشعار");
            assertThat(r.mail().automatic().reason()).isEqualTo(AutomaticMail.Reason.OWN_MESSAGE_ID);
        });
        assertThat(new String(wire.toByteArray(), StandardCharsets.US_ASCII)).contains("Auto-Submitted: auto-generated");
    }
}
