package org.tawasul.channels.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.tawasul.channels.ChannelId;
import org.tawasul.channels.ChannelSender;
import org.tawasul.channels.OutboundMessage;
import org.tawasul.channels.Pacing;
import org.tawasul.channels.SendOutcome;
import org.tawasul.channels.SendOutcome.AddressEffect;

/**
 * Sends outbox rows as mail over SMTP, one connection per message, through a {@link Session} the
 * caller configured (see {@link SmtpSettings#session()}). The provider id of a sent mail is its
 * Message-ID ({@link MessageIds#forOutbox}), which bounces quote. Failures are classified by
 * {@link EmailErrors}; nothing is thrown for a provider error.
 */
public final class EmailSender implements ChannelSender {

    /** A modest rate most SMTP relays accept (5 messages a second); no interval per recipient. */
    public static final Pacing PACING = new Pacing(5, Duration.ZERO);

    /** The files to send with an outbox row; the runtime looks them up by the row's id. */
    @FunctionalInterface
    public interface Attachments {

        /** No files for any message. */
        Attachments NONE = message -> List.of();

        List<EmailAttachment> of(OutboundMessage message);

        /**
         * The files to send and a note on those that could not go (too large, not to be had), added below the
         * text; the default sends {@link #of} without a note.
         */
        default Files files(OutboundMessage message) {
            return new Files(of(message), null);
        }
    }

    /** Files that go with a mail, and a note for the text on those that do not (null: none). */
    public record Files(List<EmailAttachment> attached, String note) {

        public Files {
            attached = attached == null ? List.of() : List.copyOf(attached);
            note = note == null || note.isBlank() ? null : note;
        }
    }

    private final Session session;
    private final EmailRenderer renderer;
    private final Attachments attachments;

    public EmailSender(Session session, EmailRenderer renderer) {
        this(session, renderer, Attachments.NONE);
    }

    public EmailSender(Session session, EmailRenderer renderer, Attachments attachments) {
        this.session = Objects.requireNonNull(session, "session");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.attachments = Objects.requireNonNull(attachments, "attachments");
    }

    @Override
    public ChannelId channel() {
        return ChannelId.EMAIL;
    }

    @Override
    public Pacing defaultPacing() {
        return PACING;
    }

    @Override
    public SendOutcome send(OutboundMessage message) {
        Files files;
        try {
            files = attachments.files(message);
        } catch (RuntimeException lookupFailed) {
            return new SendOutcome.Failed("could not look up the files to send: " + lookupFailed.getMessage());
        }
        OutboundMessage withNote = files.note() == null ? message
                : new OutboundMessage(message.outboxId(), message.channel(), message.recipient(),
                        message.body() + "\n\n" + files.note(), message.choices(), message.hint(), message.envelope(),
                        message.attempt(), message.partsSent());
        EmailRenderer.RenderedMessage mail;
        try {
            mail = renderer.build(session, withNote, files.attached());
        } catch (EmailRenderer.InvalidAddress bad) {
            return new SendOutcome.Refused(bad.getMessage(), bad.isRecipient() ? AddressEffect.INVALID : AddressEffect.NONE);
        } catch (RuntimeException unrenderable) {
            return new SendOutcome.Refused("could not build the mail: " + unrenderable.getMessage(), AddressEffect.NONE);
        }
        Transport transport = null;
        try {
            transport = session.getTransport();
            transport.connect();
            transport.sendMessage(mail, mail.getAllRecipients());
        } catch (MessagingException | RuntimeException e) {
            return EmailErrors.classify(e, mail.written());
        } finally {
            closeQuietly(transport);
        }
        return new SendOutcome.Sent(mail.messageId());
    }

    /** QUIT may fail after the server took the message; that changes nothing. */
    private static void closeQuietly(Transport transport) {
        if (transport == null) {
            return;
        }
        try {
            transport.close();
        } catch (MessagingException | RuntimeException ignored) {
            // the message was sent or its failure already classified
        }
    }
}
