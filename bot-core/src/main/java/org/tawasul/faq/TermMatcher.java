package org.tawasul.faq;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds, for a word no entry uses, the entry word closest in spelling (character trigrams, Dice coefficient), so that
 * a misspelt word or a form the analysis does not relate still counts, for less: "الاستقاله" finds "استقال".
 */
final class TermMatcher {

    /** The least similarity, 0 to 1, at which two words are taken for one. */
    static final double MIN_SIMILARITY = 0.6;
    /** Shorter words are compared whole only: in three letters one changed letter is another word. */
    private static final int MIN_LENGTH = 4;

    private final Map<String, Set<String>> byTrigram = new HashMap<>();
    private final Map<String, Set<String>> trigramsOf = new HashMap<>();

    TermMatcher(Set<String> vocabulary) {
        for (String word : vocabulary) {
            if (word.length() >= MIN_LENGTH) {
                Set<String> trigrams = trigrams(word);
                trigramsOf.put(word, trigrams);
                trigrams.forEach(t -> byTrigram.computeIfAbsent(t, k -> new HashSet<>()).add(word));
            }
        }
    }

    /** A word of the vocabulary close to {@code word}, with its similarity; empty when none is close enough. */
    Optional<Match> closest(String word) {
        if (word.length() < MIN_LENGTH) {
            return Optional.empty();
        }
        Set<String> trigrams = trigrams(word);
        Map<String, Integer> shared = new HashMap<>();
        for (String trigram : trigrams) {
            for (String candidate : byTrigram.getOrDefault(trigram, Set.of())) {
                shared.merge(candidate, 1, Integer::sum);
            }
        }
        Match best = null;
        for (Map.Entry<String, Integer> candidate : shared.entrySet()) {
            double similarity = 2.0 * candidate.getValue() / (trigrams.size() + trigramsOf.get(candidate.getKey()).size());
            if (similarity >= MIN_SIMILARITY && (best == null || similarity > best.similarity()
                    || similarity == best.similarity() && candidate.getKey().compareTo(best.word()) < 0)) {
                best = new Match(candidate.getKey(), similarity);
            }
        }
        return Optional.ofNullable(best);
    }

    /** A word of the vocabulary and how close it is, 0 to 1. */
    record Match(String word, double similarity) {
    }

    private static Set<String> trigrams(String word) {
        String padded = "^" + word + "$";
        Set<String> trigrams = new HashSet<>();
        for (int i = 0; i + 3 <= padded.length(); i++) {
            trigrams.add(padded.substring(i, i + 3));
        }
        return trigrams;
    }
}
