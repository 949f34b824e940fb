package org.tawasul.channels.email;

import java.io.ByteArrayOutputStream;

/**
 * RFC 4648 base32 in lower case without padding: survives mail servers that change the case of
 * an address's local part. Decoding accepts either case but only the canonical form (unused
 * trailing bits zero), so each byte string has exactly one spelling.
 */
final class Base32 {

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

    private Base32() {
    }

    static String encode(byte[] bytes) {
        StringBuilder out = new StringBuilder((bytes.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }

    /** The bytes, or null when the text is not canonical base32. */
    static byte[] decode(String text) {
        int rest = text.length() * 5 % 8;
        if (rest >= 5) {
            return null; // no byte count encodes to this many characters
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int value = c >= 'A' && c <= 'Z' ? c - 'A' : ALPHABET.indexOf(c); // ASCII only: no look-alike letters
            if (value < 0) {
                return null;
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        if ((buffer & ((1 << bits) - 1)) != 0) {
            return null; // unused bits set: not the canonical spelling
        }
        return out.toByteArray();
    }
}
