package org.tawasul.faq;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the FAQ index at start-up from {@code tawasul.faq.file}, or from the bundled answers. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FaqSettings.class)
class FaqConfiguration {

    @Bean
    FaqIndex faqIndex(FaqSettings properties) {
        return FaqIndex.of(properties.file() == null ? FaqLoader.bundled() : FaqLoader.load(properties.file()),
                properties.minScore());
    }
}
