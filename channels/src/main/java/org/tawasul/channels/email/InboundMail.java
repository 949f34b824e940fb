package org.tawasul.channels.email;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A received mail in plain values, as {@link EmailTranslator} reads it. Header values are decoded
 * (RFC 2047); ids keep their angle brackets.
 *
 * @param messageId   its Message-ID, or null when it has none
 * @param inReplyTo   the first id in In-Reply-To, or null
 * @param references  the ids in References, in order
 * @param fromAddress the sender's address, lower-cased, or null when there is none
 * @param fromName    the sender's display name, or null
 * @param recipients  every recipient address, lower-cased, without repeats: To, Cc, then
 *                    Delivered-To, X-Original-To, Envelope-To, X-Envelope-To (where a reply
 *                    token may be when the To header was rewritten)
 * @param subject     the subject, or an empty string
 * @param date        the Date header, or null when it is absent or unreadable
 * @param newText     what the writer added: quoted history and signature cut ({@link ReplyText})
 * @param fullText    the whole text, for staff
 * @param attachments the files, in order (inline images of a signature included, marked inline)
 * @param automatic   whether a program wrote it, and why ({@link AutomaticMail})
 */
public record InboundMail(String messageId, String inReplyTo, List<String> references, String fromAddress,
                          String fromName, List<String> recipients, String subject, Instant date, String newText,
                          String fullText, List<Attachment> attachments, AutomaticMail.Verdict automatic) {

    public InboundMail {
        references = List.copyOf(references);
        recipients = List.copyOf(recipients);
        subject = subject == null ? "" : subject;
        newText = Objects.requireNonNull(newText, "newText");
        fullText = Objects.requireNonNull(fullText, "fullText");
        attachments = List.copyOf(attachments);
        Objects.requireNonNull(automatic, "automatic");
    }

    /** Whether the mail must be neither relayed nor answered. */
    public boolean isAutomatic() {
        return automatic.automatic();
    }

    /**
     * A file in the mail.
     *
     * @param name        its file name (decoded), or a made-up one ({@code part-3.bin}) if it has none
     * @param contentType its MIME type, lower case, without parameters
     * @param size        its size in bytes, decoded
     * @param inline      whether it is shown in the text (e.g. a logo in a signature) rather than attached
     */
    public record Attachment(String name, String contentType, long size, boolean inline) { }
}
