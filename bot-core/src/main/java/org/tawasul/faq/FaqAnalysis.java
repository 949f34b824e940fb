package org.tawasul.faq;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tawasul.conversations.message.Language;

/** The analyzer of each language's fields, and the terms a text gives (for the coverage of a question). */
final class FaqAnalysis {

    private static final CharArraySet ENGLISH_STOP_WORDS = QuestionWords.english();

    private FaqAnalysis() {
    }

    /** A new analyzer for the fields of {@code language}: Arabic or English stemming, folding and stop words. */
    static Analyzer analyzer(Language language) {
        return language == Language.AR ? new ArabicSearchAnalyzer() : new EnglishAnalyzer(ENGLISH_STOP_WORDS);
    }

    /**
     * The terms of a member's question as the index sees them: words in Arabic script as the Arabic analyzer
     * gives them, all others (Latin words, numbers) as the English one does; members mix the two.
     */
    static Set<String> questionTerms(String question) {
        Set<String> terms = new LinkedHashSet<>();
        try (Analyzer arabic = analyzer(Language.AR); Analyzer english = analyzer(Language.EN)) {
            terms(arabic, question).stream().filter(FaqAnalysis::isArabic).forEach(terms::add);
            terms(english, question).stream().filter(t -> !isArabic(t)).forEach(terms::add);
        }
        return terms;
    }

    /** The distinct terms {@code analyzer} makes of {@code text}. */
    static Set<String> terms(Analyzer analyzer, String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: the text is in memory
        }
        return terms;
    }

    private static boolean isArabic(String term) {
        return term.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC);
    }
}
