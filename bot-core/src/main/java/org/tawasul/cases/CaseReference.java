package org.tawasul.cases;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tawasul.conversations.input.InputNormaliser;

/**
 * A case's human-readable reference, {@code PREFIX-YYYY-NNNNNN}: the type's prefix (ENQ, REQ, CMP, FUP), the
 * Gregorian year it was opened in (Riyadh time) and that type's sequence number in the year, zero-padded to
 * six digits (more digits past 999999), e.g. {@code REQ-2026-000042}.
 */
public record CaseReference(String value) {

    private static final Pattern FORMAT = Pattern.compile("(ENQ|REQ|CMP|FUP)-(\\d{4})-(\\d{6}|[1-9]\\d{6,9})");
    private static final Pattern TYPED = Pattern.compile("([A-Z]{3})\\s*-?\\s*(\\d{4})\\s*-?\\s*(\\d{1,10})");

    public CaseReference {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a case reference such as REQ-2026-000042");
        }
    }

    /** The reference of a type's {@code number}th case in a year. */
    public static CaseReference of(CaseType type, int year, long number) {
        if (year < 1000 || year > 9999 || number < 1) {
            throw new IllegalArgumentException("no reference for year " + year + " and number " + number);
        }
        return new CaseReference(type.prefix() + "-" + year + "-" + String.format(Locale.ROOT, "%06d", number));
    }

    /**
     * Reads a reference as a member may type it: any case, spaces, Arabic-Indic digits, missing dashes or
     * leading zeros ({@code req 2026 42}); empty when it is not one.
     */
    public static Optional<CaseReference> parse(String text) {
        Matcher m = TYPED.matcher(InputNormaliser.normalise(text).toUpperCase(Locale.ROOT));
        if (!m.matches() || CaseType.byPrefix(m.group(1)).isEmpty()) {
            return Optional.empty();
        }
        long number = Long.parseLong(m.group(3));
        return number < 1 ? Optional.empty()
                : Optional.of(of(CaseType.byPrefix(m.group(1)).orElseThrow(), Integer.parseInt(m.group(2)), number));
    }

    /** The case type named by the prefix. */
    public CaseType type() {
        return CaseType.byPrefix(value.substring(0, 3)).orElseThrow();
    }

    /** The Gregorian year the case was opened in. */
    public int year() {
        return Integer.parseInt(value.substring(4, 8));
    }

    /** The sequence number within the type and year. */
    public long number() {
        return Long.parseLong(value.substring(9));
    }

    @Override
    public String toString() {
        return value;
    }
}
