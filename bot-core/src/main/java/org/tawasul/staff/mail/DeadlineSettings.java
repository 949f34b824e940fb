package org.tawasul.staff.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deadline reminders and escalations by staff email (P7, P18), under {@code tawasul.mail.deadlines.*}.
 *
 * @param reminderDays   officers are reminded this many working days before a case's deadline (and on the day)
 * @param managerAddress also told when a case passes its deadline (with the deputy); none when empty
 * @param digestHour     the hour (Asia/Riyadh, Sunday to Thursday) of each officer's digest of overdue cases
 * @param checkEvery     how often the deadlines are checked
 */
@ConfigurationProperties("tawasul.mail.deadlines")
record DeadlineSettings(@DefaultValue("3") int reminderDays, String managerAddress, @DefaultValue("8") int digestHour,
                        @DefaultValue("15m") Duration checkEvery) {

    DeadlineSettings {
        if (reminderDays < 0 || reminderDays > 30) {
            throw new IllegalArgumentException("tawasul.mail.deadlines.reminder-days must be between 0 and 30 (was "
                    + reminderDays + "). Fix: e.g. 3, or remove it for the default");
        }
        if (digestHour < 0 || digestHour > 23) {
            throw new IllegalArgumentException("tawasul.mail.deadlines.digest-hour must be between 0 and 23 (was "
                    + digestHour + "). Fix: e.g. 8 (08:00 Riyadh time)");
        }
        if (managerAddress != null && !managerAddress.isBlank() && !managerAddress.strip().matches("[^@\\s]+@[^@\\s]+")) {
            throw new IllegalArgumentException("tawasul.mail.deadlines.manager-address is not an address (was "
                    + managerAddress + "). Fix: e.g. manager@society.example, or remove it");
        }
    }
}
