package org.tawasul.channels.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text and files of a mail, found by walking its MIME tree: the first {@code text/plain} and
 * the first {@code text/html} that are not attachments (texts split around an inline file, as Apple
 * Mail sends them, are joined), everything else as an attachment.
 */
final class MailBody {

    private static final int MAX_PARTS = 100;

    String plain;
    String html;
    final List<InboundMail.Attachment> attachments = new ArrayList<>();
    private int parts;

    private MailBody() {
    }

    /** Reads a mail's body; throws only when the MIME structure itself cannot be read. */
    static MailBody of(Part mail) throws MessagingException, IOException {
        MailBody body = new MailBody();
        body.walk(mail, null);
        return body;
    }

    /** Whether the HTML stands in for a missing or empty plain text. */
    boolean htmlOnly() {
        return (plain == null || plain.isBlank()) && html != null;
    }

    private void walk(Part part, String parentType) throws MessagingException, IOException {
        if (++parts > MAX_PARTS) {
            return;
        }
        ContentType type = contentType(part);
        String base = type.getBaseType().toLowerCase(Locale.ROOT);
        if (base.startsWith("multipart/") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                walk(multipart.getBodyPart(i), base);
            }
            return;
        }
        boolean attached = Part.ATTACHMENT.equalsIgnoreCase(disposition(part)) || fileName(part) != null;
        boolean inMixed = "multipart/mixed".equals(parentType);
        if (!attached && base.equals("text/plain") && (plain == null || inMixed)) {
            String text = text(part, type);
            if ("flowed".equalsIgnoreCase(type.getParameter("format"))) {
                text = Flowed.unflow(text, "yes".equalsIgnoreCase(type.getParameter("delsp")));
            }
            plain = plain == null ? text : plain + "\n" + text;
            return;
        }
        if (!attached && base.equals("text/html") && (html == null || inMixed)) {
            String text = text(part, type);
            html = html == null ? text : html + "\n" + text;
            return;
        }
        attachments.add(attachment(part, base, attachments.size() + 1));
    }

    private static InboundMail.Attachment attachment(Part part, String base, int number) {
        String name = fileName(part);
        if (name == null) {
            name = base.equals("message/rfc822") ? "message-" + number + ".eml" : "part-" + number + ".bin";
        }
        String disposition = disposition(part);
        boolean inline = Part.INLINE.equalsIgnoreCase(disposition)
                || disposition == null && MailHeaders.header(part, "Content-ID") != null;
        return new InboundMail.Attachment(name, base, size(part), inline);
    }

    private static long size(Part part) {
        try (InputStream in = part.getInputStream()) {
            return in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException | MessagingException | RuntimeException unreadable) {
            try {
                return Math.max(0, part.getSize());
            } catch (MessagingException e) {
                return 0;
            }
        }
    }

    /** The text of a part; an unknown or wrong charset falls back to UTF-8, then Windows-1256 (Arabic Windows). */
    private static String text(Part part, ContentType type) throws MessagingException, IOException {
        if (type.getParameter("charset") != null) {
            try {
                if (part.getContent() instanceof String text) {
                    return text;
                }
            } catch (IOException unsupportedCharset) {
                // read the bytes below
            }
        }
        byte[] bytes;
        try (InputStream in = part.getInputStream()) {
            bytes = in.readAllBytes();
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("windows-1256"));
        }
    }

    private static ContentType contentType(Part part) {
        try {
            String header = part.getContentType();
            return new ContentType(header == null ? "text/plain" : header);
        } catch (MessagingException | RuntimeException unparsable) {
            return new ContentType("application", "octet-stream", null);
        }
    }

    private static String disposition(Part part) {
        try {
            return part.getDisposition();
        } catch (MessagingException | RuntimeException unparsable) {
            return null;
        }
    }

    private static String fileName(Part part) {
        try {
            String name = part.getFileName();
            if (name == null || name.isBlank()) {
                return null;
            }
            return name.contains("=?") ? MimeUtility.decodeText(name) : name;
        } catch (MessagingException | IOException | RuntimeException unparsable) {
            return null;
        }
    }
}
