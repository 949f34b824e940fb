package org.tawasul.turns;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the turn settings ({@code tawasul.turns.*}) and the retention settings ({@code tawasul.retention.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({TurnSettings.class, RetentionSettings.class})
class TurnConfiguration {
}
