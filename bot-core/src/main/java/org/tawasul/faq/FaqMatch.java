package org.tawasul.faq;

import java.util.Objects;

/**
 * An entry found for a member's question, with its score (see {@link FaqIndex}: higher is closer).
 *
 * @param entry the entry
 * @param score the match's score, comparable with {@code tawasul.faq.min-score}
 */
public record FaqMatch(FaqEntry entry, double score) {

    public FaqMatch {
        Objects.requireNonNull(entry, "entry");
    }
}
