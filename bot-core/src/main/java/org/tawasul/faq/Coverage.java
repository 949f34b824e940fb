package org.tawasul.faq;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The share of a question's weight that an entry's words cover, from 0 to 1. A term weighs its inverse document
 * frequency over the entries, so a word no entry uses ("Japan") weighs most and a word every entry uses little;
 * a word no entry uses weighs at most {@link #UNKNOWN_WORD} times the rarest known word, so that in a file of few
 * entries (where every known word is common) an unknown word does not outweigh the rest of the question.
 */
final class Coverage {

    private static final double UNKNOWN_WORD = 1.5;

    private final List<Set<String>> entryTerms;
    private final Map<String, Integer> documentFrequency = new HashMap<>();

    /** @param entryTerms the analysed terms of every field of each entry, in entry order */
    Coverage(List<Set<String>> entryTerms) {
        this.entryTerms = List.copyOf(entryTerms);
        entryTerms.forEach(terms -> terms.forEach(t -> documentFrequency.merge(t, 1, Integer::sum)));
    }

    /** How much of {@code questionTerms} entry number {@code entry} covers; 0 for no terms. */
    double of(Set<String> questionTerms, int entry) {
        double total = 0;
        double covered = 0;
        for (String term : questionTerms) {
            double weight = weight(term);
            total += weight;
            if (entryTerms.get(entry).contains(term)) {
                covered += weight;
            }
        }
        return total == 0 ? 0 : covered / total;
    }

    /** The weight of a word only one entry uses: Lucene's largest inverse document frequency for these entries. */
    double rarestWeight() {
        return idf(1);
    }

    private double weight(String term) {
        int df = documentFrequency.getOrDefault(term, 0);
        return df == 0 ? Math.min(idf(0), UNKNOWN_WORD * idf(1)) : idf(df);
    }

    /** BM25's inverse document frequency, as Lucene computes it. */
    private double idf(int df) {
        return Math.log(1 + (entryTerms.size() - df + 0.5) / (df + 0.5));
    }
}
