package org.tawasul.conversations.input;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.text.ParsePosition;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Reads a whole number written in words, as members write amounts and counts: ICU's rule-based number
 * parsing for the forms it knows ("ثلاثة آلاف", "three thousand five hundred"), and a small table for the
 * forms Saudi members write and ICU does not read: genitive and feminine forms (عشرين، اثنين، خمس),
 * joined and Gulf hundreds (خمسمائة، خمسمية، ميتين), ألفين, teens as spoken (خمسطعش), "ونص" (and a half),
 * and digits before a scale word ("3 آلاف", "1.5 مليون").
 */
final class NumberWords {

    // ICU formats are not thread-safe: one per thread and language.
    private static final ThreadLocal<RuleBasedNumberFormat> ARABIC = ThreadLocal.withInitial(() ->
            new RuleBasedNumberFormat(new ULocale("ar"), RuleBasedNumberFormat.SPELLOUT));
    private static final ThreadLocal<RuleBasedNumberFormat> ENGLISH = ThreadLocal.withInitial(() -> {
        RuleBasedNumberFormat format = new RuleBasedNumberFormat(ULocale.ENGLISH, RuleBasedNumberFormat.SPELLOUT);
        format.setLenientParseMode(true);
        return format;
    });

    private static final long THOUSAND = 1_000;
    private static final long MILLION = 1_000_000;
    private static final long BILLION = 1_000_000_000;

    /** Folded word → value, for units, teens, tens and hundreds. */
    private static final Map<String, Long> VALUES = new HashMap<>();
    /** Folded word → the scale it multiplies by (a preceding count, or one). */
    private static final Map<String, Long> SCALES = new HashMap<>();
    /** Folded word → the value of a dual scale word, which stands alone: ألفين = 2,000. */
    private static final Map<String, Long> DUALS = new HashMap<>();

    static {
        unit(1, "واحد", "واحده", "وحده", "احد", "احدى");
        unit(2, "اثنين", "اثنان", "اثنتين", "اثنتان", "ثنين", "ثنتين", "اثنا", "اثني", "اثنتا", "اثنتي");
        unit(3, "ثلاث", "ثلاثه", "تلات", "تلاته");
        unit(4, "اربع", "اربعه");
        unit(5, "خمس", "خمسه");
        unit(6, "ست", "سته");
        unit(7, "سبع", "سبعه");
        unit(8, "ثمان", "ثماني", "ثمانيه", "ثمانه");
        unit(9, "تسع", "تسعه");
        unit(10, "عشر", "عشره");
        unit(11, "احدعش", "احدعشر", "حدعش", "حدعشر");
        unit(12, "اثنعش", "اثنعشر", "اطنعش", "اطنعشر");
        String[] teens = {"ثلاث", "ثلط", "اربع", "اربط", "خمس", "خمسط", "ست", "سط", "سبع", "سبط", "ثمن", "ثمنط", "تسع", "تسط"};
        long[] teenValues = {13, 13, 14, 14, 15, 15, 16, 16, 17, 17, 18, 18, 19, 19};
        for (int i = 0; i < teens.length; i++) {
            unit(teenValues[i], teens[i] + "طعش", teens[i] + "طعشر", teens[i] + "تعش", teens[i] + "تعشر", teens[i] + "عش");
        }
        String[] tens = {"عشر", "ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع"};
        for (int i = 0; i < tens.length; i++) {
            unit((i + 2) * 10L, tens[i] + "ين", tens[i] + "ون");
        }
        unit(100, "مائه", "مئه", "ميه", "مية", "ميت");
        unit(200, "مائتين", "مائتان", "مئتين", "مئتان", "ميتين");
        String[] hundreds = {"ثلاث", "ثلث", "اربع", "خمس", "ست", "سبع", "ثمان", "ثمن", "تسع"};
        long[] hundredValues = {3, 3, 4, 5, 6, 7, 8, 8, 9};
        for (int i = 0; i < hundreds.length; i++) {
            unit(hundredValues[i] * 100, hundreds[i] + "مائه", hundreds[i] + "مئه", hundreds[i] + "ميه");
        }
        scale(THOUSAND, "الف", "الاف", "آلاف");
        scale(MILLION, "مليون", "ملايين");
        scale(BILLION, "مليار", "مليارات");
        DUALS.put("الفين", 2 * THOUSAND);
        DUALS.put("الفان", 2 * THOUSAND);
        DUALS.put("مليونين", 2 * MILLION);
        DUALS.put("مليونان", 2 * MILLION);
    }

    private NumberWords() {
    }

    /** The number {@code text} spells out, or empty; {@code text} is already normalised (digits are ASCII). */
    static OptionalLong parse(String text) {
        if (text.isEmpty()) {
            return OptionalLong.empty();
        }
        OptionalLong icu = icu(text);
        return icu.isPresent() ? icu : arabic(InputNormaliser.fold(text));
    }

    /** ICU's spell-out rules, which must read the whole text. */
    private static OptionalLong icu(String text) {
        boolean latin = text.chars().anyMatch(c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z');
        RuleBasedNumberFormat format = (latin ? ENGLISH : ARABIC).get();
        String input = latin ? text.toLowerCase(Locale.ROOT) : text;
        ParsePosition position = new ParsePosition(0);
        Number number = format.parse(input, position);
        if (number == null || position.getIndex() != input.length() || !(number instanceof Long || number instanceof Integer)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(number.longValue());
    }

    /** Sums the words: each count is multiplied by the scale word after it; "و" joins the parts. */
    private static OptionalLong arabic(String folded) {
        long total = 0;
        long group = 0;
        long lastScale = 0;
        BigDecimal fraction = null;
        boolean any = false;
        for (String token : folded.replace('،', ' ').split(" ")) {
            String word = word(token);
            if (word.isEmpty()) {
                continue;
            }
            any = true;
            if (fraction != null && !SCALES.containsKey(word)) {
                return OptionalLong.empty();
            }
            if (VALUES.containsKey(word)) {
                long value = VALUES.get(word);
                boolean teen = value == 10 && group >= 1 && group <= 9;
                if (value == 100 && group >= 1 && group <= 9) {
                    group *= 100;
                } else if (!teen && overlaps(group, value)) {
                    return OptionalLong.empty();
                } else {
                    group += value;
                }
            } else if (SCALES.containsKey(word)) {
                long scale = SCALES.get(word);
                if (fraction != null) {
                    BigDecimal product = fraction.multiply(BigDecimal.valueOf(scale));
                    if (product.stripTrailingZeros().scale() > 0) {
                        return OptionalLong.empty();
                    }
                    total += product.longValueExact();
                    fraction = null;
                } else {
                    total += (group == 0 ? 1 : group) * scale;
                }
                group = 0;
                lastScale = scale;
            } else if (DUALS.containsKey(word) && group == 0) {
                total += DUALS.get(word);
                lastScale = DUALS.get(word) / 2;
            } else if ((word.equals("نص") || word.equals("نصف")) && lastScale > 0 && group == 0) {
                total += lastScale / 2;
                lastScale = 0;
            } else if (isNumber(word) && group == 0) {
                BigDecimal value = new BigDecimal(word);
                if (value.scale() > 0) {
                    fraction = value;
                } else {
                    group = value.longValueExact();
                }
            } else {
                return OptionalLong.empty();
            }
        }
        return any && fraction == null ? OptionalLong.of(total + group) : OptionalLong.empty();
    }

    /** A token without the conjunction "و" stuck to its front (وخمسمية), unless the token is a word itself. */
    private static String word(String token) {
        if (token.equals("و")) {
            return "";
        }
        if (token.startsWith("و") && !known(token) && known(token.substring(1))) {
            return token.substring(1);
        }
        return token;
    }

    private static boolean known(String word) {
        return VALUES.containsKey(word) || SCALES.containsKey(word) || DUALS.containsKey(word) || word.equals("نص")
                || word.equals("نصف") || isNumber(word);
    }

    /** Whether adding {@code value} to {@code group} repeats a place already given (خمسة ثلاثة, عشرين ثلاثين). */
    private static boolean overlaps(long group, long value) {
        long place = value >= 100 ? 100 : value >= 20 ? 10 : 1;
        if (place == 100) {
            return group != 0;
        }
        long tens = group % 100 / 10;
        long units = group % 10;
        boolean teen = group % 100 >= 11 && group % 100 <= 19 || group % 100 == 10;
        return teen || (place == 10 ? tens != 0 : units != 0 || value >= 10 && value < 20 && tens != 0);
    }

    private static boolean isNumber(String word) {
        return word.matches("\\d{1,12}(\\.\\d{1,6})?");
    }

    private static void unit(long value, String... words) {
        for (String word : words) {
            VALUES.put(InputNormaliser.fold(word), value);
        }
    }

    private static void scale(long value, String... words) {
        for (String word : words) {
            SCALES.put(InputNormaliser.fold(word), value);
        }
    }
}
