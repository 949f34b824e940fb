package org.tawasul.staff.mail;

import java.util.Map;
import org.tawasul.channels.TextParts;
import org.tawasul.conversations.message.Language;

/**
 * An officer's reply as the member reads it, {@code <officer> (<reference>):} and the text, kept within a budget
 * of parts on a channel that bills by the part (SMS: {@code tawasul.mail.sms-max-segments}, 3 by default). A reply
 * that fits goes whole (the provider sends it as concatenated segments the phone shows as one message); a longer
 * one is cut, at a word where one is near, and ends with a note to continue on Telegram, the whole still within
 * the budget. The case keeps the whole text.
 */
final class RelayText {

    private RelayText() {
    }

    /** The member's message for the officer's text; {@code parts} null (a chat channel) leaves it whole. */
    static String of(String officer, String reference, String text, Language language, TextParts parts, int budget) {
        String whole = body(officer, reference, text, language);
        if (parts == null || parts.parts(whole) <= budget) {
            return whole;
        }
        String note = OfficerNotifier.TEXTS.get("member.relay.cut", language);
        // the longest prefix whose message still fits: parts only grow with the prefix, so a binary search finds it
        int low = 0;
        int high = text.length();
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (parts.parts(body(officer, reference, cut(text, mid), language) + note) <= budget) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        int end = atWord(text, low);
        return body(officer, reference, cut(text, end), language) + note;
    }

    private static String body(String officer, String reference, String text, Language language) {
        return OfficerNotifier.TEXTS.get("member.relay", language,
                Map.of("officer", officer, "reference", reference, "text", text));
    }

    /** The first {@code end} characters, never half a surrogate pair, without trailing spaces. */
    private static String cut(String text, int end) {
        if (end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).stripTrailing();
    }

    /** {@code end}, moved back to the last space or line end in the last fifth of the cut, if any. */
    private static int atWord(String text, int end) {
        if (end >= text.length()) {
            return end;
        }
        for (int i = end; i > end * 4 / 5 && i > 0; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return end;
    }
}
