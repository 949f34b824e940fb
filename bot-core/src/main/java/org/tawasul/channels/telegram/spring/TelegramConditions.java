package org.tawasul.channels.telegram.spring;

import java.util.Locale;
import org.springframework.core.env.Environment;
import org.tawasul.config.OneShot;

/** Which Telegram beans exist, read from the settings before the settings record is bound. */
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

    /** A token is configured and updates arrive by long polling. */
    static boolean polling(Environment environment) {
        return enabled(environment) && mode(environment).equals("polling") && background(environment);
    }

    /** A token is configured and updates arrive (by long polling or webhook): members talk to the bot. */
    static boolean receiving(Environment environment) {
        return enabled(environment) && !mode(environment).equals("send-only") && background(environment);
    }

    /** A token is configured and updates arrive by webhook. */
    static boolean webhook(Environment environment) {
        return enabled(environment) && mode(environment).equals("webhook");
    }
}
