package org.tawasul.conversations.input;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises an Arabic or English yes/no answer (words, 👍/👎, trailing punctuation tolerated) and returns
 * empty for anything else, including bare numbers, which are choice numbers.
 */
public final class YesNo {

    private static final Optional<Boolean> YES = Optional.of(Boolean.TRUE);
    private static final Optional<Boolean> NO = Optional.of(Boolean.FALSE);

    private static final String[] YES_WORDS = {
        "نعم", "ايوه", "ايوة", "ايوا", "اي", "أي", "ايه", "إيه", "اكيد", "أكيد", "موافق", "تمام", "صح", "بلى",
        "طبعا", "اوكي",
        "yes", "y", "yeah", "yep", "yup", "ok", "okay", "sure", "true",
        "\uD83D\uDC4D", "\u2705", // 👍 ✅
    };
    private static final String[] NO_WORDS = {
        "لا", "كلا", "لأ", "مو", "غير موافق", "لا شكرا",
        "no", "n", "nope", "false", "no thanks",
        "\uD83D\uDC4E", "\u274C", // 👎 ❌
    };

    /** Folded word → answer; built once, never modified after class initialisation. */
    private static final Map<String, Optional<Boolean>> ANSWERS = answers();

    private YesNo() {
    }

    /** Returns true for yes, false for no, empty when {@code input} is neither (or null). */
    public static Optional<Boolean> parse(String input) {
        String folded = InputNormaliser.fold(input);
        int end = trimmedEnd(folded);
        if (end == 0) {
            return Optional.empty();
        }
        String key = end == folded.length() ? folded : folded.substring(0, end);
        Optional<Boolean> answer = ANSWERS.get(key);
        return answer == null ? Optional.empty() : answer;
    }

    /** End of {@code s} without trailing punctuation, spaces, emoji variation selectors and skin tones. */
    private static int trimmedEnd(String s) {
        int end = s.length();
        while (end > 0) {
            char c = s.charAt(end - 1);
            if (isTrailingNoise(c)) {
                end--;
            } else if (end >= 2 && c >= '\uDFFB' && c <= '\uDFFF' && s.charAt(end - 2) == '\uD83C') {
                end -= 2; // skin tone modifier U+1F3FB..U+1F3FF
            } else {
                break;
            }
        }
        return end;
    }

    private static boolean isTrailingNoise(char c) {
        switch (c) {
            case '.':
            case '!':
            case '?':
            case '\u061F': // ؟
            case ',':
            case '\u060C': // ،
            case ' ':
            case '\uFE0F': // emoji presentation selector
            case '\u2026': // …
                return true;
            default:
                return false;
        }
    }

    private static Map<String, Optional<Boolean>> answers() {
        Map<String, Optional<Boolean>> map = new HashMap<>();
        for (String word : YES_WORDS) {
            map.put(InputNormaliser.fold(word), YES);
        }
        for (String word : NO_WORDS) {
            map.put(InputNormaliser.fold(word), NO);
        }
        return Map.copyOf(map);
    }
}
