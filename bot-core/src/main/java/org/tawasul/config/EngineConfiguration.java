package org.tawasul.config;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tawasul.conversations.engine.ConversationEngine;
import org.tawasul.conversations.engine.EngineSettings;
import org.tawasul.conversations.flow.FlowRegistry;

/** Builds the flow registry (validated at start-up) and the engine from the settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TawasulProperties.class)
class EngineConfiguration {

    @Bean
    FlowRegistry flowRegistry(TawasulProperties properties) {
        return FlowRegistry.load(getClass().getClassLoader(), properties.flows().directory(),
                properties.engine().menuFlow());
    }

    @Bean
    ConversationEngine conversationEngine(FlowRegistry flows, TawasulProperties properties) {
        TawasulProperties.Engine engine = properties.engine();
        return new ConversationEngine(flows, new EngineSettings(engine.maxAttempts(), engine.idleTimeout(), engine.menuFlow()));
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
