package org.tawasul.conversations.input;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.util.Optional;

/**
 * Parses a typed calendar date (year-first or day-first with '-', '/' or '.'; Gregorian, or Umm al-Qura Hijri
 * when marked هـ/AH or when the year is below 1600) into a Gregorian {@link LocalDate}, rejecting impossible dates.
 */
public final class DateInput {

    /** Years below this without a calendar marker are Hijri (the Umm al-Qura table ends at 1600 AH). */
    private static final int FIRST_GREGORIAN_YEAR = 1600;

    /** Trailing words naming the Hijri calendar, matched case-insensitively after normalisation. */
    private static final String[] HIJRI_MARKERS = {"هجرية", "هجري", "ه", "AH"};
    /** Trailing words naming the Gregorian calendar ("م" is the usual Saudi suffix). */
    private static final String[] GREGORIAN_MARKERS = {"ميلادية", "ميلادي", "م", "AD", "CE"};

    private enum Calendar { UNSPECIFIED, HIJRI, GREGORIAN }

    private DateInput() {
    }

    /**
     * Returns the Gregorian date {@code input} denotes (yyyy-m-d, yyyy/m/d, d/m/yyyy, d-m-yyyy, d.m.yyyy; digits in
     * any script; optional calendar marker), or empty when it is not a well-formed, existing date.
     */
    public static Optional<LocalDate> parse(String input) {
        String s = InputNormaliser.normalise(input);
        Calendar calendar = Calendar.UNSPECIFIED;
        int end = s.length();
        int markerLength = markerLength(s, HIJRI_MARKERS);
        if (markerLength > 0) {
            calendar = Calendar.HIJRI;
        } else {
            markerLength = markerLength(s, GREGORIAN_MARKERS);
            if (markerLength > 0) {
                calendar = Calendar.GREGORIAN;
            }
        }
        end -= markerLength;
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return toDate(s, end, calendar);
    }

    private static int markerLength(String s, String[] markers) {
        for (String marker : markers) {
            int len = marker.length();
            if (s.length() > len && s.regionMatches(true, s.length() - len, marker, 0, len)) {
                return len;
            }
        }
        return 0;
    }

    /** Reads three numbers split by one repeated separator from s[0, end) and resolves them strictly. */
    private static Optional<LocalDate> toDate(String s, int end, Calendar calendar) {
        int[] values = new int[3];
        int[] lengths = new int[3];
        char separator = 0;
        int i = 0;
        for (int part = 0; part < 3; part++) {
            if (part > 0) {
                i = skipSpaces(s, i, end);
                if (i == end) {
                    return Optional.empty();
                }
                char c = s.charAt(i);
                if (c != '-' && c != '/' && c != '.' || (separator != 0 && c != separator)) {
                    return Optional.empty();
                }
                separator = c;
                i = skipSpaces(s, i + 1, end);
            }
            int start = i;
            int value = 0;
            while (i < end && i - start < 4 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                value = value * 10 + (s.charAt(i++) - '0');
            }
            if (i == start) {
                return Optional.empty();
            }
            values[part] = value;
            lengths[part] = i - start;
        }
        if (i != end) {
            return Optional.empty();
        }
        int year;
        int month = values[1];
        int day;
        if (lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2) {
            year = values[0];
            day = values[2];
        } else if (lengths[2] == 4 && lengths[0] <= 2 && lengths[1] <= 2) {
            year = values[2];
            day = values[0];
        } else {
            return Optional.empty();
        }
        boolean hijri = calendar == Calendar.HIJRI
                || (calendar == Calendar.UNSPECIFIED && year < FIRST_GREGORIAN_YEAR);
        try {
            // LocalDate.of and HijrahChronology.date validate like ResolverStyle.STRICT: no day 31/02, no day 30
            // in a 29-day Hijri month, Hijri years only within the Umm al-Qura table.
            return Optional.of(hijri
                    ? LocalDate.from(HijrahChronology.INSTANCE.date(year, month, day))
                    : LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int skipSpaces(String s, int i, int end) {
        while (i < end && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
