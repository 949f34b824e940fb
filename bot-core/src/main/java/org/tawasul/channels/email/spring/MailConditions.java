package org.tawasul.channels.email.spring;

import org.springframework.core.env.Environment;
import org.tawasul.config.OneShot;

/** Which mail beans exist, read from the settings before the settings records are bound. */
final class MailConditions {

    private MailConditions() {
    }

    /** Mail is on when an SMTP host or a sender is configured (the other settings are then required). */
    static boolean enabled(Environment environment) {
        return has(environment, "spring.mail.host") || has(environment, "tawasul.mail.from");
    }

    private static boolean has(Environment environment, String key) {
        String value = environment.getProperty(key);
        return value != null && !value.isBlank();
    }

    /** Mail is on, a mailbox is configured and background work runs (not a one-shot command). */
    static boolean reading(Environment environment) {
        return enabled(environment) && has(environment, "tawasul.mail.imap.host")
                && !"false".equalsIgnoreCase(environment.getProperty(OneShot.BACKGROUND, "true"));
    }
}
