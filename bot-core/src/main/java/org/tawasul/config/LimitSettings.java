package org.tawasul.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code tawasul.limits}: what one chat may do, so that no account (anonymous ones
 * included) floods a committee.
 *
 * @param casesPerDay cases (enquiries, requests, complaints) one chat address may open within 24 hours
 */
@ConfigurationProperties("tawasul.limits")
public record LimitSettings(@DefaultValue("10") int casesPerDay) {

    public LimitSettings {
        if (casesPerDay < 1) {
            throw new IllegalArgumentException("tawasul.limits.cases-per-day must be 1 or more (was " + casesPerDay
                    + "). Fix: set it to the number of cases one chat may open in a day, e.g. 10.");
        }
    }
}
