package org.tawasul.faq;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.tawasul.conversations.message.Language;

/**
 * The FAQ entries in an in-memory Lucene index, built once, searched by any number of threads at once.
 *
 * <p>A match's score is Lucene's BM25 score (question words weigh most, then keywords, then the answer; the
 * member's language before the other) in units of the largest inverse document frequency, so that it does not
 * shrink with fewer entries, times the square of the {@link Coverage share of the question's words} that the
 * entry holds: a question with words the entry does not know is an unrelated question more often than not, so
 * "What is the capital of Japan?" does not find the share-capital entry on "capital" alone.
 */
public final class FaqIndex implements AutoCloseable {

    /** Lucene hits rescored by coverage; more than any caller asks for, so that rescoring can reorder them. */
    private static final int CANDIDATES = 10;

    private final List<FaqEntry> entries;
    private final double minScore;
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Coverage coverage;

    private FaqIndex(List<FaqEntry> entries, double minScore) throws IOException {
        this.entries = List.copyOf(entries);
        this.minScore = minScore;
        List<Set<String>> entryTerms = new ArrayList<>();
        try (Analyzer arabic = FaqAnalysis.analyzer(Language.AR); Analyzer english = FaqAnalysis.analyzer(Language.EN);
             Analyzer perField = new PerFieldAnalyzerWrapper(english, FaqQuery.fieldAnalyzers(arabic, english));
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(perField))) {
            for (int i = 0; i < this.entries.size(); i++) {
                writer.addDocument(document(this.entries.get(i), i));
                entryTerms.add(terms(this.entries.get(i), arabic, english));
            }
        }
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.coverage = new Coverage(entryTerms);
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
        try {
            return new FaqIndex(entries, minScore);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: the index is in memory
        }
    }

    /** The entry that answers {@code question}, if one scores at least {@link #minScore()}. */
    public Optional<FaqMatch> best(String question, Language language) {
        return top(question, language, 1).stream().filter(m -> m.score() >= minScore).findFirst();
    }

    /**
     * The {@code n} entries closest to {@code question}, best first, including those below {@link #minScore()}
     * (for "did you mean …" lists or calibration; compare their scores with {@link #minScore()}).
     */
    public List<FaqMatch> top(String question, Language language, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1 (was " + n + ")");
        }
        String text = FaqQuery.limit(question);
        Set<String> terms = FaqAnalysis.questionTerms(text);
        Query query = FaqQuery.of(text, language == null ? Language.DEFAULT : language);
        if (terms.isEmpty() || query == null) {
            return List.of();
        }
        List<FaqMatch> matches = new ArrayList<>();
        try {
            for (ScoreDoc hit : searcher.search(query, Math.max(n, CANDIDATES)).scoreDocs) {
                int entry = searcher.storedFields().document(hit.doc).getField(FaqQuery.ENTRY).numericValue().intValue();
                double covered = coverage.of(terms, entry);
                double score = hit.score / coverage.rarestWeight() * covered * covered;
                if (score > 0) {
                    matches.add(new FaqMatch(entries.get(entry), score));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return matches.stream().sorted(Comparator.comparingDouble(FaqMatch::score).reversed()).limit(n).toList();
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
    public void close() throws IOException {
        reader.close();
        directory.close();
    }

    private static Document document(FaqEntry entry, int ordinal) {
        Document document = new Document();
        document.add(new StoredField(FaqQuery.ENTRY, ordinal));
        for (Map.Entry<String, String> field : FaqQuery.fieldTexts(entry).entrySet()) {
            document.add(new TextField(field.getKey(), field.getValue(), Field.Store.NO));
        }
        return document;
    }

    private static Set<String> terms(FaqEntry entry, Analyzer arabic, Analyzer english) {
        Set<String> terms = new HashSet<>();
        FaqQuery.fieldTexts(entry).forEach((field, text) ->
                terms.addAll(FaqAnalysis.terms(field.endsWith(Language.AR.code()) ? arabic : english, text)));
        return terms;
    }
}
