package org.tawasul.channels.email;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Our own Message-IDs: one per outbox row ({@code <tawasul.outbox.123@society.example>}, so a
 * retried send keeps it) and one synthetic thread root per thread key
 * ({@code <tawasul.thread.CMP-2026-000123@society.example>}) that every mail of a case refers to.
 * Recognising them finds our own mail looped back, and the outbox row a bounce is about.
 */
public final class MessageIds {

    private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*");
    private static final Pattern OWN = Pattern.compile("<?\\s*tawasul\\.(outbox|thread)\\.([^@\\s<>]+)@([^\\s<>]+?)\\s*>?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-]");

    private MessageIds() {
    }

    /** The Message-ID of the mail for one outbox row, with its angle brackets. */
    public static String forOutbox(long outboxId, String domain) {
        return "<tawasul.outbox." + outboxId + "@" + checkDomain(domain) + ">";
    }

    /**
     * The synthetic root every mail of one thread points at (In-Reply-To, References). Characters
     * other than ASCII letters, digits, {@code -} and {@code _} in the key are written as
     * {@code =XX} (UTF-8 bytes in hex), so any key gives a valid Message-ID.
     */
    public static String threadRoot(String threadKey, String domain) {
        if (threadKey == null || threadKey.isBlank()) {
            throw new IllegalArgumentException("A thread key is needed for a thread root id");
        }
        StringBuilder local = new StringBuilder();
        for (byte b : threadKey.strip().getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (b >= 0 && SAFE.matcher(String.valueOf(c)).matches()) {
                local.append(c);
            } else {
                local.append('=').append(String.format(Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return "<tawasul.thread." + local + "@" + checkDomain(domain) + ">";
    }

    /**
     * Whether a Message-ID (with or without angle brackets) is one of ours: an outbox or thread id
     * under {@code domain}, compared without regard to case.
     */
    public static boolean isOwn(String messageId, String domain) {
        Matcher m = match(messageId);
        return m != null && m.group(3).equalsIgnoreCase(Objects.requireNonNull(domain, "domain"));
    }

    /** The outbox row an id of ours names (e.g. the original message quoted by a bounce), if it is one. */
    public static OptionalLong outboxIdOf(String messageId, String domain) {
        Matcher m = match(messageId);
        if (m == null || !m.group(1).equalsIgnoreCase("outbox") || !m.group(3).equalsIgnoreCase(domain)) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(m.group(2)));
        } catch (NumberFormatException notOurs) {
            return OptionalLong.empty();
        }
    }

    private static Matcher match(String messageId) {
        if (messageId == null) {
            return null;
        }
        Matcher m = OWN.matcher(messageId.strip());
        return m.matches() ? m : null;
    }

    static String checkDomain(String domain) {
        if (domain == null || !DOMAIN.matcher(domain).matches()) {
            throw new IllegalArgumentException("'" + domain + "' is not a domain for Message-IDs");
        }
        return domain;
    }
}
