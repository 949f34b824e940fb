package org.tawasul.channels.telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into parts of at most a number of UTF-16 units, preferring a line break, then a
 * space, and never cutting a surrogate pair in two.
 */
public final class TextSplitter {

    /** Telegram's limit for one message's text, in UTF-16 units. */
    public static final int TELEGRAM_MAX = 4096;

    private TextSplitter() {
    }

    /** The parts, in order; a text within the limit is one part. Parts are never empty. */
    public static List<String> split(String text, int max) {
        if (max < 2) {
            throw new IllegalArgumentException("max must be at least 2: " + max);
        }
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (rest.length() > max) {
            int cut = cutPoint(rest, max);
            String part = rest.substring(0, cut).stripTrailing();
            if (!part.isEmpty()) {
                parts.add(part);
            }
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty() || parts.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    private static int cutPoint(String text, int max) {
        int newline = text.lastIndexOf('\n', max);
        if (newline > max / 2) {
            return newline + 1;
        }
        int space = text.lastIndexOf(' ', max);
        if (space > max / 2) {
            return space + 1;
        }
        // no good boundary: cut hard, but never between a high and a low surrogate
        return Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    }
}
