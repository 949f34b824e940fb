package org.tawasul.db.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts personal data for storage with AES-256-GCM: a random 12-byte IV per value, stored as
 * {@code v2:<key id>:} + Base64(iv || ciphertext and tag), where the key id (8 hex characters derived
 * from the key, revealing nothing of it) names the key that encrypted it so that keys can be rotated.
 * Values of the first format ({@code v1:} + Base64, no key id) are still read, with any known key.
 * Older keys (during a rotation) decrypt only; new values always use the current key. Thread-safe.
 */
public final class PiiCipher {

    /** The prefix of every value this version writes; {@code v2:<key id>:}. */
    public static final String PREFIX = "v2:";
    /** The prefix of a sealed chat address (a phone number): {@code a1:<key id>:}. */
    public static final String ADDRESS_PREFIX = "a1:";
    /** The prefix of values written before key ids (still read). */
    static final String LEGACY_PREFIX = "v1:";

    static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_ID_CHARS = 8;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";

    private static final Pattern PHONE_ADDRESS = Pattern.compile("(?:[a-z]{1,16}:)?\\+[1-9][0-9]{6,14}");

    private final String currentId;
    private final Map<String, SecretKey> keys = new LinkedHashMap<>();
    private final Map<String, SecretKeySpec> sivKeys = new LinkedHashMap<>();
    private final SecureRandom random = new SecureRandom();

    /** @param key 32 bytes */
    public PiiCipher(byte[] key) {
        this(key, List.of());
    }

    /**
     * @param key      the current key, 32 bytes: encrypts and decrypts
     * @param previous older keys of 32 bytes each, that only decrypt (values not yet rotated)
     */
    public PiiCipher(byte[] key, List<byte[]> previous) {
        this.currentId = keyId(checked(key));
        keys.put(currentId, new SecretKeySpec(key.clone(), "AES"));
        sivKeys.put(currentId, sivKey(key));
        for (byte[] old : previous) {
            String id = keyId(checked(old));
            keys.putIfAbsent(id, new SecretKeySpec(old.clone(), "AES"));
            sivKeys.putIfAbsent(id, sivKey(old));
        }
    }

    private static byte[] checked(byte[] key) {
        if (Objects.requireNonNull(key, "key").length != KEY_BYTES) {
            throw new IllegalArgumentException("an AES-256 key has 32 bytes, this one has " + key.length);
        }
        return key;
    }

    /** The id of a key: the first 4 bytes of HMAC-SHA256(key, "tawasul key id"), in hex. */
    static String keyId(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] id = mac.doFinal("tawasul key id".getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(id).substring(0, KEY_ID_CHARS);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    /** The key of a key's synthetic IVs (a sealed address's keyed hash): HMAC-SHA256(key, "tawasul address siv"). */
    private static SecretKeySpec sivKey(byte[] key) {
        return new SecretKeySpec(hmac(key, "tawasul address siv"), "HmacSHA256");
    }

    private static byte[] hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    /** The id of the current key, which new values carry. */
    public String currentKeyId() {
        return currentId;
    }

    /** Whether {@code stored} is an encrypted value (of either format), as opposed to plaintext. */
    public static boolean isEncrypted(String stored) {
        return stored != null && (stored.startsWith(PREFIX) || stored.startsWith(LEGACY_PREFIX));
    }

    /** Whether {@code stored} is encrypted with the current key (otherwise a rotation re-encrypts it). */
    public boolean isCurrent(String stored) {
        return stored != null && stored.startsWith(PREFIX + currentId + ":");
    }

    /** Encrypts {@code plain} with a fresh IV, so equal values give different results. */
    public String encrypt(String plain) {
        Objects.requireNonNull(plain, "plain");
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentId), new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
            return PREFIX + currentId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    /** Whether a chat address is a phone number ({@code +9665…}, {@code whatsapp:+9665…}), which is sealed when stored. */
    public static boolean isPhoneAddress(String address) {
        return address != null && PHONE_ADDRESS.matcher(address).matches();
    }

    /** Whether {@code stored} is a sealed address (of any key). */
    public static boolean isSealedAddress(String stored) {
        return stored != null && stored.startsWith(ADDRESS_PREFIX);
    }

    /** Whether {@code stored} is an address sealed with the current key. */
    public boolean isCurrentAddress(String stored) {
        return stored != null && stored.startsWith(ADDRESS_PREFIX + currentId + ":");
    }

    /**
     * The stored form of a chat address: a phone number is sealed, deterministically, so that it is found
     * by equality and can still be read back to send to it: {@code a1:<key id>:} + Base64(siv || AES-GCM
     * ciphertext and tag), where the 12-byte synthetic IV {@code siv} is a keyed hash of the address
     * (HMAC-SHA256 under a key derived from the encryption key, cut to 96 bits) and is also the GCM nonce
     * (the SIV construction: the same address always gives the same value, different addresses never
     * share a nonce). Any other address (a Telegram chat id) is returned as it is. Null stays null.
     */
    public String sealAddress(String address) {
        if (address == null || !isPhoneAddress(address)) {
            return address;
        }
        byte[] plain = address.getBytes(StandardCharsets.UTF_8);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(sivKeys.get(currentId));
            byte[] iv = java.util.Arrays.copyOf(mac.doFinal(plain), IV_BYTES);
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentId), new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain);
            byte[] out = ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
            return ADDRESS_PREFIX + currentId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    /**
     * The chat address of a stored value: a sealed one is opened with the key it names (current or
     * previous) and its synthetic IV checked; any other value is an address stored as it is (a Telegram
     * chat id, or a phone number stored before sealed addresses and not yet sealed).
     *
     * @throws CiphertextRejected when a sealed value's key is not known or the value was altered
     */
    public String openAddress(String stored) {
        if (stored == null || !isSealedAddress(stored)) {
            return stored;
        }
        int colon = stored.indexOf(':', ADDRESS_PREFIX.length());
        if (colon < 0) {
            throw new CiphertextRejected("a sealed address has no key id");
        }
        String id = stored.substring(ADDRESS_PREFIX.length(), colon);
        SecretKey key = keys.get(id);
        if (key == null) {
            throw new CiphertextRejected("a sealed address was sealed with a key that is not configured (key id " + id
                    + "): set tawasul.privacy.key, or during a rotation tawasul.privacy.previous-key, to that key");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(stored.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            throw new CiphertextRejected("a sealed address is not valid Base64");
        }
        if (bytes.length < IV_BYTES + TAG_BITS / 8) {
            throw new CiphertextRejected("a sealed address is too short");
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            byte[] plain = cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(sivKeys.get(id));
            if (!MessageDigest.isEqual(java.util.Arrays.copyOf(mac.doFinal(plain), IV_BYTES),
                    java.util.Arrays.copyOf(bytes, IV_BYTES))) {
                throw new CiphertextRejected("a sealed address does not match its synthetic IV");
            }
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new CiphertextRejected("a sealed address could not be opened: the key is not the one it was sealed "
                    + "with (tawasul.privacy.key), or the value was altered");
        }
    }

    /**
     * Decrypts a value made by {@link #encrypt} with the key it names (or, for a {@code v1:} value, with
     * each known key in turn).
     *
     * @throws CiphertextRejected when the value is in neither format, or its key is not known, or the
     *                            key is not the one it was encrypted with, or the value was altered
     */
    public String decrypt(String stored) {
        Objects.requireNonNull(stored, "stored");
        List<SecretKey> candidates = new ArrayList<>();
        String body;
        if (stored.startsWith(PREFIX)) {
            int colon = stored.indexOf(':', PREFIX.length());
            if (colon < 0) {
                throw new CiphertextRejected("a stored value has no key id");
            }
            SecretKey key = keys.get(stored.substring(PREFIX.length(), colon));
            if (key == null) {
                throw new CiphertextRejected("a stored value was encrypted with a key that is not configured (key id "
                        + stored.substring(PREFIX.length(), colon) + "): set tawasul.privacy.key, or during a "
                        + "rotation tawasul.privacy.previous-key, to that key");
            }
            candidates.add(key);
            body = stored.substring(colon + 1);
        } else if (stored.startsWith(LEGACY_PREFIX)) {
            candidates.addAll(keys.values());
            body = stored.substring(LEGACY_PREFIX.length());
        } else {
            throw new CiphertextRejected("a stored value is not in the v2 (or v1) format");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new CiphertextRejected("a stored value is not valid Base64");
        }
        if (bytes.length < IV_BYTES + TAG_BITS / 8) {
            throw new CiphertextRejected("a stored value is too short to be encrypted data");
        }
        for (SecretKey key : candidates) {
            try {
                Cipher cipher = Cipher.getInstance(TRANSFORMATION);
                cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
                byte[] plain = cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
                return new String(plain, StandardCharsets.UTF_8);
            } catch (GeneralSecurityException e) {
                // try the next key; no cause: nothing about the value or the key leaves this method
            }
        }
        throw new CiphertextRejected("a stored value could not be decrypted: the key is not the one it was "
                + "encrypted with (tawasul.privacy.key), or the value was altered");
    }
}
