package org.tawasul.conversations.input;

import java.util.Locale;
import java.util.Optional;

/**
 * Accepts a pragmatic email syntax (ASCII local@domain.tld, at most 254 characters) and returns it trimmed with the
 * domain lower-cased; no network lookups.
 */
public final class EmailAddresses {

    private static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_LENGTH = 64;
    private static final int MAX_LABEL_LENGTH = 63;
    private static final String LOCAL_SPECIALS = "!#$%&'*+/=?^_`{|}~-";

    private EmailAddresses() {
    }

    /** Returns the normalised address when {@code input} is acceptable, otherwise empty. */
    public static Optional<String> normalise(String input) {
        String s = InputNormaliser.normalise(input);
        int n = s.length();
        int at = s.indexOf('@');
        if (n > MAX_LENGTH || at <= 0 || at > MAX_LOCAL_LENGTH || at == n - 1 || s.indexOf('@', at + 1) >= 0) {
            return Optional.empty();
        }
        if (!isLocalPart(s, at) || !isDomain(s, at + 1)) {
            return Optional.empty();
        }
        String domain = s.substring(at + 1);
        String lower = domain.toLowerCase(Locale.ROOT);
        return Optional.of(lower.equals(domain) ? s : s.substring(0, at + 1) + lower);
    }

    /** Dot-atom of ASCII letters, digits and RFC 5322 specials: no leading, trailing or doubled dot. */
    private static boolean isLocalPart(String s, int end) {
        char prev = '.';
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                if (prev == '.') {
                    return false;
                }
            } else if (!isAsciiLetterOrDigit(c) && LOCAL_SPECIALS.indexOf(c) < 0) {
                return false;
            }
            prev = c;
        }
        return prev != '.';
    }

    /** Two or more dot-separated labels of letters, digits and inner hyphens; the last is ≥ 2 letters. */
    private static boolean isDomain(String s, int start) {
        int n = s.length();
        int labelStart = start;
        int labels = 0;
        for (int i = start; i <= n; i++) {
            if (i < n && s.charAt(i) != '.') {
                continue;
            }
            if (!isLabel(s, labelStart, i)) {
                return false;
            }
            labels++;
            if (i == n) {
                return labels >= 2 && isTopLevel(s, labelStart, n);
            }
            labelStart = i + 1;
        }
        return false;
    }

    private static boolean isLabel(String s, int from, int to) {
        int len = to - from;
        if (len < 1 || len > MAX_LABEL_LENGTH || s.charAt(from) == '-' || s.charAt(to - 1) == '-') {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c != '-' && !isAsciiLetterOrDigit(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTopLevel(String s, int from, int to) {
        if (to - from < 2) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
