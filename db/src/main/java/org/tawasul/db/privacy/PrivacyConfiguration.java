package org.tawasul.db.privacy;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Resolves the privacy keys once at start-up and builds the cipher and the keyed hash from them. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PrivacySettings.class)
class PrivacyConfiguration {

    @Bean
    PrivacyKeys privacyKeys(PrivacySettings properties) {
        return PrivacyKeys.resolve(properties);
    }

    @Bean
    PiiCipher piiCipher(PrivacyKeys keys) {
        return keys.cipher();
    }

    @Bean
    KeyedHash keyedHash(PrivacyKeys keys) {
        return keys.keyedHash();
    }

    /** Checks the keys against the database's key check values once the singletons (and migrations) are ready. */
    @Bean
    PrivacyKeyCheck privacyKeyCheck(JdbcTemplate jdbc, PiiCipher cipher, KeyedHash hash, PrivacySettings settings) {
        boolean fromProperties = settings.key() != null && !settings.key().isBlank();
        return new PrivacyKeyCheck(jdbc, cipher, hash, fromProperties ? "the properties" : "the key file " + settings.keyFile());
    }
}
