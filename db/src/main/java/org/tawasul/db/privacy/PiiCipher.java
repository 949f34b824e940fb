package org.tawasul.db.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts personal data for storage with AES-256-GCM: a random 12-byte IV per value, stored as
 * {@code v1:} + Base64(iv || ciphertext and tag); thread-safe.
 */
public final class PiiCipher {

    /** The prefix of every stored value; a later key or algorithm gets a new one. */
    public static final String PREFIX = "v1:";

    static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    /** @param key 32 bytes */
    public PiiCipher(byte[] key) {
        if (Objects.requireNonNull(key, "key").length != KEY_BYTES) {
            throw new IllegalArgumentException("an AES-256 key has 32 bytes, this one has " + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    /** Encrypts {@code plain} with a fresh IV, so equal values give different results. */
    public String encrypt(String plain) {
        Objects.requireNonNull(plain, "plain");
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    /**
     * Decrypts a value made by {@link #encrypt}.
     *
     * @throws CiphertextRejected when the value is not in the {@code v1:} format, or the key is not
     *                            the one it was encrypted with, or the value was altered
     */
    public String decrypt(String stored) {
        Objects.requireNonNull(stored, "stored");
        if (!stored.startsWith(PREFIX)) {
            throw new CiphertextRejected("a stored value is not in the v1 format");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new CiphertextRejected("a stored value is not valid Base64");
        }
        if (bytes.length < IV_BYTES + TAG_BITS / 8) {
            throw new CiphertextRejected("a stored value is too short to be encrypted data");
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            byte[] plain = cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            // no cause: nothing about the value or the key leaves this method
            throw new CiphertextRejected("a stored value could not be decrypted: the key is not the one it was "
                    + "encrypted with (tawasul.privacy.key), or the value was altered");
        }
    }
}
