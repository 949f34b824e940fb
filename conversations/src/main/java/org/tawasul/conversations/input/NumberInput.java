package org.tawasul.conversations.input;

import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a typed whole number: strictly (digits in any script, optional sign, optional "," or "٬" thousands
 * grouping; {@link #parseInteger}), or as members write amounts and counts, with words and a currency
 * ({@link #parse}: "١٥٠٠ ريال", "ثلاثة آلاف", "ألفين وخمسمية", "15k", "five").
 */
public final class NumberInput {

    /** Currency words written before or after an amount, folded. */
    private static final List<String> CURRENCY = List.of("ريالات", "ريال", "ر.س", "رس", "ر س", "\ufdfc", "sar", "sr",
            "riyals", "riyal", "rials", "rial", "فقط", "only");
    private static final Pattern THOUSANDS_K = Pattern.compile("(\\d{1,9}(?:\\.\\d{1,3})?) ?k");

    private NumberInput() {
    }

    /**
     * Returns the whole number a member means, or empty: digits as {@link #parseInteger} reads them, or
     * written in words (Arabic, with common Saudi forms, or English), with or without a currency word
     * ("ريال", "SAR") before or after; "15k" is 15,000.
     */
    public static OptionalLong parse(String input) {
        String s = withoutCurrency(InputNormaliser.normalise(input));
        OptionalLong digits = parseInteger(s);
        if (digits.isPresent() || s.isEmpty()) {
            return digits;
        }
        Matcher k = THOUSANDS_K.matcher(s.toLowerCase(java.util.Locale.ROOT));
        if (k.matches()) {
            java.math.BigDecimal value = new java.math.BigDecimal(k.group(1)).multiply(java.math.BigDecimal.valueOf(1000));
            return value.stripTrailingZeros().scale() > 0 ? OptionalLong.empty() : OptionalLong.of(value.longValueExact());
        }
        return NumberWords.parse(s);
    }

    /** The text without a currency word at its start or end (checked on the folded form). */
    private static String withoutCurrency(String s) {
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            String folded = InputNormaliser.fold(s);
            for (String word : CURRENCY) {
                if (folded.length() > word.length() && folded.endsWith(word)
                        && !Character.isLetter(folded.charAt(folded.length() - word.length() - 1))) {
                    s = s.substring(0, s.length() - word.length()).strip();
                    changed = true;
                    break;
                }
                if (folded.length() > word.length() && folded.startsWith(word)
                        && !Character.isLetter(folded.charAt(word.length()))) {
                    s = s.substring(word.length()).strip();
                    changed = true;
                    break;
                }
            }
        }
        return s;
    }

    /**
     * Returns the integer {@code input} denotes, or empty; ',' grouping must be regular ("1,234,567", not "1,2"),
     * "٬" is dropped by normalisation, and '+', '-' or '−' may lead.
     */
    public static OptionalLong parseInteger(String input) {
        String s = InputNormaliser.normalise(input);
        int n = s.length();
        int i = 0;
        boolean negative = false;
        if (n > 0) {
            char sign = s.charAt(0);
            if (sign == '-' || sign == '\u2212') {
                negative = true;
                i++;
            } else if (sign == '+') {
                i++;
            }
        }
        if (i == n) {
            return OptionalLong.empty();
        }
        // Accumulate negatively so that Long.MIN_VALUE is reachable.
        long value = 0;
        int groupDigits = 0;
        boolean grouped = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == ',') {
                boolean firstGroupOk = !grouped && groupDigits >= 1 && groupDigits <= 3;
                if (!(firstGroupOk || (grouped && groupDigits == 3))) {
                    return OptionalLong.empty();
                }
                grouped = true;
                groupDigits = 0;
                continue;
            }
            if (c < '0' || c > '9') {
                return OptionalLong.empty();
            }
            int d = c - '0';
            if (value < (Long.MIN_VALUE + d) / 10) {
                return OptionalLong.empty();
            }
            value = value * 10 - d;
            groupDigits++;
        }
        if (grouped && groupDigits != 3) {
            return OptionalLong.empty();
        }
        if (!negative) {
            if (value == Long.MIN_VALUE) {
                return OptionalLong.empty();
            }
            value = -value;
        }
        return OptionalLong.of(value);
    }
}
