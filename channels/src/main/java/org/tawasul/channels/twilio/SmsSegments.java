package org.tawasul.channels.twilio;

import java.util.Objects;

/**
 * What a text costs as an SMS: its encoding and the number of segments Twilio bills for it. A text
 * of GSM-7 characters only travels in 7-bit septets: 160 in one segment, 153 per part when split
 * (the rest of each part carries the concatenation header); the extension characters
 * {@code ^ { } \ [ ~ ] | €} and the form feed take two septets (an escape and the character), and
 * that pair never straddles two parts. Any other character (an Arabic letter, an emoji) makes the
 * whole text UCS-2: 70 UTF-16 units in one segment, 67 per part, a surrogate pair never split.
 *
 * @param encoding how the text travels
 * @param units    septets for GSM-7, UTF-16 units for UCS-2
 * @param count    segments billed; an empty text counts as one
 */
public record SmsSegments(Encoding encoding, int units, int count) {

    /** The GSM 03.38 default alphabet, one septet each (the escape itself excluded). */
    static final String GSM7_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    /** The GSM 03.38 extension table: two septets each (escape + character). */
    static final String GSM7_EXTENSION = "\f^{}\\[~]|€";

    public SmsSegments {
        Objects.requireNonNull(encoding, "encoding");
        if (units < 0 || count < 1) {
            throw new IllegalArgumentException("units must not be negative and count at least 1: " + units + ", " + count);
        }
    }

    /** How a text travels, with its per-segment capacity. */
    public enum Encoding {
        /** The GSM 7-bit default alphabet with its extension table. */
        GSM_7(160, 153),
        /** UTF-16, as soon as one character is outside GSM-7. */
        UCS_2(70, 67);

        private final int single;
        private final int perPart;

        Encoding(int single, int perPart) {
            this.single = single;
            this.perPart = perPart;
        }

        /** Units that fit in a text sent as one segment. */
        public int single() {
            return single;
        }

        /** Units per part of a text sent as several segments. */
        public int perPart() {
            return perPart;
        }
    }

    /** The encoding and segments of a text. */
    public static SmsSegments of(String text) {
        Objects.requireNonNull(text, "text");
        return isGsm7(text) ? gsm7(text) : ucs2(text);
    }

    /** Whether the text fits in one segment. */
    public boolean single() {
        return count == 1;
    }

    /** Whether every character of the text is in the GSM-7 alphabet or its extension table. */
    public static boolean isGsm7(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (septets(text.charAt(i)) == 0) {
                return false;
            }
        }
        return true;
    }

    /** Septets a character takes in GSM-7: 1, 2 for the extension table, 0 when it is not GSM-7. */
    static int septets(char c) {
        if (GSM7_BASIC.indexOf(c) >= 0) {
            return 1;
        }
        return GSM7_EXTENSION.indexOf(c) >= 0 ? 2 : 0;
    }

    private static SmsSegments gsm7(String text) {
        int total = 0;
        for (int i = 0; i < text.length(); i++) {
            total += septets(text.charAt(i));
        }
        if (total <= Encoding.GSM_7.single()) {
            return new SmsSegments(Encoding.GSM_7, total, 1);
        }
        int parts = 1;
        int used = 0;
        for (int i = 0; i < text.length(); i++) {
            int width = septets(text.charAt(i));
            if (used + width > Encoding.GSM_7.perPart()) { // an escape pair moves whole to the next part
                parts++;
                used = 0;
            }
            used += width;
        }
        return new SmsSegments(Encoding.GSM_7, total, parts);
    }

    private static SmsSegments ucs2(String text) {
        int total = text.length();
        if (total <= Encoding.UCS_2.single()) {
            return new SmsSegments(Encoding.UCS_2, total, 1);
        }
        int parts = 1;
        int used = 0;
        for (int i = 0; i < total; ) {
            int width = Character.isHighSurrogate(text.charAt(i)) && i + 1 < total
                    && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 1;
            if (used + width > Encoding.UCS_2.perPart()) { // a surrogate pair moves whole to the next part
                parts++;
                used = 0;
            }
            used += width;
            i += width;
        }
        return new SmsSegments(Encoding.UCS_2, total, parts);
    }
}
