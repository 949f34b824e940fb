package org.tawasul.faq;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The stems an Arabic verb form may have once its person markers are taken off (أ/ي/ت/ن before, ون/ين/وا/ت/نا
 * after: يصرفون, تداومون, اشتغلت → صرف, داوم, اشتغل), or a noun its preposition (باقامه → اقامه), tried only for
 * a word that neither the lexicon nor the entries know: taking them off every word would make other words of
 * words (تحويل, نظام, بطاقه).
 */
final class VerbForms {

    private static final String PERSON_PREFIXES = "اينت";
    private static final String[] PERSON_SUFFIXES = {"ون", "ين", "وا", "نا", "ت"};
    /** Letters a stem keeps at least. */
    private static final int MIN_STEM = 3;

    private VerbForms() {
    }

    /** A preposition the light stemmer leaves on a word without ال (باقامته, لجمعيتنا, كعضو). */
    private static final String PREPOSITIONS = "بلك";

    /**
     * The possible stems of {@code word}, the likeliest first; empty for a word too short to be a verb form. A
     * preposition ب/ل/ك before it comes off first.
     */
    static List<String> stems(String word) {
        List<String> stems = new ArrayList<>();
        if (word.length() > MIN_STEM && PREPOSITIONS.indexOf(word.charAt(0)) >= 0) {
            stems.add(word.substring(1));
        }
        String withoutSuffix = withoutSuffix(word);
        if (word.length() > MIN_STEM && PERSON_PREFIXES.indexOf(word.charAt(0)) >= 0) {
            String withoutPrefix = word.substring(1);
            if (withoutSuffix != null && withoutSuffix.length() > MIN_STEM) {
                stems.add(withoutSuffix.substring(1));
            }
            stems.add(withoutPrefix);
        }
        if (withoutSuffix != null) {
            stems.add(withoutSuffix);
        }
        return stems;
    }

    /**
     * The word without a preposition ب/ل/ك before it (لشركه → شركه), empty when it has none or would be too short:
     * unlike the verb stems, this one may be read as another institution's word.
     */
    static Optional<String> withoutPreposition(String word) {
        return word.length() > MIN_STEM && PREPOSITIONS.indexOf(word.charAt(0)) >= 0
                ? Optional.of(word.substring(1)) : Optional.empty();
    }

    private static String withoutSuffix(String word) {
        for (String suffix : PERSON_SUFFIXES) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= MIN_STEM) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return null;
    }
}
