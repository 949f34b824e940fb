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
 */
@ConfigurationProperties("tawasul.privacy")
record PrivacySettings(String key, String hashKey, @DefaultValue("data/privacy.keys") String keyFile) {

    @Override
    public String toString() {
        return "PrivacySettings[keyFile=" + keyFile + "]"; // never the keys
    }
}
