package org.tawasul.db.privacy;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
}
