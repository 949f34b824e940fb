package org.tawasul.faq;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;

/**
 * Lucene's {@link ArabicAnalyzer} (lower case, Arabic-Indic digits, stop words, أ/إ/آ→ا, ة→ه, ى→ي, tatweel and
 * harakat removed, light stemming of ال/وال/بال/كال/فال/لل/و and common suffixes) with two char filters before it
 * for what it leaves: the folds of {@link #FOLDS}, a conjunction و/ف before بال/كال/لل ("وبالعضوية", which its
 * stemmer, stripping one prefix only, would keep as "بالعضو") and a tanween alef. Stop words include
 * {@link QuestionWords}.
 */
final class ArabicSearchAnalyzer extends AnalyzerWrapper {

    /** What ArabicNormalizer does not fold, plus its own folds so that stop words see folded tokens. */
    private static final NormalizeCharMap FOLDS = folds();
    /**
     * Removed before the stemmer: a conjunction و/ف before بال/كال/لل ("وبالعضوية"), and the alef of an accusative
     * tanween at the end of a word of four letters or more ("تعويضًا", "يومًا" → تعويض, يوم).
     */
    private static final Pattern CONJUNCTION_OR_TANWEEN_ALEF =
            Pattern.compile("(?<![\\p{L}\\p{M}])[وف](?=بال|كال|لل)|(?<=\\p{IsArabic}{3})ا(?![\\p{L}\\p{M}])");
    private static final CharArraySet STOP_WORDS = stopWords();

    /** Question words as the stemmer leaves them, removed after it: "أحتاجها" passes the stop filter as a whole. */
    private static final CharArraySet STEMMED_QUESTION_WORDS = stemmedQuestionWords();

    private final ArabicAnalyzer arabic = new ArabicAnalyzer(STOP_WORDS);

    ArabicSearchAnalyzer() {
        super(Analyzer.GLOBAL_REUSE_STRATEGY);
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return arabic;
    }

    @Override
    protected Reader wrapReader(String fieldName, Reader reader) {
        return new PatternReplaceCharFilter(CONJUNCTION_OR_TANWEEN_ALEF, "", new MappingCharFilter(FOLDS, reader));
    }

    @Override
    protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
        return new TokenStreamComponents(components.getSource(), new StopFilter(components.getTokenStream(), STEMMED_QUESTION_WORDS));
    }

    @Override
    public void close() {
        super.close();
        arabic.close();
    }

    /** Applies the char filters to a word, as to every text before it is tokenised. */
    static String fold(String word) {
        try (Reader in = new PatternReplaceCharFilter(CONJUNCTION_OR_TANWEEN_ALEF, "", new MappingCharFilter(FOLDS, new StringReader(word)))) {
            StringBuilder out = new StringBuilder(word.length());
            for (int c = in.read(); c >= 0; c = in.read()) {
                out.append((char) c);
            }
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static NormalizeCharMap folds() {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        for (String alef : new String[] {"أ", "إ", "آ", "ٱ"}) {
            map.add(alef, "ا");
        }
        map.add("ة", "ه");
        map.add("ى", "ي");
        map.add("ؤ", "و");   // as InputNormaliser.fold
        map.add("ئو", "وو"); // مسئول = مسؤول, شئون = شؤون
        map.add("ئ", "ي");
        map.add("ی", "ي");   // Persian yeh, from Persian keyboards
        map.add("ک", "ك");   // Persian keheh
        remove(map, 0x0640, 0x0640); // tatweel
        remove(map, 0x064B, 0x065F); // harakat, tanween, shadda, sukun, maddah and hamza marks
        remove(map, 0x0670, 0x0670); // superscript alef
        remove(map, 0x06D6, 0x06ED); // Quranic annotation marks
        remove(map, 0x061C, 0x061C); // Arabic letter mark
        remove(map, 0x200B, 0x200F); // zero-width space, joiners, direction marks
        remove(map, 0x202A, 0x202E); // bidi embeddings
        remove(map, 0x2066, 0x2069); // bidi isolates
        remove(map, 0xFEFF, 0xFEFF); // byte-order mark
        return map.build();
    }

    private static void remove(NormalizeCharMap.Builder map, int from, int to) {
        for (int c = from; c <= to; c++) {
            map.add(String.valueOf((char) c), "");
        }
    }

    private static CharArraySet stemmedQuestionWords() {
        CharArraySet words = new CharArraySet(QuestionWords.ARABIC.size(), false);
        try (ArabicAnalyzer stemmer = new ArabicAnalyzer(CharArraySet.EMPTY_SET)) {
            for (String word : QuestionWords.ARABIC) {
                words.addAll(FaqAnalysis.terms(stemmer, fold(word)));
            }
        }
        return CharArraySet.unmodifiableSet(words);
    }

    private static CharArraySet stopWords() {
        CharArraySet words = new CharArraySet(ArabicAnalyzer.getDefaultStopSet(), false);
        for (String word : QuestionWords.ARABIC) {
            words.add(word);
        }
        for (Object word : ArabicAnalyzer.getDefaultStopSet()) {
            words.add(fold(new String((char[]) word)));
        }
        for (String word : QuestionWords.ARABIC) {
            words.add(fold(word));
        }
        return CharArraySet.unmodifiableSet(words);
    }
}
