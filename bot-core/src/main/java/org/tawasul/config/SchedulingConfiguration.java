package org.tawasul.config;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The {@code *Job}s run on Spring's scheduler, except in one-shot commands ({@link OneShot}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = OneShot.BACKGROUND, havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {
}
