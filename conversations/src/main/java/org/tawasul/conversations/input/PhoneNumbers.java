package org.tawasul.conversations.input;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a typed phone number (Saudi by default, international with + or 00) into a valid E.164 string and masks
 * E.164 numbers for logs.
 */
public final class PhoneNumbers {

    /** Region assumed for numbers written without an international prefix. */
    public static final String DEFAULT_REGION = "SA";

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final Set<Integer> CALLING_CODES = Set.copyOf(UTIL.getSupportedCallingCodes());
    /** Longest input worth handing to libphonenumber (digits plus generous formatting). */
    private static final int MAX_INPUT_LENGTH = 40;
    private static final char MASK = '*';

    private PhoneNumbers() {
    }

    /**
     * Returns the E.164 form ("+966501234567") of {@code input} when it consists only of digits (any script),
     * spaces, '-', '.', '(', ')' and one leading '+', and libphonenumber deems it a valid number; otherwise empty.
     */
    public static Optional<String> toE164(String input) {
        String s = InputNormaliser.normalise(input);
        if (s.isEmpty() || s.length() > MAX_INPUT_LENGTH || !hasPhoneSyntax(s)) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = UTIL.parse(s, DEFAULT_REGION);
            if (!UTIL.isValidNumber(number)) {
                return Optional.empty();
            }
            return Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Masks {@code e164} for logs, keeping '+', the country code and the last two digits ("+966*******67");
     * input that is not "+digits" keeps only its last two characters; {@code null} gives "".
     */
    public static String mask(String e164) {
        if (e164 == null || e164.isEmpty()) {
            return "";
        }
        int n = e164.length();
        int keepHead = isPlusDigits(e164) ? 1 + callingCodeLength(e164) : 0;
        int keepTailFrom = Math.max(keepHead, n - 2);
        if (keepHead == 0 && n <= 2) {
            keepTailFrom = n; // too short to reveal anything
        }
        StringBuilder out = new StringBuilder(n);
        out.append(e164, 0, keepHead);
        for (int i = keepHead; i < keepTailFrom; i++) {
            out.append(MASK);
        }
        out.append(e164, keepTailFrom, n);
        return out.toString();
    }

    private static boolean hasPhoneSyntax(String s) {
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '+') {
                if (i != 0) {
                    return false;
                }
            } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')') {
                return false;
            }
        }
        return digits > 0;
    }

    private static boolean isPlusDigits(String s) {
        if (s.length() < 2 || s.charAt(0) != '+') {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Length of the country calling code after the '+', or 0 when none is recognised. */
    private static int callingCodeLength(String e164) {
        int code = 0;
        for (int len = 1; len <= 3 && len < e164.length(); len++) {
            code = code * 10 + (e164.charAt(len) - '0');
            if (CALLING_CODES.contains(code)) {
                return len;
            }
        }
        return 0;
    }
}
