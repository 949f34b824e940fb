package org.tawasul.conversations.input;

import java.util.OptionalLong;

/**
 * Parses a typed whole number (digits in any script, optional sign, optional "," or "٬" thousands grouping) into
 * a long, rejecting decimals, words and values outside the long range.
 */
public final class NumberInput {

    private NumberInput() {
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
