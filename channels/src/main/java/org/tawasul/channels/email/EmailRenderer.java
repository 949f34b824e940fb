package org.tawasul.channels.email;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.tawasul.channels.OutboundMessage;
import org.tawasul.conversations.message.Outbound;
import org.tawasul.conversations.message.PlainText;

/**
 * Turns an outbound message into a mail: {@code multipart/alternative} with the text as
 * {@code text/plain} (UTF-8) and as {@code text/html} laid out right-to-left when it has Arabic
 * letters (choices, if any, follow as numbered lines), wrapped in {@code multipart/mixed} when
 * files go with it. Headers: {@code From} with the display name, {@code Reply-To} and
 * {@code Subject} from the envelope, our own {@code Message-ID} derived from the outbox id (a
 * retried send keeps it), {@code In-Reply-To}/{@code References} to the thread's synthetic root
 * ({@link MessageIds}), and the marks that keep auto-responders quiet ({@code Auto-Submitted},
 * {@code X-Auto-Response-Suppress}).
 */
public final class EmailRenderer {

    private static final int SUBJECT_FROM_BODY_MAX = 78;

    private final InternetAddress from;
    private final String messageIdDomain;

    /**
     * @param fromAddress     the address mail comes from (e.g. {@code tawasul@society.example})
     * @param fromName        its display name, e.g. {@code "جمعية تعاونية — تواصل"}; null for none
     * @param messageIdDomain the domain of our Message-IDs, usually the society's mail domain
     */
    public EmailRenderer(String fromAddress, String fromName, String messageIdDomain) {
        this.from = address(fromAddress, fromName, "from");
        this.messageIdDomain = MessageIds.checkDomain(messageIdDomain);
    }

    /** The domain our Message-IDs are under. */
    public String messageIdDomain() {
        return messageIdDomain;
    }

    /** The sending address, lower-cased. */
    public String fromAddress() {
        return from.getAddress().toLowerCase(Locale.ROOT);
    }

    /** The mail for a message without files. */
    public MimeMessage render(Session session, OutboundMessage message) {
        return render(session, message, List.of());
    }

    /**
     * The mail for a message, with files.
     *
     * @throws InvalidAddress when the recipient or the envelope's reply-to is not an email address
     */
    public MimeMessage render(Session session, OutboundMessage message, List<EmailAttachment> attachments) {
        return build(session, message, attachments);
    }

    RenderedMessage build(Session session, OutboundMessage message, List<EmailAttachment> attachments) {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(message, "message");
        InternetAddress to = address(message.recipient(), null, "recipient");
        OutboundMessage.Envelope envelope = message.envelope();
        InternetAddress replyTo = envelope.replyTo() == null ? null : address(envelope.replyTo(), null, "reply-to");
        String text = PlainText.render(new Outbound(message.body(), message.choices(), null));
        RenderedMessage mail = new RenderedMessage(session, MessageIds.forOutbox(message.outboxId(), messageIdDomain));
        try {
            mail.setFrom(from);
            mail.setRecipient(Message.RecipientType.TO, to);
            if (replyTo != null) {
                mail.setReplyTo(new InternetAddress[] {replyTo});
            }
            mail.setSubject(subject(envelope.subject(), text), "UTF-8");
            mail.setSentDate(new Date());
            if (envelope.threadKey() != null && !envelope.threadKey().isBlank()) {
                String root = MessageIds.threadRoot(envelope.threadKey(), messageIdDomain);
                mail.setHeader("In-Reply-To", root);
                mail.setHeader("References", root);
            }
            mail.setHeader("Auto-Submitted", "auto-generated");
            mail.setHeader("X-Auto-Response-Suppress", "All");
            MimeMultipart alternative = alternative(text);
            if (attachments == null || attachments.isEmpty()) {
                mail.setContent(alternative);
            } else {
                mail.setContent(mixed(alternative, attachments));
            }
            mail.saveChanges();
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not build the mail for outbox row " + message.outboxId(), e);
        }
        return mail;
    }

    private static MimeMultipart alternative(String text) throws MessagingException {
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(Html.of(text), "UTF-8", "html");
        return new MimeMultipart("alternative", plain, html);
    }

    private static MimeMultipart mixed(MimeMultipart alternative, List<EmailAttachment> attachments)
            throws MessagingException {
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);
        MimeMultipart mixed = new MimeMultipart("mixed", body);
        for (EmailAttachment attachment : attachments) {
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
            file.setFileName(attachment.name());
            file.setDisposition(MimeBodyPart.ATTACHMENT);
            // always base64: a file that happens to be ASCII would otherwise go as 7bit, its line ends rewritten
            file.setHeader("Content-Transfer-Encoding", "base64");
            mixed.addBodyPart(file);
        }
        return mixed;
    }

    /** The envelope's subject, else the text's first line (shortened). */
    static String subject(String subject, String text) {
        if (subject != null && !subject.isBlank()) {
            return subject.strip().replaceAll("[\\r\\n]+", " ");
        }
        String first = text.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElse("");
        return first.length() <= SUBJECT_FROM_BODY_MAX ? first
                : first.substring(0, Character.isHighSurrogate(first.charAt(SUBJECT_FROM_BODY_MAX - 2))
                        ? SUBJECT_FROM_BODY_MAX - 2 : SUBJECT_FROM_BODY_MAX - 1) + "…";
    }

    private static InternetAddress address(String address, String name, String role) {
        if (address == null || address.isBlank()) {
            throw new InvalidAddress(role, address, "no address");
        }
        try {
            InternetAddress parsed = new InternetAddress(address.strip(), true);
            if (parsed.isGroup() || parsed.getAddress().indexOf('@') < 1) {
                throw new InvalidAddress(role, address, "not a single mailbox");
            }
            return name == null || name.isBlank() ? parsed
                    : new InternetAddress(parsed.getAddress(), name.strip(), StandardCharsets.UTF_8.name());
        } catch (AddressException e) {
            throw new InvalidAddress(role, address, e.getMessage());
        } catch (UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** An address that cannot be used: the recipient's, the reply-to or our own sender's. */
    public static final class InvalidAddress extends IllegalArgumentException {

        private final String role;

        InvalidAddress(String role, String address, String why) {
            super("The " + role + " address '" + address + "' is not usable: " + why);
            this.role = role;
        }

        /** Whether it is the recipient's address (the member or officer), rather than one of ours. */
        public boolean isRecipient() {
            return role.equals("recipient");
        }
    }

    /**
     * A mail that keeps the Message-ID we gave it (Jakarta Mail would make up a new one on every
     * {@code saveChanges}) and notes when its bytes have been written out: a failure after that
     * may come after the server took the message.
     */
    static final class RenderedMessage extends MimeMessage {

        private final String messageId;
        private volatile boolean written;

        RenderedMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }

        @Override
        public void writeTo(OutputStream out, String[] ignoreList) throws IOException, MessagingException {
            super.writeTo(out, ignoreList);
            written = true;
        }

        String messageId() {
            return messageId;
        }

        /** Whether the whole message has been written to a stream (for SMTP: the DATA). */
        boolean written() {
            return written;
        }
    }
}
