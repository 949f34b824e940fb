package org.tawasul.channels.console;

import java.util.Locale;
import org.tawasul.conversations.message.Attachment;
import org.tawasul.conversations.message.Inbound;

/**
 * Translates a console line into the neutral model. A line is typed text, except
 * {@code /photo NAME}, {@code /file NAME} and {@code /contact +9665...}, which stand in for what a
 * chat app would send as a photo, a document or a shared contact.
 */
public final class ConsoleTranslator {

    private ConsoleTranslator() {
    }

    /** The member's input for one line typed at the console. */
    public static Inbound translate(String line) {
        String trimmed = line.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.startsWith("/photo ")) {
            return Inbound.attachment(new Attachment(Attachment.Kind.PHOTO, argument(trimmed), argument(trimmed), 0));
        }
        if (lower.startsWith("/file ")) {
            return Inbound.attachment(new Attachment(Attachment.Kind.DOCUMENT, argument(trimmed), argument(trimmed), 0));
        }
        if (lower.startsWith("/contact ")) {
            return Inbound.contact(argument(trimmed));
        }
        return Inbound.text(trimmed);
    }

    private static String argument(String line) {
        return line.substring(line.indexOf(' ') + 1).strip();
    }
}
