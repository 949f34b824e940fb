package org.tawasul.faq;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Removes the attached pronouns Lucene's Arabic light stemmer keeps, on folded words (ة already ه), before it:
 * "-كم" with which members address the society (مكانكم, رقمكم → مكان, رقم), "-ني" (توصلني → توصل), and a pronoun
 * after a feminine ending, which is written ت and becomes ه again (عضويتي, جمعيتكم → عضويه, جمعيه; بياناتي →
 * بيانات). A suffix is removed only when three letters are left besides a prefix ال/وال/بال/لل/و, so that short words
 * that merely end so (حكم, لكم, بيتي) keep their letters.
 */
final class AttachedPronounFilter extends TokenFilter {

    private static final String[] PREFIXES = {"وال", "بال", "كال", "فال", "ال", "لل", "و"};
    /** Pronouns after a feminine ending ت (ة before the pronoun), longest first. */
    private static final String[] AFTER_FEMININE = {"كم", "كن", "ها", "هم", "نا", "ي", "ك", "ه"};
    /** Pronouns the light stemmer does not remove on its own. */
    private static final String[] OTHERS = {"كم", "كن", "ني"};

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    AttachedPronounFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String word = term.toString();
        String stripped = strip(word);
        if (!stripped.equals(word)) {
            term.setEmpty().append(stripped);
        }
        return true;
    }

    static String strip(String word) {
        int prefix = prefixLength(word);
        for (String pronoun : AFTER_FEMININE) {
            String ending = "ت" + pronoun;
            if (word.endsWith(ending)) {
                int stem = word.length() - ending.length();
                if (stem >= 2 && word.charAt(stem - 1) == 'ا' && stem - prefix >= 4) {
                    return word.substring(0, stem + 1);        // بياناتي → بيانات
                }
                if (stem - prefix >= 3) {
                    return word.substring(0, stem) + "ه";      // عضويتي → عضويه
                }
            }
        }
        for (String pronoun : OTHERS) {
            if (word.endsWith(pronoun) && word.length() - pronoun.length() - prefix >= 3) {
                return word.substring(0, word.length() - pronoun.length());
            }
        }
        return word;
    }

    private static int prefixLength(String word) {
        for (String prefix : PREFIXES) {
            if (word.startsWith(prefix) && word.length() - prefix.length() >= 3) {
                return prefix.length();
            }
        }
        return 0;
    }
}
