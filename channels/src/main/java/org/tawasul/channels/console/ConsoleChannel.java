package org.tawasul.channels.console;

import java.util.List;
import java.util.Locale;
import org.tawasul.conversations.message.Attachment;
import org.tawasul.conversations.message.Choice;
import org.tawasul.conversations.message.Inbound;
import org.tawasul.conversations.message.Outbound;
import org.tawasul.conversations.message.PlainText;

/**
 * Translates between console lines and the neutral model. A line is typed text, except
 * {@code /photo NAME}, {@code /file NAME} and {@code /contact +9665...}, which stand in for what a
 * chat app would send as a photo, a document or a shared contact. Choices print as numbered lines.
 */
public final class ConsoleChannel {

    /** The channel's name in the inbox, outbox and conversation tables. */
    public static final String NAME = "console";

    private ConsoleChannel() {
    }

    /** The member's input for one line typed at the console. */
    public static Inbound parse(String line) {
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

    /** The lines to print for a message: its text, then its choices numbered from 1. */
    public static List<String> render(String body, List<Choice> choices) {
        return PlainText.lines(new Outbound(body, choices, null));
    }

    private static String argument(String line) {
        return line.substring(line.indexOf(' ') + 1).strip();
    }
}
