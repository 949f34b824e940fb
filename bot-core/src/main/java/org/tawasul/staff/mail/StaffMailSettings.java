package org.tawasul.staff.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
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
 * @param attachmentsMaxBytes the member's files attached to one mail at most, in all (0: none, all listed)
 * @param smsMaxSegments an officer's reply relayed by SMS fits in this many segments, else it is shortened
 */
@ConfigurationProperties("tawasul.mail")
record StaffMailSettings(@DefaultValue("ar") String staffLanguage, @DefaultValue("false") boolean notifyDeputies,
                         @DefaultValue("90") int tokenDays, @DefaultValue("1h") Duration explainEvery,
                         @DefaultValue("14d") Duration threadOpen,
                         @DefaultValue("10MB") DataSize attachmentsMaxBytes,
                         @DefaultValue("3") int smsMaxSegments) {

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
        if (attachmentsMaxBytes == null || attachmentsMaxBytes.isNegative()
                || attachmentsMaxBytes.toBytes() > 100L * 1024 * 1024) {
            throw new IllegalArgumentException("tawasul.mail.attachments-max-bytes must be between 0 and 100MB (was "
                    + attachmentsMaxBytes + "). Fix: e.g. 10MB (most mail servers refuse mail over 25MB), or 0 to "
                    + "list the member's files without attaching them");
        }
        if (smsMaxSegments < 1 || smsMaxSegments > 10) {
            throw new IllegalArgumentException("tawasul.mail.sms-max-segments must be between 1 and 10 (was "
                    + smsMaxSegments + "). Fix: e.g. 3 (each segment is billed)");
        }
    }

    Language language() {
        return Language.fromCode(staffLanguage).orElseThrow();
    }
}
