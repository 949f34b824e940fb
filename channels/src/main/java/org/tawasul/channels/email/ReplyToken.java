package org.tawasul.channels.email;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The short signed token in a notification's reply address ({@link ReplyAddress}): it names the
 * case, the intended recipient (an opaque key such as an officer id) and the last day it is valid.
 * It is the payload followed by HMAC-SHA256 over it, truncated to 128 bits, in lower-case base32
 * without padding; it is checked in constant time. Typically 40 characters (case id 123456,
 * recipient key {@code u42}). Keys may be rotated: tokens are issued with the current key and
 * accepted under the current and the retired ones.
 *
 * <p>Layout before encoding: one byte (version 1 in the high nibble, the recipient key's length in
 * the low one), the expiry day as two bytes (days since 2024-01-01), the case id as an unsigned
 * varint, the recipient key (ASCII), then the 16-byte MAC.
 */
public final class ReplyToken {

    /** The shortest key accepted, in bytes. */
    public static final int MIN_KEY_BYTES = 32;
    /** The longest recipient key, in characters. */
    public static final int MAX_RECIPIENT_KEY = 12;

    static final int MAC_BYTES = 16;
    private static final int VERSION = 1;
    private static final LocalDate EPOCH = LocalDate.of(2024, 1, 1);
    private static final LocalDate LAST_DAY = EPOCH.plusDays(0xffff);
    private static final Pattern RECIPIENT_KEY = Pattern.compile("[A-Za-z0-9._-]{1," + MAX_RECIPIENT_KEY + "}");
    private static final byte[] CONTEXT = "tawasul-reply-token\0".getBytes(StandardCharsets.US_ASCII);
    private static final int MIN_CHARS = (1 + 2 + 1 + 1 + MAC_BYTES) * 8 / 5;
    private static final int MAX_CHARS = ((1 + 2 + 9 + MAX_RECIPIENT_KEY + MAC_BYTES) * 8 + 4) / 5;

    private final SecretKeySpec current;
    private final List<SecretKeySpec> all;

    /** Tokens signed and checked with one key of at least {@value #MIN_KEY_BYTES} bytes. */
    public ReplyToken(byte[] key) {
        this(key, List.of());
    }

    /** Tokens signed with {@code key} and also accepted when signed with a retired key. */
    public ReplyToken(byte[] key, List<byte[]> retiredKeys) {
        this.current = secret(key);
        List<SecretKeySpec> keys = new ArrayList<>();
        keys.add(current);
        Objects.requireNonNull(retiredKeys, "retiredKeys").forEach(k -> keys.add(secret(k)));
        this.all = List.copyOf(keys);
    }

    /** What a valid token says. */
    public record Claims(long caseId, String recipientKey, LocalDate expiresOn) {

        public Claims {
            if (caseId < 0) {
                throw new IllegalArgumentException("caseId must not be negative: " + caseId);
            }
            if (recipientKey == null || !RECIPIENT_KEY.matcher(recipientKey).matches()) {
                throw new IllegalArgumentException("A recipient key is 1-" + MAX_RECIPIENT_KEY
                        + " ASCII letters, digits, '.', '_' or '-': '" + recipientKey + "'");
            }
            Objects.requireNonNull(expiresOn, "expiresOn");
            if (expiresOn.isBefore(EPOCH) || expiresOn.isAfter(LAST_DAY)) {
                throw new IllegalArgumentException("expiresOn must be between " + EPOCH + " and " + LAST_DAY);
            }
        }
    }

    /** Why a token was refused. */
    public enum Reason {
        /** Not a token at all: wrong characters or length, not canonical base32, unknown version. */
        MALFORMED,
        /** Well-formed, but not signed with any of our keys (forged or altered). */
        BAD_SIGNATURE,
        /** Genuine, but past its last day. */
        EXPIRED
    }

    /** The answer of {@link #verify}. */
    public sealed interface Verification {

        /** Genuine and in date. */
        record Accepted(Claims claims) implements Verification { }

        /** Refused; {@code claims} is set for an expired genuine token only (e.g. to tell staff why). */
        record Refused(Reason reason, Claims claims) implements Verification { }

        default boolean accepted() {
            return this instanceof Accepted;
        }
    }

    /** A token for the case and recipient, valid up to and including {@code expiresOn}. */
    public String issue(long caseId, String recipientKey, LocalDate expiresOn) {
        Claims claims = new Claims(caseId, recipientKey, expiresOn);
        byte[] payload = payload(claims);
        byte[] token = Arrays.copyOf(payload, payload.length + MAC_BYTES);
        System.arraycopy(mac(current, payload), 0, token, payload.length, MAC_BYTES);
        return Base32.encode(token);
    }

    /** Checks a token (in either case) as of {@code today}. */
    public Verification verify(String token, LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (token == null) {
            return refused(Reason.MALFORMED);
        }
        String text = token.strip();
        if (!text.chars().allMatch(c -> c < 128)) {
            return refused(Reason.MALFORMED);
        }
        text = text.toLowerCase(Locale.ROOT);
        if (text.length() < MIN_CHARS || text.length() > MAX_CHARS) {
            return refused(Reason.MALFORMED);
        }
        byte[] bytes = Base32.decode(text);
        if (bytes == null || bytes.length < 1 + 2 + 1 + MAC_BYTES || (bytes[0] & 0xff) >> 4 != VERSION) {
            return refused(Reason.MALFORMED);
        }
        byte[] payload = Arrays.copyOf(bytes, bytes.length - MAC_BYTES);
        byte[] mac = Arrays.copyOfRange(bytes, payload.length, bytes.length);
        boolean signed = false;
        for (SecretKeySpec key : all) {
            signed |= MessageDigest.isEqual(mac, mac(key, payload)); // every key is tried: no early exit
        }
        if (!signed) {
            return refused(Reason.BAD_SIGNATURE);
        }
        Claims claims = claims(payload);
        if (claims == null) {
            return refused(Reason.MALFORMED);
        }
        return today.isAfter(claims.expiresOn()) ? new Verification.Refused(Reason.EXPIRED, claims)
                : new Verification.Accepted(claims);
    }

    private static Verification refused(Reason reason) {
        return new Verification.Refused(reason, null);
    }

    private static byte[] payload(Claims claims) {
        byte[] recipient = claims.recipientKey().getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream(32);
        out.write(VERSION << 4 | recipient.length);
        int day = (int) ChronoUnit.DAYS.between(EPOCH, claims.expiresOn());
        out.write(day >> 8);
        out.write(day & 0xff);
        long id = claims.caseId();
        do {
            int low = (int) (id & 0x7f);
            id >>>= 7;
            out.write(id == 0 ? low : low | 0x80);
        } while (id != 0);
        out.writeBytes(recipient);
        return out.toByteArray();
    }

    /** The claims of a signed payload, or null if it does not parse (only a leaked key could make one). */
    private static Claims claims(byte[] payload) {
        int keyLength = payload[0] & 0x0f;
        int day = (payload[1] & 0xff) << 8 | (payload[2] & 0xff);
        long id = 0;
        int i = 3;
        for (int shift = 0; ; shift += 7) {
            if (i >= payload.length || shift > 56) {
                return null;
            }
            int b = payload[i++] & 0xff;
            id |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                break;
            }
        }
        if (payload.length - i != keyLength || id < 0) {
            return null;
        }
        try {
            return new Claims(id, new String(payload, i, keyLength, StandardCharsets.US_ASCII), EPOCH.plusDays(day));
        } catch (IllegalArgumentException bad) {
            return null;
        }
    }

    private static byte[] mac(SecretKeySpec key, byte[] payload) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            hmac.update(CONTEXT);
            return Arrays.copyOf(hmac.doFinal(payload), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static SecretKeySpec secret(byte[] key) {
        if (key == null || key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("A reply token key has at least " + MIN_KEY_BYTES + " bytes");
        }
        return new SecretKeySpec(key.clone(), "HmacSHA256");
    }
}
