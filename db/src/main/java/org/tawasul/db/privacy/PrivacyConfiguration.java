package org.tawasul.db.privacy;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

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

    /** The work of rotate-keys; it first checks the keys as a start does, allowing a rotation under way. */
    @Bean
    KeyRotation keyRotation(JdbcTemplate jdbc, PlatformTransactionManager transactions, PiiCipher cipher, KeyedHash hash,
            PrivacyKeys keys, PrivacySettings settings) {
        return rotation(jdbc, transactions, cipher, hash, settings).checkingFirst(
                new PrivacyKeyCheck(jdbc, cipher, hash, keys.previousKeyedHash(), true, null, source(settings))
                        .committingWith(transactions));
    }

    /** Checks the keys against the database's key check values once the singletons (and migrations) are ready. */
    @Bean
    PrivacyKeyCheck privacyKeyCheck(JdbcTemplate jdbc, PlatformTransactionManager transactions, PiiCipher cipher,
            KeyedHash hash, PrivacyKeys keys, PrivacySettings settings) {
        return new PrivacyKeyCheck(jdbc, cipher, hash, keys.previousKeyedHash(), settings.rotating(),
                rotation(jdbc, transactions, cipher, hash, settings), source(settings)).committingWith(transactions);
    }

    private static KeyRotation rotation(JdbcTemplate jdbc, PlatformTransactionManager transactions, PiiCipher cipher,
            KeyedHash hash, PrivacySettings settings) {
        if (settings.rotationBatch() < 1) {
            throw new PrivacyKeyUnusable("tawasul.privacy.rotation-batch is " + settings.rotationBatch() + ". Fix: set it "
                    + "to the rows per batch of rotate-keys, at least 1 (default 500)");
        }
        return new KeyRotation(jdbc, transactions, cipher, hash, settings.rotationBatch());
    }

    private static String source(PrivacySettings settings) {
        boolean fromProperties = settings.key() != null && !settings.key().isBlank();
        return fromProperties ? "the properties" : "the key file " + settings.keyFile();
    }
}
