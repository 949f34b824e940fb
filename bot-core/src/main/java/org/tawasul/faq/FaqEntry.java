package org.tawasul.faq;

import java.util.List;
import java.util.Objects;
import org.tawasul.conversations.flow.LocalizedText;
import org.tawasul.conversations.message.Language;

/**
 * One answer to a common enquiry, in Arabic and English.
 *
 * @param id       unique id within the file, e.g. {@code how-to-join}
 * @param category the society's field of work it belongs to ({@code membership}, {@code finance}, …): an enquiry
 *                 that finds no answer goes to that field's contact officer
 * @param question the question as members would ask it
 * @param answer   the answer
 * @param keywords other words members use for it, per language (may be empty)
 * @param examples the question as members write it, in several ways, per language (may be empty); weighed like
 *                 the question
 */
public record FaqEntry(String id, String category, LocalizedText question, LocalizedText answer, Keywords keywords,
                       Keywords examples) {

    public FaqEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        keywords = keywords == null ? Keywords.NONE : keywords;
        examples = examples == null ? Keywords.NONE : examples;
    }

    /** An entry without example questions. */
    public FaqEntry(String id, String category, LocalizedText question, LocalizedText answer, Keywords keywords) {
        this(id, category, question, answer, keywords, Keywords.NONE);
    }

    /**
     * Extra search words or example questions of an entry, per language.
     *
     * @param ar Arabic words, phrases or questions
     * @param en English words, phrases or questions
     */
    public record Keywords(List<String> ar, List<String> en) {

        /** No extra words. */
        public static final Keywords NONE = new Keywords(List.of(), List.of());

        public Keywords {
            ar = ar == null ? List.of() : List.copyOf(ar);
            en = en == null ? List.of() : List.copyOf(en);
        }

        /** The words in the given language. */
        public List<String> in(Language language) {
            return language == Language.EN ? en : ar;
        }
    }
}
