package org.tawasul.faq;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tawasul.conversations.message.Language;

/** The texts of an entry that are searched, each with its weight, and the part of a question that is searched. */
final class FaqQuery {

    /** A word in every question of an entry (its question and examples): the most a word can count. */
    static final double QUESTION = 1.0;
    /** A word in one of many questions of an entry counts this much; more questions, more up to {@link #QUESTION}. */
    static final double ONE_QUESTION = 0.4;
    /** Keywords: other words members use. */
    static final double KEYWORDS = 0.6;
    /** The answer: it mentions more than the question asks. */
    static final double ANSWER = 0.4;

    /** Words of a question that are searched: a long message is read by its beginning. */
    private static final int MAX_WORDS = 64;
    /** Analysed terms of a question that are searched: words joined by commas are one whitespace word but many terms. */
    static final int MAX_TERMS = 64;
    /** Characters of a question that are analysed at all (100 KB of text is read by its beginning too). */
    static final int MAX_CHARS = 2_000;

    private FaqQuery() {
    }

    /** A searched text of an entry, with the weight of a word found in it; {@code question} for question texts. */
    record Field(String text, double weight, boolean question) {
    }

    /**
     * The terms of a question that are searched: the analysed terms of its first {@link #MAX_CHARS} characters and
     * {@link #MAX_WORDS} words, at most {@link #MAX_TERMS} of them, in order; the bound is on analysed terms, so no
     * way of joining words makes a question cost more.
     */
    static List<String> searchedTerms(String question) {
        List<String> terms = FaqAnalysis.terms(limit(question));
        return terms.size() <= MAX_TERMS ? terms : List.copyOf(terms.subList(0, MAX_TERMS));
    }

    /** The question's first {@link #MAX_WORDS} words within its first {@link #MAX_CHARS} characters; "" for null. */
    static String limit(String question) {
        if (question == null) {
            return "";
        }
        if (question.length() > MAX_CHARS) {
            int end = Character.isHighSurrogate(question.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
            question = question.substring(0, end);
        }
        String[] words = question.strip().split("\\s+", MAX_WORDS + 1);
        return words.length <= MAX_WORDS ? question : String.join(" ", Arrays.copyOf(words, MAX_WORDS));
    }

    /** The searched texts of {@code entry}, in both languages: question, examples, keywords, answer. */
    static List<Field> fields(FaqEntry entry) {
        List<Field> fields = new ArrayList<>();
        for (Language language : Language.values()) {
            fields.add(new Field(entry.question().in(language), QUESTION, true));
            entry.examples().in(language).forEach(example -> fields.add(new Field(example, QUESTION, true)));
            entry.keywords().in(language).forEach(keyword -> fields.add(new Field(keyword, KEYWORDS, false)));
            fields.add(new Field(entry.answer().in(language), ANSWER, false));
        }
        return fields;
    }
}
