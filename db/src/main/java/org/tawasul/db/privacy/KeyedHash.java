package org.tawasul.db.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 of a normalised phone number or national ID, in lower-case hex (64 characters), under a
 * key of its own: finds a member by phone or ID without decrypting anything; thread-safe.
 */
public final class KeyedHash {

    private static final String ALGORITHM = "HmacSHA256";
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Pattern NATIONAL_ID = Pattern.compile("[0-9]{10}");

    private final SecretKeySpec key;

    /** @param key 32 bytes, not the encryption key */
    public KeyedHash(byte[] key) {
        if (Objects.requireNonNull(key, "key").length != PiiCipher.KEY_BYTES) {
            throw new IllegalArgumentException("a hash key has 32 bytes, this one has " + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    /**
     * The hash of a phone number in E.164 form ({@code +966501234567}).
     *
     * @throws IllegalArgumentException when it is not E.164 (normalise it first, e.g. with {@code PhoneNumbers.toE164})
     */
    public String ofPhone(String e164) {
        require(E164, e164, "a phone number in E.164 form (+ and 7 to 15 digits)");
        return hash("phone:" + e164);
    }

    /**
     * The hash of a national ID or iqama number of 10 ASCII digits.
     *
     * @throws IllegalArgumentException when it is not 10 digits
     */
    public String ofNationalId(String digits) {
        require(NATIONAL_ID, digits, "a national ID of 10 digits");
        return hash("national-id:" + digits);
    }

    /** The hash of a chat address on a channel (e.g. a Telegram chat id), for counting without keeping it. */
    public String ofAddress(String channel, String address) {
        if (channel == null || address == null || channel.isBlank() || address.isBlank()) {
            throw new IllegalArgumentException("expected a channel and an address");
        }
        return hash("address:" + channel + ":" + address);
    }

    /**
     * The hash of a one-time code sent to a phone number (E.164): keyed, so that the million possible
     * codes cannot be tried against a stolen table without the key.
     */
    public String ofOneTimeCode(String e164, String code) {
        require(E164, e164, "a phone number in E.164 form (+ and 7 to 15 digits)");
        if (code == null || !code.matches("[0-9]{4,10}")) {
            throw new IllegalArgumentException("expected a code of 4 to 10 digits");
        }
        return hash("code:" + e164 + ":" + code);
    }

    /** The key check value of the hash key: the hash of a fixed text, stored to detect another key. */
    public String checkValue() {
        return hash("check:tawasul privacy hash key");
    }

    private String hash(String value) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    private static void require(Pattern pattern, String value, String expected) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new IllegalArgumentException("expected " + expected); // the value itself stays out of messages
        }
    }
}
