package org.tawasul.faq;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tawasul.conversations.message.Language;

/**
 * The FAQ entries' terms, built once, searched by any number of threads at once.
 *
 * <p>Each word of a question weighs its inverse document frequency over the entries (BM25's, as Lucene computes
 * it, with an entry counted by how much it holds the word): a word one entry uses weighs most, one every entry uses
 * almost nothing. An entry's <em>evidence</em> is the weight of the question's words it holds, each counted by where
 * it holds it: in its questions (the question and its examples) from {@value FaqQuery#ONE_QUESTION} for one of many
 * to {@value FaqQuery#QUESTION} for half of them or more, in keywords {@value FaqQuery#KEYWORDS}, in the answer
 * {@value FaqQuery#ANSWER}. A word no entry holds is looked up by verb stem ({@link VerbForms}) or by spelling
 * ({@link TermMatcher}); failing that it is an <em>unknown</em> word, which weighs {@value #UNKNOWN_WORD} times a word
 * one entry uses, or {@value #ELSEWHERE_WORD} times when the lexicon knows it for another institution's or matter's
 * (البنك, الجامعة, وظيفة). A number no entry mentions is left out.
 *
 * <p>The score is the evidence, in units of a word one entry uses, times the square of the share of the question's
 * weight that it makes up. Words that carry no topic (greetings, fillers, question words, the people and times
 * around a question) are not counted at all ({@link FaqLexicon}), so a story around a question does not sink it; a
 * question about something else, whose own words no entry knows, keeps a small share.
 */
public final class FaqIndex implements AutoCloseable {

    /**
     * The weight of a word no entry holds, in units of a word one entry holds: chosen on the tune half of the
     * evaluation set (1.3 to 1.6 did equally well, 1 and 2 worse), as the threshold was.
     */
    static final double UNKNOWN_WORD = 1.5;
    /**
     * The weight of a word of the lexicon's {@code elsewhere:} lines that no entry holds (البنك, الجامعة, وظيفة): a
     * question naming another institution or matter is about it, whatever else it shares with an entry (on the tune
     * half, 12 handed all out-of-scope questions to staff, 4 and 8 all but one, 1.5 all but four, with the same
     * in-scope figures).
     */
    static final double ELSEWHERE_WORD = 12;
    /** Marks an unknown word among the question's terms, so that it can never be an entry's term. */
    private static final String UNKNOWN = "\u0000";

    private final List<FaqEntry> entries;
    private final double minScore;
    /** Per entry, each term with the weight of the best place it is found in. */
    private final List<Map<String, Double>> entryTerms = new ArrayList<>();
    /** Per term, the sum of its weights over the entries: a soft count of the entries that use it. */
    private final Map<String, Double> documentFrequency = new HashMap<>();
    private final TermMatcher matcher;

    private FaqIndex(List<FaqEntry> entries, double minScore) {
        this.entries = List.copyOf(entries);
        this.minScore = minScore;
        for (FaqEntry entry : this.entries) {
            entryTerms.add(weights(entry));
            entryTerms.get(entryTerms.size() - 1).forEach((t, w) -> documentFrequency.merge(t, w, Double::sum));
        }
        this.matcher = new TermMatcher(documentFrequency.keySet());
    }

    /**
     * Indexes the entries.
     *
     * @param minScore the score a match needs for {@link #best}; see {@code tawasul.faq.min-score}
     */
    public static FaqIndex of(List<FaqEntry> entries, double minScore) {
        if (entries.isEmpty() || minScore < 0) {
            throw new IllegalArgumentException(entries.isEmpty() ? "no FAQ entries" : "minScore " + minScore + " < 0");
        }
        return new FaqIndex(entries, minScore);
    }

    /** The entry that answers {@code question}, if one scores at least {@link #minScore()}. */
    public Optional<FaqMatch> best(String question, Language language) {
        return top(question, language, 1).stream().filter(this::answers).findFirst();
    }

    /**
     * The {@code n} entries closest to {@code question}, best first, including those below {@link #minScore()}
     * (for calibration: compare their scores with {@link #minScore()}); only entries that hold a word of it.
     */
    public List<FaqMatch> top(String question, Language language, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1 (was " + n + ")");
        }
        Map<String, Double> weights = weigh(FaqQuery.searchedTerms(question));
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total == 0) {
            return List.of();
        }
        List<FaqMatch> matches = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            double evidence = 0;
            for (Map.Entry<String, Double> term : weights.entrySet()) {
                evidence += term.getValue() * entryTerms.get(i).getOrDefault(term.getKey(), 0.0);
            }
            if (evidence > 0) {
                double units = evidence / idf(1.0);
                double share = evidence / total;
                matches.add(new FaqMatch(entries.get(i), score(units, share), units, share));
            }
        }
        return matches.stream().sorted(Comparator.comparingDouble(FaqMatch::score).reversed()).limit(n).toList();
    }

    /**
     * The score of a match: its evidence, in units, times the square of its share of the question's weight (the
     * square did better than the share itself or its power 1.5 on the tune half and on the example questions, each
     * left out of its entry in turn).
     */
    static double score(double evidence, double share) {
        return evidence * share * share;
    }

    /** Whether {@code match} scores enough to answer by itself, as {@link #best} decides. */
    public boolean answers(FaqMatch match) {
        return match.score() >= minScore;
    }

    /** The indexed entries, in file order. */
    public List<FaqEntry> entries() {
        return entries;
    }

    /** The score {@link #best} needs. */
    public double minScore() {
        return minScore;
    }

    @Override
    public void close() {
        // nothing to release: the index is plain memory
    }

    /**
     * The question's distinct terms, each as the entries know it, with its weight: a known term its inverse document
     * frequency, a misspelt one that of the word it is close to times the closeness, an unknown one that of a word
     * one entry uses.
     */
    private Map<String, Double> weigh(List<String> terms) {
        Map<String, Double> weights = new LinkedHashMap<>();
        for (String term : terms) {
            if (documentFrequency.containsKey(term)) {
                weights.merge(term, idf(documentFrequency.get(term)), Math::max);
                continue;
            }
            if (term.startsWith(FaqLexicon.ELSEWHERE_MARK)) {
                weights.put(UNKNOWN + term, ELSEWHERE_WORD * idf(1.0)); // never read as a near entry word
                continue;
            }
            Optional<String> stem = VerbForms.stems(term).stream().filter(documentFrequency::containsKey).findFirst();
            if (stem.isPresent()) {
                weights.merge(stem.get(), idf(documentFrequency.get(stem.get())), Math::max);
                continue;
            }
            if (term.chars().allMatch(Character::isDigit)) {
                continue; // a number no entry mentions (a request number, a year) says nothing of the topic
            }
            Optional<TermMatcher.Match> close = matcher.closest(term);
            if (close.isPresent()) {
                weights.merge(close.get().word(), idf(documentFrequency.get(close.get().word())) * close.get().similarity(),
                        Math::max);
            } else {
                weights.put(UNKNOWN + term, UNKNOWN_WORD * idf(1.0)); // no entry holds it: it weighs, never matches
            }
        }
        return weights;
    }

    /**
     * Each term of an entry with the weight of the best place it is found in: in the questions (the question and its
     * examples) from {@link FaqQuery#ONE_QUESTION} for one of many to {@link FaqQuery#QUESTION} for half of them or
     * more, in keywords or the answer their weight.
     */
    private static Map<String, Double> weights(FaqEntry entry) {
        Map<String, Double> weights = new HashMap<>();
        Map<String, Integer> inQuestions = new HashMap<>();
        int questions = 0;
        for (FaqQuery.Field field : FaqQuery.fields(entry)) {
            Set<String> terms = new HashSet<>(FaqAnalysis.terms(field.text()));
            if (field.question()) {
                questions++;
                terms.forEach(t -> inQuestions.merge(t, 1, Integer::sum));
            } else {
                terms.forEach(t -> weights.merge(t, field.weight(), Math::max));
            }
        }
        for (Map.Entry<String, Integer> term : inQuestions.entrySet()) {
            double share = Math.min(1, 2.0 * term.getValue() / questions);
            double weight = FaqQuery.ONE_QUESTION + (FaqQuery.QUESTION - FaqQuery.ONE_QUESTION) * share;
            weights.merge(term.getKey(), weight, Math::max);
        }
        return weights;
    }

    /** BM25's inverse document frequency over the entries, as Lucene computes it. */
    private double idf(double df) {
        return Math.log(1 + (entries.size() - df + 0.5) / (df + 0.5));
    }
}
