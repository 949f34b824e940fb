package org.tawasul.db.privacy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;

/** The encryption key and the hash key, from the properties or else from the key file. */
final class PrivacyKeys {

    static final String KEY = "tawasul.privacy.key";
    static final String HASH_KEY = "tawasul.privacy.hash-key";

    private final byte[] key;
    private final byte[] hashKey;

    PrivacyKeys(byte[] key, byte[] hashKey) {
        this.key = key.clone();
        this.hashKey = hashKey.clone();
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
                    HASH_KEY);
        }
        if (hasKey || !isSet(properties.keyFile())) {
            throw notSet(hasKey ? HASH_KEY : KEY);
        }
        if (hasHashKey) {
            throw notSet(KEY);
        }
        return KeyFile.readOrCreate(Path.of(properties.keyFile().strip()));
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
        return new PiiCipher(key);
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
