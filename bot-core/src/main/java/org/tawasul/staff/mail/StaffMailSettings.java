package org.tawasul.staff.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.tawasul.conversations.message.Language;

/**
 * How staff are told and answered, under {@code tawasul.mail.*} (the channel's own settings are in the same
 * prefix, read by the email runtime); every one is in the README.
 *
 * @param staffLanguage  the language of staff mail (ar or en)
 * @param notifyDeputies also send each case's mail to the assigned officer's deputy
 * @param tokenDays      a reply address stays valid this many days after the case's deadline
 * @param explainEvery   a sender is told why a mail was not relayed at most once in this time
 * @param threadOpen     how long after an officer's message the member's next free text goes back to them
 */
@ConfigurationProperties("tawasul.mail")
record StaffMailSettings(@DefaultValue("ar") String staffLanguage, @DefaultValue("false") boolean notifyDeputies,
                         @DefaultValue("90") int tokenDays, @DefaultValue("1h") Duration explainEvery,
                         @DefaultValue("14d") Duration threadOpen) {

    StaffMailSettings {
        if (Language.fromCode(staffLanguage).isEmpty()) {
            throw new IllegalArgumentException("tawasul.mail.staff-language must be ar or en (was " + staffLanguage
                    + "). Fix: set ar or en, or remove it for the default (ar)");
        }
        if (explainEvery == null || explainEvery.isNegative()) {
            throw new IllegalArgumentException("tawasul.mail.explain-every must not be negative. Fix: e.g. 1h");
        }
        if (threadOpen == null || threadOpen.isNegative() || threadOpen.isZero()) {
            throw new IllegalArgumentException("tawasul.mail.thread-open must be positive. Fix: e.g. 14d");
        }
    }

    Language language() {
        return Language.fromCode(staffLanguage).orElseThrow();
    }
}
