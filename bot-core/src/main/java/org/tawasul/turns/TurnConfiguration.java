package org.tawasul.turns;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the turn settings ({@code tawasul.turns.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TurnSettings.class)
class TurnConfiguration {
}
