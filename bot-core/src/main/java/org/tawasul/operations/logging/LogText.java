package org.tawasul.operations.logging;

/** Makes text safe inside one log line: line breaks, other controls and bidi controls become visible escapes. */
final class LogText {

    private LogText() {
    }

    /** {@code text} with CR, LF, NEL, U+2028/2029, other controls and bidi controls written as {@code \n}, {@code \r}, {@code \}{@code uXXXX}. */
    static String oneLine(String text) {
        if (text == null || text.chars().noneMatch(LogText::needsEscape)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.chars().forEach(c -> {
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (needsEscape(c)) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.append((char) c);
            }
        });
        return out.toString();
    }

    private static boolean needsEscape(int c) {
        return (c < 0x20 && c != '\t') || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
                || c == 0x061C;
    }
}
