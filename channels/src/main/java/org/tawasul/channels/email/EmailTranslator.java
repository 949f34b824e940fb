package org.tawasul.channels.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Objects;
import java.util.Properties;

/**
 * Reads a received mail into an {@link InboundMail}: ids, sender, recipients, subject, date, the
 * new text and the full text, the attachments, and whether a program wrote it. The text is the
 * {@code text/plain} part (unflowed if {@code format=flowed}), or, for HTML-only mail, the HTML
 * made text ({@link ReplyText#newTextOfHtml}). It never throws for odd mail: an unknown charset is
 * read as UTF-8 (or Windows-1256 where that fails), a header that cannot be parsed counts as
 * absent, and a mail whose body cannot be read at all is {@link TranslatedMail.Unreadable}, with
 * the reason.
 */
public final class EmailTranslator {

    /** The system property Jakarta Mail reads its stream provider's class from before any class-path scan. */
    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";
    /** Eclipse Angus's stream provider, the one the scan finds. */
    static final String ANGUS_STREAMS = "org.eclipse.angus.mail.util.MailStreamProvider";

    static {
        namedStreamProvider();
    }

    /**
     * Names Angus's stream provider in {@value #STREAM_PROVIDER}, unless it is set or Angus is absent. Jakarta Mail
     * 2.1 looks its stream provider up on every message parsed, every encoded header decoded and every session made,
     * and without the name each look-up is a {@link java.util.ServiceLoader} scan of the class path
     * (jakartaee/mail-api#861): a quarter of the time a staff reply took. Named, it is a class look-up; the provider
     * is the same one the scan would find.
     *
     * @return whether the name is set now
     */
    static boolean namedStreamProvider() {
        if (System.getProperty(STREAM_PROVIDER) != null) {
            return true;
        }
        try {
            Class.forName(ANGUS_STREAMS, false, EmailTranslator.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
        System.setProperty(STREAM_PROVIDER, ANGUS_STREAMS);
        return true;
    }

    private final AutomaticMail automatic;
    private final Session parsing;

    public EmailTranslator(AutomaticMail automatic) {
        this.automatic = Objects.requireNonNull(automatic, "automatic");
        this.parsing = Session.getInstance(parsingProperties());
    }

    /**
     * The properties a session reading received mail should have (the IMAP reader's too): raw UTF-8
     * in headers allowed, encoded file names decoded, lenient address parsing.
     */
    public static Properties parsingProperties() {
        Properties props = new Properties();
        props.put("mail.mime.allowutf8", "true");
        props.put("mail.mime.address.strict", "false");
        props.put("mail.mime.decodefilename", "true");
        props.put("mail.mime.decodeparameters", "true");
        props.put("mail.mime.multipart.ignoremissingendboundary", "true");
        props.put("mail.mime.multipart.allowempty", "true");
        return props;
    }

    /**
     * What a mail says about where it belongs, from its headers alone (no body is read): the addresses it went to
     * (where a reply token travels), In-Reply-To and References.
     */
    public static Addressing addressing(MimeMessage mail) {
        return new Addressing(MailHeaders.recipients(mail), MailHeaders.firstId(MailHeaders.header(mail, "In-Reply-To")),
                MailHeaders.ids(MailHeaders.header(mail, "References")));
    }

    /**
     * A mail's recipients (lower-cased) and the ids it answers.
     *
     * @param inReplyTo  the id in In-Reply-To, or null
     * @param references the ids in References, oldest first
     */
    public record Addressing(java.util.List<String> recipients, String inReplyTo, java.util.List<String> references) {

        public Addressing {
            recipients = recipients == null ? java.util.List.of() : java.util.List.copyOf(recipients);
            references = references == null ? java.util.List.of() : java.util.List.copyOf(references);
        }
    }

    /** Reads raw RFC 822 bytes (as fetched over IMAP or stored in the inbox). */
    public TranslatedMail translate(byte[] rfc822) {
        if (rfc822 == null || rfc822.length == 0) {
            return new TranslatedMail.Unreadable(null, "empty input");
        }
        MimeMessage mail;
        try {
            mail = new MimeMessage(parsing, new ByteArrayInputStream(rfc822));
        } catch (MessagingException | RuntimeException e) {
            return new TranslatedMail.Unreadable(null, "not a mail: " + e.getMessage());
        }
        return translate(mail);
    }

    /** Reads a parsed mail. */
    public TranslatedMail translate(MimeMessage mail) {
        if (mail == null) {
            return new TranslatedMail.Unreadable(null, "no mail");
        }
        try {
            return read(mail);
        } catch (RuntimeException unexpected) {
            // the parts below are lenient; this is the last line that keeps odd mail from stopping the reader
            return new TranslatedMail.Unreadable(MailHeaders.firstId(MailHeaders.header(mail, "Message-ID")),
                    "could not read: " + unexpected.getClass().getSimpleName() + ": " + unexpected.getMessage());
        }
    }

    private TranslatedMail read(MimeMessage mail) {
        String messageId = MailHeaders.firstId(MailHeaders.header(mail, "Message-ID"));
        String from = MailHeaders.header(mail, "From");
        if (from == null && messageId == null && MailHeaders.header(mail, "Date") == null) {
            return new TranslatedMail.Unreadable(null, "no From, Message-ID or Date header: not a mail");
        }
        MailBody body;
        try {
            body = MailBody.of(mail);
        } catch (MessagingException | IOException | RuntimeException e) {
            return new TranslatedMail.Unreadable(messageId, "unreadable body: " + e.getClass().getSimpleName()
                    + ": " + e.getMessage());
        }
        String plain = body.plain == null ? "" : body.plain;
        String fullText = body.htmlOnly() ? ReplyText.tidy(HtmlText.toText(body.html, false)) : ReplyText.tidy(plain);
        String newText = body.htmlOnly() ? ReplyText.newTextOfHtml(body.html) : ReplyText.newText(plain);
        String subject = MailHeaders.subject(mail);
        return new TranslatedMail.Readable(new InboundMail(messageId,
                MailHeaders.firstId(MailHeaders.header(mail, "In-Reply-To")), MailHeaders.ids(MailHeaders.header(mail, "References")),
                MailHeaders.addressOf(from), MailHeaders.displayName(from), MailHeaders.recipients(mail),
                subject == null ? "" : subject.replaceAll("[\\r\\n\\t]+", " ").strip(), MailHeaders.date(mail),
                newText, fullText, body.attachments, automatic.check(mail)));
    }
}
