package org.tawasul.faq;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The FAQ's settings, under {@code tawasul.faq.*}; all are listed in the README.
 *
 * @param file      the society's own FAQ file (YAML), replacing the bundled one; empty for the bundled one
 * @param directory a folder of further FAQ files ({@code *.yaml}) whose entries are added, or replace those with the
 *                  same id; empty for none
 * @param minScore  the score an entry needs to answer a question by itself (see {@link FaqIndex})
 */
@ConfigurationProperties("tawasul.faq")
record FaqSettings(Path file, Path directory, @DefaultValue(FaqSettings.DEFAULT_MIN_SCORE) double minScore) {

    /** Calibrated on the tune half of the bundled evaluation set (README: "Enquiries (FAQ)"). */
    static final String DEFAULT_MIN_SCORE = "0.08";

    FaqSettings {
        if (!(minScore >= 0) || Double.isInfinite(minScore)) {
            throw new IllegalArgumentException("tawasul.faq.min-score must be a number of 0 or more (was " + minScore
                    + "). Fix: raise it to answer only close matches, lower it to answer more; remove it for the default "
                    + DEFAULT_MIN_SCORE);
        }
    }
}
