package org.tawasul.faq;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the FAQ index at start-up (in the background) from {@code tawasul.faq.file} (or the bundled answers) and the files of
 * {@code tawasul.faq.directory}, and logs which files were read and how many entries they gave.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FaqSettings.class)
class FaqConfiguration {

    private static final Logger log = LoggerFactory.getLogger(FaqConfiguration.class);

    /** Bound on the main thread: a background bean may use only what is made before it. */
    private final FaqSettings settings;

    FaqConfiguration(FaqSettings settings) {
        this.settings = settings;
    }

    /**
     * Built on Spring's bootstrap executor while the main thread goes on with the rest of the context: the
     * index does not hold up the first poll. A bad FAQ file still stops start-up, since the context waits for
     * background beans before it is ready.
     */
    @Bean(bootstrap = Bean.Bootstrap.BACKGROUND)
    FaqIndex faqIndex() {
        List<FaqLoader.Source> sources = new ArrayList<>();
        List<FaqEntry> entries = FaqLoader.load(settings.file(), settings.directory(), sources);
        log.info("FAQ: {} entries from {} (min-score {})", entries.size(), sources.stream()
                .map(s -> s.name() + " (" + s.entries() + ")").collect(Collectors.joining(", ")), settings.minScore());
        return FaqIndex.of(entries, settings.minScore());
    }
}
