package org.tawasul.channels.telegram.spring;

import java.util.Locale;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.tawasul.config.OneShot;

/** Conditions on the Telegram settings, read before the settings record is bound. */
final class TelegramConditions {

    private TelegramConditions() {
    }

    static boolean enabled(Environment environment) {
        return environment.containsProperty("tawasul.telegram.token");
    }

    /** Whether background work runs (not in a one-shot command: see {@code OneShot}). */
    static boolean background(Environment environment) {
        return !"false".equalsIgnoreCase(environment.getProperty(OneShot.BACKGROUND, "true"));
    }

    static String mode(Environment environment) {
        return environment.getProperty("tawasul.telegram.mode", "polling").toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A token is configured. */
    static final class Enabled implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return enabled(context.getEnvironment());
        }
    }

    /** A token is configured and updates arrive by long polling. */
    static final class Polling implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return enabled(context.getEnvironment()) && mode(context.getEnvironment()).equals("polling")
                    && background(context.getEnvironment());
        }
    }

    /** A token is configured and updates arrive (by long polling or webhook): members talk to the bot. */
    static final class Receiving implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return enabled(context.getEnvironment()) && !mode(context.getEnvironment()).equals("send-only")
                    && background(context.getEnvironment());
        }
    }

    /** A token is configured and updates arrive by webhook. */
    static final class Webhook implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return enabled(context.getEnvironment()) && mode(context.getEnvironment()).equals("webhook");
        }
    }
}
