package org.tawasul.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code tawasul.limits}: what one chat may do, so that no account (anonymous ones
 * included) floods a committee or the bot.
 *
 * @param casesPerDay    cases (enquiries, requests, complaints) one chat address may open within 24 hours
 * @param turnsPerMinute messages one chat may send within a minute and have answered; beyond it the member is
 *                       asked, once a minute at most, to slow down, and the message is not taken as an answer
 */
@ConfigurationProperties("tawasul.limits")
public record LimitSettings(@DefaultValue("10") int casesPerDay, @DefaultValue("20") int turnsPerMinute) {

    /** The defaults, as documented in the README. */
    public static final LimitSettings DEFAULTS = new LimitSettings(10, 20);

    public LimitSettings {
        if (casesPerDay < 1) {
            throw new IllegalArgumentException("tawasul.limits.cases-per-day must be 1 or more (was " + casesPerDay
                    + "). Fix: set it to the number of cases one chat may open in a day, e.g. 10.");
        }
        if (turnsPerMinute < 1) {
            throw new IllegalArgumentException("tawasul.limits.turns-per-minute must be 1 or more (was "
                    + turnsPerMinute + "). Fix: set it to the number of messages one chat may send in a minute, e.g. 20.");
        }
    }

    /** These settings with another daily case limit. */
    public LimitSettings withCasesPerDay(int cases) {
        return new LimitSettings(cases, turnsPerMinute);
    }
}
