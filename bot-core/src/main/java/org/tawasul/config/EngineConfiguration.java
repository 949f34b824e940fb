package org.tawasul.config;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tawasul.conversations.catalog.ServiceCatalog;
import org.tawasul.conversations.engine.ConversationEngine;
import org.tawasul.conversations.engine.DialogActions;
import org.tawasul.conversations.engine.EngineSettings;
import org.tawasul.conversations.flow.FlowDefinition;
import org.tawasul.conversations.flow.FlowRegistry;

/** Builds the service catalog, the flow registry and the engine from the settings, validating all at start-up. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({DialogSettings.class, LimitSettings.class})
class EngineConfiguration {

    @Bean
    ServiceCatalog serviceCatalog(DialogSettings properties) {
        return ServiceCatalog.read(FlowRegistry.sources(getClass().getClassLoader(), "services/",
                properties.services().directory()));
    }

    @Bean
    FlowRegistry flowRegistry(DialogSettings properties, ServiceCatalog catalog) {
        List<FlowDefinition> flows = new ArrayList<>(catalog.flows());
        flows.addAll(FlowRegistry.parse(FlowRegistry.sources(getClass().getClassLoader(), FlowRegistry.BUNDLED_FOLDER,
                properties.flows().directory())));
        return FlowRegistry.of(flows, properties.engine().menuFlow());
    }

    @Bean
    ConversationEngine conversationEngine(FlowRegistry flows, DialogSettings properties, DialogActions actions) {
        DialogSettings.Engine engine = properties.engine();
        return new ConversationEngine(flows, new EngineSettings(engine.maxAttempts(), engine.idleTimeout(), engine.menuFlow(),
                engine.hours()), actions);
    }

    /** The system clock in UTC; a test may register its own before the context starts. */
    @Bean
    @ConditionalOnMissingBean(Clock.class)
    Clock clock() {
        return Clock.systemUTC();
    }
}
