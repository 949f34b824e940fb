package org.tawasul.turns;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationUnit;

/**
 * How long members' words are kept where they are not needed any more, {@code tawasul.retention.*}; in the
 * README (a plain number is days: {@code 30} is {@code 30d}).
 *
 * @param inbox         a processed event's payload (what the member sent) is redacted this long after it was processed
 * @param outbox        a sent, delivered, undelivered or failed message's body is redacted this long after it was written
 * @param conversations an abandoned dialog's answers are forgotten this long after the member last wrote (at least
 *                      {@code tawasul.engine.idle-timeout}: the dialog is closed by then)
 * @param runEvery      pause between runs of the retention job (one node at a time)
 */
@ConfigurationProperties("tawasul.retention")
public record RetentionSettings(
        @DefaultValue("30d") @DurationUnit(ChronoUnit.DAYS) Duration inbox,
        @DefaultValue("30d") @DurationUnit(ChronoUnit.DAYS) Duration outbox,
        @DefaultValue("7d") @DurationUnit(ChronoUnit.DAYS) Duration conversations,
        @DefaultValue("1h") Duration runEvery) {

    public RetentionSettings {
        atLeastADay(inbox, "inbox");
        atLeastADay(outbox, "outbox");
        atLeastADay(conversations, "conversations");
        if (runEvery == null || runEvery.toMinutes() < 1) {
            throw new IllegalArgumentException("tawasul.retention.run-every must be at least 1m (was " + runEvery
                    + "). Fix: use e.g. 1h, or remove it for the default");
        }
    }

    private static void atLeastADay(Duration period, String name) {
        if (period == null || period.toHours() < 24) {
            throw new IllegalArgumentException("tawasul.retention." + name + " must be at least 1 day (was " + period
                    + "). Fix: set a number of days, e.g. 30, or remove it for the default");
        }
    }
}
