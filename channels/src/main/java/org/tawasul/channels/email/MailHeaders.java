package org.tawasul.channels.email;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads header values leniently: a header that is missing or cannot be parsed gives null (or an
 * empty list), never an exception. Addresses are lower-cased.
 */
final class MailHeaders {

    private static final String[] RECIPIENT_HEADERS = {"To", "Cc", "Delivered-To", "X-Original-To", "Envelope-To",
        "X-Envelope-To"};
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
    private static final Pattern BARE_ADDRESS = Pattern.compile("[^\\s<>\"(),;:]+@[^\\s<>\"(),;:]+");

    private MailHeaders() {
    }

    /** The first value of a header, stripped, or null. */
    static String header(Part part, String name) {
        try {
            String[] values = part.getHeader(name);
            return values == null || values.length == 0 ? null : values[0].strip();
        } catch (MessagingException | RuntimeException unreadable) {
            return null;
        }
    }

    /** The first mailbox in a header value (e.g. From), with its display name, or null. */
    static InternetAddress mailbox(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            for (Address address : InternetAddress.parseHeader(value, false)) {
                if (address instanceof InternetAddress internet && internet.getAddress() != null
                        && internet.getAddress().contains("@")) {
                    return internet;
                }
            }
        } catch (MessagingException | RuntimeException unparsable) {
            // the plain search in addressOf takes over
        }
        return null;
    }

    /** The first address in a header value, lower-cased; for a value that does not parse, the first thing like one. */
    static String addressOf(String value) {
        InternetAddress mailbox = mailbox(value);
        if (mailbox != null) {
            return mailbox.getAddress().strip().toLowerCase(Locale.ROOT);
        }
        if (value == null || value.isBlank()) {
            return null;
        }
        Matcher m = BARE_ADDRESS.matcher(value);
        if (m.find()) {
            return m.group().toLowerCase(Locale.ROOT);
        }
        String bare = value.replaceAll("[<>\\s]", "");
        return bare.isEmpty() ? null : bare.toLowerCase(Locale.ROOT);
    }

    /** The display name of the first mailbox in a header value, or null when it has none. */
    static String displayName(String value) {
        InternetAddress mailbox = mailbox(value);
        return mailbox == null || mailbox.getPersonal() == null || mailbox.getPersonal().isBlank() ? null
                : mailbox.getPersonal().strip();
    }

    /** Every recipient address (To, Cc, Delivered-To, X-Original-To, Envelope-To, X-Envelope-To), once each. */
    static List<String> recipients(MimeMessage mail) {
        Set<String> all = new LinkedHashSet<>();
        for (String name : RECIPIENT_HEADERS) {
            String[] values;
            try {
                values = mail.getHeader(name);
            } catch (MessagingException | RuntimeException unreadable) {
                continue;
            }
            if (values != null) {
                for (String value : values) {
                    all.addAll(addresses(value));
                }
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
        } catch (MessagingException | RuntimeException unparsable) {
            Matcher m = BARE_ADDRESS.matcher(value);
            while (m.find()) {
                add(found, m.group());
            }
        }
        return found;
    }

    private static void add(List<String> found, String address) {
        if (address != null && address.contains("@")) {
            found.add(address.strip().toLowerCase(Locale.ROOT));
        }
    }

    /** The decoded subject, or null. */
    static String subject(Part mail) {
        String raw = header(mail, "Subject");
        if (raw == null) {
            return null;
        }
        try {
            return MimeUtility.decodeText(MimeUtility.unfold(raw));
        } catch (IOException | RuntimeException undecodable) {
            return raw;
        }
    }

    /** The Date header, or null when it is missing or unreadable. */
    static Instant date(MimeMessage mail) {
        try {
            return mail.getSentDate() == null ? null : mail.getSentDate().toInstant();
        } catch (MessagingException | RuntimeException unparsable) {
            return null;
        }
    }

    /** The first {@code <id>} in a header value, or null. */
    static String firstId(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = MESSAGE_ID.matcher(value);
        return m.find() ? m.group() : value.isBlank() ? null : value.strip();
    }

    /** Every {@code <id>} in a header value, in order. */
    static List<String> ids(String value) {
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
