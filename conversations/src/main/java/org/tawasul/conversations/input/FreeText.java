package org.tawasul.conversations.input;

/**
 * Cleans a member's free text before it is stored (P13, and so that staff read what the member
 * meant): control characters, bidi embeddings, overrides and isolates, directional marks, zero-width
 * spaces, word joiners, the byte order mark, interlinear annotations and tag characters are removed;
 * line breaks and tabs become one space; a zero-width joiner is kept only inside an emoji sequence; a
 * zero-width non-joiner (ZWNJ) is kept only between two letters, where Persian and Urdu spelling needs it
 * (می‌خواهم) — anywhere else it only hides text, so it goes, and runs of it become one; at most
 * {@link #MAX_MARKS} combining marks follow one character (shadda, a haraka and a Quranic mark fit),
 * so that marks cannot pile up ("Zalgo") past a length limit. Thread-safe, null gives "".
 */
public final class FreeText {

    /** Combining marks kept after one base character. */
    public static final int MAX_MARKS = 3;
    /** Code points allowed per grapheme on average when a length limit is checked. */
    public static final int CODE_POINTS_PER_GRAPHEME = 4;

    private static final int ZWNJ = 0x200C;
    private static final int ZWJ = 0x200D;

    private FreeText() {
    }

    /** The text to store: cleaned as described above, whitespace runs made one space, stripped. */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        int marks = 0;
        int previous = -1;
        int[] cps = raw.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (c == '\n' || c == '\r' || c == '\t' || c == 0x0085 || c == 0x2028 || c == 0x2029 || Character.isSpaceChar(c)) {
                appendSpace(out);
                marks = 0;
                previous = ' ';
                continue;
            }
            if (c == ZWJ) {
                if (isEmoji(previous) && i + 1 < cps.length && isEmoji(cps[i + 1])) {
                    out.appendCodePoint(c);
                    previous = c;
                }
                continue;
            }
            if (c == ZWNJ) {
                if (Character.isLetter(previous) && i + 1 < cps.length && Character.isLetter(cps[i + 1])) {
                    out.appendCodePoint(c);
                    previous = c;
                }
                continue;
            }
            if (isInvisible(c)) {
                continue;
            }
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                if (++marks > MAX_MARKS || previous == -1 || previous == ' ') {
                    continue;
                }
            } else {
                marks = 0;
            }
            out.appendCodePoint(c);
            previous = c;
        }
        return out.toString().strip();
    }

    /**
     * The length of {@code cleaned} to check against a limit of graphemes: the graphemes, or more when
     * the text has more than {@link #CODE_POINTS_PER_GRAPHEME} code points per grapheme, so that no
     * text of more than {@code limit × 4} code points passes a limit.
     */
    public static int checkedLength(String cleaned) {
        int graphemes = TextLength.length(cleaned);
        int codePoints = cleaned.codePointCount(0, cleaned.length());
        return Math.max(graphemes, (codePoints + CODE_POINTS_PER_GRAPHEME - 1) / CODE_POINTS_PER_GRAPHEME);
    }

    private static void appendSpace(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
    }

    /** Controls and formatting characters with no place in stored text (ZWJ and ZWNJ are decided above). */
    private static boolean isInvisible(int c) {
        return Character.getType(c) == Character.CONTROL
                || (c >= 0x200B && c <= 0x200F) // zero-width space, LRM, RLM (ZWNJ, ZWJ handled before)
                || (c >= 0x202A && c <= 0x202E) // bidi embeddings and overrides
                || (c >= 0x2060 && c <= 0x206F) // word joiner, invisible operators, bidi isolates, deprecated formats
                || c == 0x061C || c == 0x180E || c == 0xFEFF
                || (c >= 0xFFF9 && c <= 0xFFFB) // interlinear annotations
                || (c >= 0xE0000 && c <= 0xE007F) // tag characters (hidden ASCII)
                || c == 0x034F; // combining grapheme joiner
    }

    private static boolean isEmoji(int c) {
        return c >= 0x1F000 || (c >= 0x2600 && c <= 0x27BF) || c == 0xFE0F || (c >= 0x1F3FB && c <= 0x1F3FF);
    }
}
