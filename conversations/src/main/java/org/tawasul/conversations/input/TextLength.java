package org.tawasul.conversations.input;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Counts user-perceived characters (extended grapheme clusters: a letter with its harakat, a whole emoji
 * sequence) for min/max length checks on free text.
 */
public final class TextLength {

    /** Prototype cloned per slow-path call, because ICU break iterators are not thread-safe. */
    private static final BreakIterator PROTOTYPE = BreakIterator.getCharacterInstance(ULocale.ROOT);

    private TextLength() {
    }

    /** Returns the number of grapheme clusters in {@code s}; {@code null} counts as 0. */
    public static int length(String s) {
        if (s == null) {
            return 0;
        }
        int n = s.length();
        int count = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (isSimple(c)) {
                count++;
            } else if (isExtendingMark(c)) {
                // A combining mark joins the preceding cluster unless it follows a control or starts the text.
                if (i == 0 || Character.getType(s.charAt(i - 1)) == Character.CONTROL) {
                    count++;
                }
            } else {
                return graphemes(s);
            }
        }
        return count;
    }

    /** Whether {@code c} is certain to be a grapheme cluster on its own, whatever its neighbours. */
    private static boolean isSimple(char c) {
        if (c < 0x0300) {
            return c != '\r';
        }
        if (c >= 0x0606 && c <= 0x06FF) {
            // Arabic letters, digits and punctuation; not harakat/Quranic marks (Mn/Me) nor U+06DD (prepend).
            int type = Character.getType(c);
            return type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
                    && type != Character.FORMAT;
        }
        return false;
    }

    /** Whether {@code c} is a Latin or Arabic non-spacing mark (Grapheme_Cluster_Break=Extend). */
    private static boolean isExtendingMark(char c) {
        return (c >= 0x0300 && c <= 0x036F)
                || (c >= 0x0610 && c <= 0x06FF && Character.getType(c) == Character.NON_SPACING_MARK);
    }

    private static int graphemes(String s) {
        BreakIterator it = (BreakIterator) PROTOTYPE.clone();
        it.setText(s);
        int count = 0;
        while (it.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }
}
