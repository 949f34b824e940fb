package org.tawasul.channels.email;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmailTranslatorTests {

    @Test
    void jakartaMailFindsItsStreamProviderByNameNotByScanningTheClassPath() {
        new EmailTranslator(new AutomaticMail("society.example", List.of("tawasul@society.example")));
        assertThat(System.getProperty(EmailTranslator.STREAM_PROVIDER)).isEqualTo(EmailTranslator.ANGUS_STREAMS);
        assertThat(EmailTranslator.namedStreamProvider()).isTrue();
        // the named provider is the one the scan finds: reading mail works as before
        assertThat(jakarta.mail.util.StreamProvider.provider().getClass().getName()).isEqualTo(EmailTranslator.ANGUS_STREAMS);
    }

    @Test
    void theHeadersAloneTellWhereAReplyBelongs() throws Exception {
        MimeMessage mail = new MimeMessage(Session.getInstance(EmailTranslator.parsingProperties()), new ByteArrayInputStream(("""
                From: Officer <officer@example.org>
                To: "Tawasul" <Tawasul+abc@Society.example>
                Cc: other@example.org
                In-Reply-To: <n.1@society.example>
                References: <tawasul.thread.CMP-2026-000001@society.example> <n.1@society.example>
                Subject: Re: x

                body
                """).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
        EmailTranslator.Addressing addressing = EmailTranslator.addressing(mail);
        assertThat(addressing.recipients()).containsExactly("tawasul+abc@society.example", "other@example.org");
        assertThat(addressing.inReplyTo()).isEqualTo("<n.1@society.example>");
        assertThat(addressing.references()).containsExactly("<tawasul.thread.CMP-2026-000001@society.example>",
                "<n.1@society.example>");
    }

    private final EmailTranslator translator = new EmailTranslator(
            new AutomaticMail(FixtureWorld.DOMAIN, List.of(FixtureWorld.OUR_ADDRESS)));

    private InboundMail read(byte[] eml) {
        TranslatedMail translated = translator.translate(eml);
        assertThat(translated).isInstanceOf(TranslatedMail.Readable.class);
        return ((TranslatedMail.Readable) translated).mail();
    }

    private InboundMail read(String eml) {
        return read(eml.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheHeadersTheRuntimeNeeds() {
        InboundMail mail = read(EmailFixtures.bytes("replies/gmail-with-attachment-ar.eml"));
        String token = FixtureWorld.replyAddress(FixtureWorld.CERTIFICATE, FixtureWorld.MOHAMMED);

        assertThat(mail.messageId()).startsWith("<CA").endsWith("@mail.gmail.com>");
        assertThat(mail.inReplyTo()).isEqualTo("<tawasul.outbox.4802@society.example>");
        assertThat(mail.references()).containsExactly("<tawasul.thread.REQ-2026-000457@society.example>",
                "<tawasul.outbox.4802@society.example>");
        assertThat(mail.fromAddress()).isEqualTo("m.alotaibi@gmail.com");
        assertThat(mail.fromName()).isEqualTo("محمد العتيبي");
        assertThat(mail.recipients()).containsExactly(token);
        assertThat(mail.subject()).isEqualTo("Re: [REQ-2026-000457] طلب خدمة جديد: شهادة عضوية");
        assertThat(mail.date()).isEqualTo(Instant.parse("2026-12-03T15:11:37Z"));
        assertThat(mail.newText()).isEqualTo("مرفق نسخة من شهادة العضوية، يرجى إرسالها للعضو.\n#approved");
        assertThat(mail.fullText()).contains("وصلت طلب خدمة جديد برقم REQ-2026-000457.").contains("> ");
        assertThat(mail.attachments()).containsExactly(new InboundMail.Attachment("شهادة_عضوية_457.pdf", "application/pdf",
                FixtureFiles.pdf().length, false));
        assertThat(mail.isAutomatic()).isFalse();
    }

    @Test
    void aSignatureLogoIsAnInlineAttachment() {
        InboundMail mail = read(EmailFixtures.bytes("replies/outlook-desktop-signature-image-en.eml"));

        assertThat(mail.attachments()).containsExactly(new InboundMail.Attachment("image001.png", "image/png",
                FixtureFiles.png().length, true));
        assertThat(mail.recipients()).hasSize(1);
    }

    @Test
    void readsWindows1256AndHtmlOnlyMail() {
        assertThat(read(EmailFixtures.bytes("replies/outlook-2010-ar-cp1256.eml")).fullText()).contains("-----الرسالة الأصلية-----");
        InboundMail htmlOnly = read(EmailFixtures.bytes("replies/outlook-web-html-only-ar.eml"));
        assertThat(htmlOnly.fullText()).contains("تم الإرسال:", "سارة القحطاني | خدمة الأعضاء");
        assertThat(htmlOnly.newText()).isEqualTo("تم التواصل مع العضو هاتفيًا.\nسيُعرض الطلب على لجنة القروض يوم الاثنين القادم.");
    }

    @Test
    void collectsEveryRecipientLowerCasedOnce() {
        InboundMail mail = read("""
                Delivered-To: Tawasul+ABC234@society.example
                X-Original-To: tawasul+abc234@society.example
                From: AHMED@Society.Example
                To: "Group" <team@society.example>, undisclosed-recipients:;
                Cc: Sara <sara@society.example>, team@society.example
                Subject: hi
                Message-ID: <1@x>

                text
                """);

        assertThat(mail.recipients()).containsExactly("team@society.example", "sara@society.example", "tawasul+abc234@society.example");
        assertThat(mail.fromAddress()).isEqualTo("ahmed@society.example");
        assertThat(mail.fromName()).isNull();
        assertThat(mail.date()).isNull();
    }

    @Test
    void rawUtf8HeadersAreRead() {
        InboundMail mail = read("""
                From: أحمد الحربي <ahmed@society.example>
                To: tawasul+abc@society.example
                Subject: رد: شكوى
                Date: not a date
                Message-ID: <2@x>
                Content-Type: text/plain; charset=utf-8

                تم.
                """);

        assertThat(mail.fromName()).isEqualTo("أحمد الحربي");
        assertThat(mail.subject()).isEqualTo("رد: شكوى");
        assertThat(mail.date()).isNull();
        assertThat(mail.newText()).isEqualTo("تم.");
    }

    @Test
    void anUnknownCharsetIsReadAsUtf8OrElseWindows1256() {
        String headers = "From: a@society.example\r\nMessage-ID: <3@x>\r\nContent-Type: text/plain; charset=x-unknown-arabic\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n\r\n";
        assertThat(read(concat(headers, "تمت الموافقة".getBytes(StandardCharsets.UTF_8))).newText()).isEqualTo("تمت الموافقة");
        assertThat(read(concat(headers, "تمت الموافقة".getBytes(Charset.forName("windows-1256")))).newText()).isEqualTo("تمت الموافقة");
        String noCharset = "From: a@society.example\r\nMessage-ID: <4@x>\r\n\r\n";
        assertThat(read(concat(noCharset, "نعم".getBytes(StandardCharsets.UTF_8))).newText()).isEqualTo("نعم");
    }

    @Test
    void oddStructuresAreStillRead() {
        InboundMail unterminated = read("""
                From: a@society.example
                Message-ID: <5@x>
                MIME-Version: 1.0
                Content-Type: multipart/alternative; boundary="b"

                --b
                Content-Type: text/plain; charset=utf-8

                Yes, approved.
                """);
        assertThat(unterminated.newText()).isEqualTo("Yes, approved.");

        InboundMail forwarded = read("""
                From: a@society.example
                Message-ID: <6@x>
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="b"

                --b
                Content-Type: text/plain

                See the attached mail.
                --b
                Content-Type: message/rfc822

                From: b@x.example
                Subject: old

                old text
                --b--
                """);
        assertThat(forwarded.newText()).isEqualTo("See the attached mail.");
        assertThat(forwarded.attachments()).extracting(InboundMail.Attachment::name, InboundMail.Attachment::contentType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("message-1.eml", "message/rfc822"));
    }

    @Test
    void whatIsNotAMailIsUnreadableWithTheReason() {
        assertThat(translator.translate(new byte[0])).isEqualTo(new TranslatedMail.Unreadable(null, "empty input"));
        assertThat(translator.translate((byte[]) null)).isInstanceOf(TranslatedMail.Unreadable.class);
        assertThat(translator.translate((MimeMessage) null)).isInstanceOf(TranslatedMail.Unreadable.class);
        assertThat(translator.translate(new byte[] {0, 1, 2, (byte) 0xff, 10, 13, 10, 4}))
                .isInstanceOfSatisfying(TranslatedMail.Unreadable.class, u -> assertThat(u.reason()).contains("not a mail"));
    }

    @Test
    void aBodyThatCannotBeReadMakesTheMailUnreadable() throws Exception {
        MimeMessage broken = new MimeMessage(Session.getInstance(EmailTranslator.parsingProperties()), new ByteArrayInputStream(
                "From: a@society.example\r\nMessage-ID: <7@x>\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\r\nx\r\n--b--\r\n"
                        .getBytes(StandardCharsets.US_ASCII))) {
            @Override
            public Object getContent() throws IOException {
                throw new IOException("connection to the IMAP server lost");
            }
        };

        assertThat(translator.translate(broken)).isEqualTo(new TranslatedMail.Unreadable("<7@x>",
                "unreadable body: IOException: connection to the IMAP server lost"));
    }

    private static byte[] concat(String headers, byte[] body) {
        byte[] head = headers.getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }
}
