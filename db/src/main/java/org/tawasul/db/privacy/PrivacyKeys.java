package org.tawasul.db.privacy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;

/** The encryption key and the hash key, from the properties or else from the key file. */
final class PrivacyKeys {

    static final String KEY = "tawasul.privacy.key";
    static final String HASH_KEY = "tawasul.privacy.hash-key";
    static final String PREVIOUS_KEY = "tawasul.privacy.previous-key";
    static final String PREVIOUS_HASH_KEY = "tawasul.privacy.previous-hash-key";

    private final byte[] key;
    private final byte[] hashKey;
    private final byte[] previousKey;
    private final byte[] previousHashKey;

    PrivacyKeys(byte[] key, byte[] hashKey) {
        this(key, hashKey, null, null);
    }

    private PrivacyKeys(byte[] key, byte[] hashKey, byte[] previousKey, byte[] previousHashKey) {
        this.key = key.clone();
        this.hashKey = hashKey.clone();
        this.previousKey = previousKey == null ? null : previousKey.clone();
        this.previousHashKey = previousHashKey == null ? null : previousHashKey.clone();
    }

    /**
     * These keys with the keys being replaced during a rotation (either may be null: not rotated).
     *
     * @param source names where the previous keys came from, for the messages
     */
    PrivacyKeys withPrevious(String previousKeyBase64, String previousHashKeyBase64, String source) {
        byte[] oldKey = isSet(previousKeyBase64) ? decode(source + PREVIOUS_KEY, previousKeyBase64,
                "set it to the encryption key used before the rotation, or remove it once rotate-keys has finished") : null;
        byte[] oldHashKey = isSet(previousHashKeyBase64) ? decode(source + PREVIOUS_HASH_KEY, previousHashKeyBase64,
                "set it to the hash key used before the rotation, or remove it once rotate-keys has finished") : null;
        if (oldHashKey != null && Arrays.equals(oldHashKey, key)) {
            throw new PrivacyKeyUnusable(source + PREVIOUS_HASH_KEY + " is the same as the encryption key. Fix: set it to "
                    + "the hash key used before the rotation");
        }
        return new PrivacyKeys(key, hashKey, oldKey, oldHashKey);
    }

    /**
     * Both properties when both are set; neither set: the key file, generated on first use, when one is
     * configured.
     *
     * @throws PrivacyKeyUnusable naming the property and the fix
     */
    static PrivacyKeys resolve(PrivacySettings properties) {
        boolean hasKey = isSet(properties.key());
        boolean hasHashKey = isSet(properties.hashKey());
        if (hasKey && hasHashKey) {
            return of(decode(KEY, properties.key(), howToSet(KEY)), decode(HASH_KEY, properties.hashKey(), howToSet(HASH_KEY)),
                    HASH_KEY).withPrevious(properties.previousKey(), properties.previousHashKey(), "");
        }
        if (hasKey || !isSet(properties.keyFile())) {
            throw notSet(hasKey ? HASH_KEY : KEY);
        }
        if (hasHashKey) {
            throw notSet(KEY);
        }
        PrivacyKeys fromFile = KeyFile.readOrCreate(Path.of(properties.keyFile().strip()));
        if (isSet(properties.previousKey()) || isSet(properties.previousHashKey())) {
            return fromFile.withPrevious(properties.previousKey(), properties.previousHashKey(), "");
        }
        return fromFile;
    }

    /** Both keys, checked to differ; {@code hashKeyName} names the second in the message. */
    static PrivacyKeys of(byte[] key, byte[] hashKey, String hashKeyName) {
        if (Arrays.equals(key, hashKey)) {
            throw new PrivacyKeyUnusable(hashKeyName + " is the same as the encryption key. Fix: give it 32 other "
                    + "random bytes in Base64, e.g. from `openssl rand -base64 32`");
        }
        return new PrivacyKeys(key, hashKey);
    }

    /** Decodes one Base64 key of 32 bytes; {@code fix} ends the message when it is not one. */
    static byte[] decode(String name, String base64, String fix) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new PrivacyKeyUnusable(name + " is not valid Base64. Fix: " + fix);
        }
        if (bytes.length != PiiCipher.KEY_BYTES) {
            throw new PrivacyKeyUnusable(name + " decodes to " + bytes.length + " bytes, not 32. Fix: " + fix);
        }
        return bytes;
    }

    PiiCipher cipher() {
        return previousKey == null ? new PiiCipher(key) : new PiiCipher(key, java.util.List.of(previousKey));
    }

    /** The keyed hash of the hash key being replaced, during a rotation. */
    java.util.Optional<KeyedHash> previousKeyedHash() {
        return previousHashKey == null ? java.util.Optional.empty() : java.util.Optional.of(new KeyedHash(previousHashKey));
    }

    KeyedHash keyedHash() {
        return new KeyedHash(hashKey);
    }

    byte[] key() {
        return key.clone();
    }

    byte[] hashKey() {
        return hashKey.clone();
    }

    private static PrivacyKeyUnusable notSet(String name) {
        return new PrivacyKeyUnusable(name + " is not set. Fix: " + howToSet(name));
    }

    /** The environment variable of a property, e.g. {@code TAWASUL_PRIVACY_KEY}. */
    static String variable(String name) {
        return name.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    static String howToSet(String name) {
        String variable = variable(name);
        return "set it to 32 random bytes in Base64, e.g. from `openssl rand -base64 32`, through the " + variable
                + " environment variable" + (name.equals(HASH_KEY) ? " (a different value from " + KEY + ")" : "");
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    @Override
    public String toString() {
        return "PrivacyKeys[not shown]";
    }
}
