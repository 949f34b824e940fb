package org.tawasul.conversations.input;

/**
 * Normalises raw chat input to a canonical stored form ({@link #normalise}) and to a case- and letter-folded
 * matching key ({@link #fold}); both are null-safe, thread-safe and return the argument itself when nothing changes.
 */
public final class InputNormaliser {

    private static final int BLOCK_START = 0x0600;
    private static final int BLOCK_END = 0x06FF;
    /** Table marker: remove the character. */
    private static final char DROP = '\uFFFF';
    /** {@link #map} result: remove the character. */
    private static final int REMOVE = -1;
    /** {@link #map} result: the character is whitespace. */
    private static final int SPACE = -2;
    private static final char ZWJ = '\u200D';

    /** Replacement per Arabic-block char for {@link #normalise}: 0 keeps, {@link #DROP} removes. */
    private static final char[] NORMALISE_TABLE = normaliseTable();
    /** As {@link #NORMALISE_TABLE} plus the letter folds used by {@link #fold}. */
    private static final char[] FOLD_TABLE = foldTable();

    private InputNormaliser() {
    }

    /**
     * Returns the stored form of {@code raw}: ASCII digits, no tatweel/harakat/Quranic marks, Arabic decimal
     * separator as '.', no Arabic thousands separator, no zero-width or bidi controls, whitespace runs collapsed
     * to one space and trimmed (a zero-width joiner inside an emoji sequence is kept); case and hamza forms are
     * kept; {@code null} gives "".
     */
    public static String normalise(String raw) {
        return process(raw, NORMALISE_TABLE, false);
    }

    /**
     * Returns the matching key of {@code normalisedOrRaw}: {@link #normalise} plus lower case and the folds
     * أ إ آ ٱ → ا, ة → ه, ى → ي, ؤ → و, ئ → ي (and Persian ی → ي, ک → ك); the article "ال" is kept.
     */
    public static String fold(String normalisedOrRaw) {
        return process(normalisedOrRaw, FOLD_TABLE, true);
    }

    private static String process(String s, char[] table, boolean lower) {
        if (s == null) {
            return "";
        }
        int n = s.length();
        int i = firstChange(s, table, lower);
        if (i == n) {
            return s;
        }
        StringBuilder out = new StringBuilder(n);
        int prefixEnd = i;
        boolean pendingSpace = false;
        if (prefixEnd > 0 && s.charAt(prefixEnd - 1) == ' ') {
            prefixEnd--;
            pendingSpace = true;
        }
        out.append(s, 0, prefixEnd);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (lower && Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                pendingSpace = appendSpace(out, pendingSpace);
                out.appendCodePoint(Character.toLowerCase(cp));
                continue;
            }
            int m = c == ZWJ && isEmojiJoiner(s, i) ? c : map(c, table, lower);
            if (m == SPACE) {
                pendingSpace = true;
            } else if (m != REMOVE) {
                pendingSpace = appendSpace(out, pendingSpace);
                out.append((char) m);
            }
        }
        return out.toString();
    }

    /** Index of the first char that the output would not copy verbatim, or the length if there is none. */
    private static int firstChange(String s, char[] table, boolean lower) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (i == 0 || i == n - 1 || s.charAt(i - 1) == ' ') {
                    return i;
                }
            } else if (lower && Character.isHighSurrogate(c) && i + 1 < n) {
                int cp = Character.codePointAt(s, i);
                if (Character.toLowerCase(cp) != cp) {
                    return i;
                }
                i += Character.charCount(cp) - 1;
            } else if (map(c, table, lower) != c && !(c == ZWJ && isEmojiJoiner(s, i))) {
                return i;
            }
        }
        return n;
    }

    /** A zero-width joiner right after an emoji (surrogate pair or VS16) glues an emoji sequence: keep it. */
    private static boolean isEmojiJoiner(String s, int i) {
        if (i == 0) {
            return false;
        }
        char prev = s.charAt(i - 1);
        return Character.isLowSurrogate(prev) || prev == '\uFE0F';
    }

    private static boolean appendSpace(StringBuilder out, boolean pendingSpace) {
        if (pendingSpace && out.length() > 0) {
            out.append(' ');
        }
        return false;
    }

    /** The char to emit for {@code c}, or {@link #REMOVE} or {@link #SPACE}. */
    private static int map(char c, char[] table, boolean lower) {
        if (c < 0x80) {
            if (c <= ' ') {
                return Character.isWhitespace(c) ? SPACE : c;
            }
            return lower && c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
        }
        if (c >= BLOCK_START && c <= BLOCK_END) {
            char m = table[c - BLOCK_START];
            return m == 0 ? c : m == DROP ? REMOVE : m;
        }
        if (c >= 0x2000 && c <= 0x206F) {
            if ((c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x2069)) {
                return REMOVE;
            }
            if (c <= 0x200A || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F) {
                return SPACE;
            }
            return c;
        }
        switch (c) {
            case 0xFEFF:
                return REMOVE;
            case 0x0085:
            case 0x00A0:
            case 0x1680:
            case 0x3000:
                return SPACE;
            default:
                return lower && !Character.isSurrogate(c) ? Character.toLowerCase(c) : c;
        }
    }

    private static char[] normaliseTable() {
        char[] t = new char[BLOCK_END - BLOCK_START + 1];
        for (int d = 0; d <= 9; d++) {
            t[0x0660 + d - BLOCK_START] = (char) ('0' + d);
            t[0x06F0 + d - BLOCK_START] = (char) ('0' + d);
        }
        drop(t, 0x0640, 0x0640); // tatweel
        drop(t, 0x064B, 0x065F); // harakat, tanween, shadda, sukun, combining hamza ...
        drop(t, 0x0670, 0x0670); // superscript alef
        drop(t, 0x06D6, 0x06ED); // Quranic annotation marks
        drop(t, 0x061C, 0x061C); // Arabic letter mark (bidi control)
        drop(t, 0x066C, 0x066C); // Arabic thousands separator
        t[0x066B - BLOCK_START] = '.'; // Arabic decimal separator
        return t;
    }

    private static char[] foldTable() {
        char[] t = normaliseTable();
        set(t, '\u0623', '\u0627'); // أ
        set(t, '\u0625', '\u0627'); // إ
        set(t, '\u0622', '\u0627'); // آ
        set(t, '\u0671', '\u0627'); // ٱ
        set(t, '\u0629', '\u0647'); // ة
        set(t, '\u0649', '\u064A'); // ى
        set(t, '\u0624', '\u0648'); // ؤ
        set(t, '\u0626', '\u064A'); // ئ
        set(t, '\u06CC', '\u064A'); // Persian yeh
        set(t, '\u06A9', '\u0643'); // Persian keheh
        return t;
    }

    private static void drop(char[] t, int from, int to) {
        for (int c = from; c <= to; c++) {
            t[c - BLOCK_START] = DROP;
        }
    }

    private static void set(char[] t, char from, char to) {
        t[from - BLOCK_START] = to;
    }
}
