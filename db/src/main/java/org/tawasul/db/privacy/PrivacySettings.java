package org.tawasul.db.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The privacy keys, under {@code tawasul.privacy.*}; every one is listed in the README.
 *
 * @param key     the encryption key, 32 bytes in Base64
 * @param hashKey the key of the lookup hashes, 32 other bytes in Base64
 * @param keyFile where keys are generated and kept when neither key is set; empty (the {@code mysql}
 *                profile) to require both keys
 * @param previousKey     during a key rotation, the encryption key being replaced (reads only)
 * @param previousHashKey during a key rotation, the hash key being replaced (its check value is accepted)
 * @param rotationBatch   rows per batch (and per transaction) of {@code rotate-keys}
 * @param rotating        set by {@code rotate-keys} itself: lets its start proceed while a rotation is under way
 */
@ConfigurationProperties("tawasul.privacy")
record PrivacySettings(String key, String hashKey, @DefaultValue("data/privacy.keys") String keyFile, String previousKey,
        String previousHashKey, @DefaultValue("500") int rotationBatch, @DefaultValue("false") boolean rotating) {

    /** The keys with no rotation under way. */
    static PrivacySettings of(String key, String hashKey, String keyFile) {
        return new PrivacySettings(key, hashKey, keyFile, null, null, 500, false);
    }

    @Override
    public String toString() {
        return "PrivacySettings[keyFile=" + keyFile + ", rotationBatch=" + rotationBatch + "]"; // never the keys
    }
}
