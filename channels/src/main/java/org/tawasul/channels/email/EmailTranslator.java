package org.tawasul.channels.email;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final String[] RECIPIENT_HEADERS = {"To", "Cc", "Delivered-To", "X-Original-To", "Envelope-To",
        "X-Envelope-To"};
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
    private static final int MAX_PARTS = 100;

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
        String messageId = firstId(AutomaticMail.header(mail, "Message-ID"));
        String from = AutomaticMail.header(mail, "From");
        if (from == null && messageId == null && AutomaticMail.header(mail, "Date") == null) {
            return new TranslatedMail.Unreadable(null, "no From, Message-ID or Date header: not a mail");
        }
        Body body = new Body();
        try {
            walk(mail, body, null);
        } catch (MessagingException | IOException | RuntimeException e) {
            return new TranslatedMail.Unreadable(messageId, "unreadable body: " + e.getClass().getSimpleName()
                    + ": " + e.getMessage());
        }
        boolean useHtml = (body.plain == null || body.plain.isBlank()) && body.html != null;
        String fullText = useHtml ? ReplyText.tidy(HtmlText.toText(body.html, false))
                : ReplyText.tidy(body.plain == null ? "" : body.plain);
        String newText = useHtml ? ReplyText.newTextOfHtml(body.html)
                : ReplyText.newText(body.plain == null ? "" : body.plain);
        InternetAddress sender = sender(from);
        return new TranslatedMail.Readable(new InboundMail(messageId,
                firstId(AutomaticMail.header(mail, "In-Reply-To")), ids(AutomaticMail.header(mail, "References")),
                sender == null ? AutomaticMail.addressOf(from) : sender.getAddress().toLowerCase(Locale.ROOT),
                sender == null || sender.getPersonal() == null || sender.getPersonal().isBlank() ? null
                        : sender.getPersonal().strip(),
                recipients(mail), subject(mail), date(mail), newText, fullText, body.attachments,
                automatic.check(mail)));
    }

    /** The text parts and attachments found in a mail. */
    private static final class Body {
        String plain;
        String html;
        final List<InboundMail.Attachment> attachments = new ArrayList<>();
        int parts;
    }

    private static void walk(Part part, Body body, String parentType) throws MessagingException, IOException {
        if (++body.parts > MAX_PARTS) {
            return;
        }
        ContentType type = contentType(part);
        String base = type.getBaseType().toLowerCase(Locale.ROOT);
        if (base.startsWith("multipart/")) {
            Object content = part.getContent();
            if (content instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    walk(multipart.getBodyPart(i), body, base);
                }
                return;
            }
        }
        boolean attached = Part.ATTACHMENT.equalsIgnoreCase(disposition(part)) || fileName(part) != null;
        if (!attached && base.equals("text/plain")) {
            String text = text(part, type);
            if ("flowed".equalsIgnoreCase(type.getParameter("format"))) {
                text = Flowed.unflow(text, "yes".equalsIgnoreCase(type.getParameter("delsp")));
            }
            if (body.plain == null) {
                body.plain = text;
                return;
            }
            if ("multipart/mixed".equals(parentType)) {
                body.plain = body.plain + "\n" + text; // a body split around an inline file (Apple Mail)
                return;
            }
        }
        if (!attached && base.equals("text/html")) {
            if (body.html == null) {
                body.html = text(part, type);
                return;
            }
            if ("multipart/mixed".equals(parentType)) {
                body.html = body.html + "\n" + text(part, type);
                return;
            }
        }
        body.attachments.add(attachment(part, base, body.attachments.size() + 1));
    }

    private static InboundMail.Attachment attachment(Part part, String base, int number) throws MessagingException {
        String name = fileName(part);
        if (name == null) {
            name = base.equals("message/rfc822") ? "message-" + number + ".eml" : "part-" + number + ".bin";
        }
        boolean inline = Part.INLINE.equalsIgnoreCase(disposition(part))
                || disposition(part) == null && AutomaticMail.header(part, "Content-ID") != null;
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
        String charset = type.getParameter("charset");
        if (charset != null) {
            try {
                Object content = part.getContent();
                if (content instanceof String s) {
                    return s;
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

    private static InternetAddress sender(String from) {
        if (from == null) {
            return null;
        }
        try {
            for (Address address : InternetAddress.parseHeader(from, false)) {
                if (address instanceof InternetAddress internet && internet.getAddress() != null
                        && internet.getAddress().contains("@")) {
                    return internet;
                }
            }
        } catch (MessagingException | RuntimeException unparsable) {
            // the plain search in AutomaticMail.addressOf takes over
        }
        return null;
    }

    private static List<String> recipients(MimeMessage mail) {
        Set<String> all = new LinkedHashSet<>();
        for (String name : RECIPIENT_HEADERS) {
            String[] values;
            try {
                values = mail.getHeader(name);
            } catch (MessagingException | RuntimeException unreadable) {
                continue;
            }
            if (values == null) {
                continue;
            }
            for (String value : values) {
                all.addAll(addresses(value));
            }
        }
        return List.copyOf(all);
    }

    private static List<String> addresses(String value) {
        List<String> found = new ArrayList<>();
        try {
            for (Address address : InternetAddress.parseHeader(value, false)) {
                if (address instanceof InternetAddress internet) {
                    if (internet.isGroup()) {
                        for (InternetAddress member : internet.getGroup(false)) {
                            add(found, member.getAddress());
                        }
                    } else {
                        add(found, internet.getAddress());
                    }
                }
            }
            return found;
        } catch (MessagingException | RuntimeException unparsable) {
            Matcher m = Pattern.compile("[^\\s<>\"(),;:]+@[^\\s<>\"(),;:]+").matcher(value);
            while (m.find()) {
                add(found, m.group());
            }
            return found;
        }
    }

    private static void add(List<String> found, String address) {
        if (address != null && address.contains("@")) {
            found.add(address.strip().toLowerCase(Locale.ROOT));
        }
    }

    private static String subject(MimeMessage mail) {
        String subject = AutomaticMail.subject(mail);
        return subject == null ? "" : subject.replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    private static Instant date(MimeMessage mail) {
        try {
            return mail.getSentDate() == null ? null : mail.getSentDate().toInstant();
        } catch (MessagingException | RuntimeException unparsable) {
            return null;
        }
    }

    private static String firstId(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = MESSAGE_ID.matcher(value);
        return m.find() ? m.group() : value.isBlank() ? null : value.strip();
    }

    private static List<String> ids(String value) {
        List<String> ids = new ArrayList<>();
        if (value != null) {
            Matcher m = MESSAGE_ID.matcher(value);
            while (m.find()) {
                ids.add(m.group());
            }
        }
        return ids;
    }
}
