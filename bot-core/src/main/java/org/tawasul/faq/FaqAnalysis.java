package org.tawasul.faq;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The terms of a text, as the index and a member's question see them: words in Arabic script analysed by
 * {@link ArabicSearchAnalyzer}, all others (Latin words, numbers) by Lucene's English analyzer (stemming: members =
 * member), both in the order written since members mix the two; then read through {@link FaqLexicon}.
 * Thread-safe: the analyzers reuse their components per thread.
 */
final class FaqAnalysis {

    private static final Analyzer ARABIC = new ArabicSearchAnalyzer();
    private static final Analyzer ENGLISH = new EnglishAnalyzer(CharArraySet.EMPTY_SET);
    private static final FaqLexicon LEXICON = FaqLexicon.bundled(FaqAnalysis::tokens, QuestionWords.all());

    private FaqAnalysis() {
    }

    /** The terms of {@code text}, in order, with repeats; empty for null. */
    static List<String> terms(String text) {
        return text == null ? List.of() : LEXICON.apply(tokens(text));
    }

    /** The distinct terms of {@code text}. */
    static Set<String> distinctTerms(String text) {
        return new LinkedHashSet<>(terms(text));
    }

    /** The analysed words of {@code text} before the lexicon, in the order written. */
    static List<String> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        analyse(ARABIC, text, tokens, true);
        analyse(ENGLISH, text, tokens, false);
        tokens.sort(Comparator.comparingInt(Token::start));
        return tokens.stream().map(Token::term).toList();
    }

    /** The distinct terms {@code analyzer} alone makes of {@code text}. */
    static Set<String> terms(Analyzer analyzer, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            read(stream, text, tokens, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> terms = new LinkedHashSet<>();
        tokens.forEach(t -> terms.add(t.term()));
        return terms;
    }

    private static void analyse(Analyzer analyzer, String text, List<Token> tokens, boolean arabic) {
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            read(stream, text, tokens, arabic);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: the text is in memory
        }
    }

    /** Reads the stream's tokens; with {@code arabic} set, only those written (or not written) in Arabic script. */
    private static void read(TokenStream stream, String text, List<Token> tokens, Boolean arabic) throws IOException {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
        stream.reset();
        while (stream.incrementToken()) {
            int start = Math.min(offset.startOffset(), text.length());
            String written = text.substring(start, Math.max(start, Math.min(offset.endOffset(), text.length())));
            if (arabic == null || isArabic(written) == arabic) {
                tokens.add(new Token(term.toString(), start));
                if (Boolean.TRUE.equals(arabic) && addressesTheSociety(written, term.toString())) {
                    tokens.add(new Token(FaqLexicon.YOURS, start));
                }
            }
        }
        stream.end();
    }

    /**
     * Whether the word ends in the "-كم" with which members address the society (رقمكم, عنوانكم) that the analysis
     * removed: it tells "your address" (where the society is) from "my address" (عنواني, updating one's details).
     */
    private static boolean addressesTheSociety(String written, String term) {
        return written.endsWith("كم") && !term.endsWith("كم") && written.length() >= 5;
    }

    private static boolean isArabic(String term) {
        return term.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    }

    private record Token(String term, int start) {
    }
}
