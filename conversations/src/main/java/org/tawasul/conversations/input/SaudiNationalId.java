package org.tawasul.conversations.input;

import java.util.Optional;

/**
 * Validates Saudi national ID (first digit 1) and iqama (first digit 2) numbers: ten digits, any script, spaces
 * allowed, Luhn check digit.
 */
public final class SaudiNationalId {

    /** Whose document the number identifies. */
    public enum Kind {
        /** A Saudi citizen's national ID, starting with 1. */
        CITIZEN,
        /** A resident's iqama, starting with 2. */
        RESIDENT
    }

    private static final int LENGTH = 10;

    private SaudiNationalId() {
    }

    /** Returns whether {@code input} is a well-formed ID with a correct check digit; {@code null} is not. */
    public static boolean isValid(String input) {
        return digits(input) != null;
    }

    /** Returns the ten ASCII digits of {@code input} when it is valid, otherwise empty. */
    public static Optional<String> normalise(String input) {
        return Optional.ofNullable(digits(input));
    }

    /** Masks an ID for logs, keeping its first digit and last two ("1*******89"); {@code null} gives "". */
    public static String mask(String id) {
        if (id == null) {
            return "";
        }
        int n = id.length();
        if (n < 4) {
            return "*".repeat(n);
        }
        StringBuilder out = new StringBuilder(n);
        out.append(id.charAt(0));
        for (int i = 1; i < n - 2; i++) {
            out.append('*');
        }
        return out.append(id, n - 2, n).toString();
    }

    /**
     * Returns whether {@code validId} belongs to a citizen or a resident.
     *
     * @throws IllegalArgumentException when {@code validId} is not a valid ID
     */
    public static Kind kindOf(String validId) {
        String digits = digits(validId);
        if (digits == null) {
            throw new IllegalArgumentException("not a valid Saudi national ID or iqama: " + mask(validId));
        }
        return digits.charAt(0) == '1' ? Kind.CITIZEN : Kind.RESIDENT;
    }

    /** The ten digits of a valid ID, or null. */
    private static String digits(String input) {
        String s = InputNormaliser.normalise(input);
        if (s.length() < LENGTH) {
            return null;
        }
        char[] digits = new char[LENGTH];
        int count = 0;
        int sum = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                continue;
            }
            if (c < '0' || c > '9' || count == LENGTH) {
                return null;
            }
            int d = c - '0';
            if (count % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            digits[count++] = c;
        }
        if (count != LENGTH || (digits[0] != '1' && digits[0] != '2') || sum % 10 != 0) {
            return null;
        }
        return new String(digits);
    }
}
