package org.tawasul.surveys;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Satisfaction surveys, {@code tawasul.surveys.*}; in the README.
 *
 * @param lowScore a rating at or under this (1-5) opens a follow-up case for the follow-up committee; 0 for none
 */
@ConfigurationProperties("tawasul.surveys")
record SurveySettings(@DefaultValue("2") int lowScore) {

    SurveySettings {
        if (lowScore < 0 || lowScore > 5) {
            throw new IllegalArgumentException("tawasul.surveys.low-score must be between 0 and 5 (was " + lowScore
                    + "). Fix: set e.g. 2, or 0 for no follow-up cases");
        }
    }
}
