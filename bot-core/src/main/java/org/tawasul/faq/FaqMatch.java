package org.tawasul.faq;

import java.util.Objects;

/**
 * An entry found for a member's question, with its score (see {@link FaqIndex}: higher is closer).
 *
 * @param entry    the entry
 * @param score    the match's score, comparable with {@code tawasul.faq.min-score}
 * @param evidence the weight of the question's words the entry holds, in units of a word only one entry uses
 * @param share    the share of the question's weight that those words make up, 0 to 1
 */
public record FaqMatch(FaqEntry entry, double score, double evidence, double share) {

    public FaqMatch {
        Objects.requireNonNull(entry, "entry");
    }

    /** A match known by its score alone. */
    public FaqMatch(FaqEntry entry, double score) {
        this(entry, score, score, 1);
    }
}
