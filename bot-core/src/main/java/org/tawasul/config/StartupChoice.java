package org.tawasul.config;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * For beans that exist or not by the settings a node starts with (which channels run, and how), made by a
 * {@link org.springframework.beans.factory.BeanRegistrar} instead of {@code @Conditional} classes: a registrar
 * decides when the application starts, also when {@code serve} starts from the bean definitions Spring's AOT
 * processing wrote at build time ({@code bin/tawasul}; README: "Start-up and memory"), where every condition
 * would have been fixed by the build's own settings.
 */
public final class StartupChoice {

    private StartupChoice() {
    }

    /** A settings record bound as {@code @EnableConfigurationProperties} would (defaults, conversions, checks). */
    public static <T> T bind(Environment environment, String prefix, Class<T> type) {
        return Binder.get(environment).bindOrCreate(prefix, type);
    }

    /**
     * Keeps component scanning away from a class that a registrar makes (a controller, which needs its
     * annotation for Spring MVC to find its mappings): only the registrar decides whether it exists.
     */
    public static final class MadeByRegistrar implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return false;
        }
    }
}
