package org.tawasul.faq;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;

/**
 * The Arabic analysis of Lucene's {@link org.apache.lucene.analysis.ar.ArabicAnalyzer} (lower case, Arabic-Indic
 * digits, أ/إ/آ→ا, ة→ه, ى→ي, tatweel and harakat removed, light stemming of ال/وال/بال/كال/فال/لل/و and common
 * suffixes) without its stop words (they are removed after {@link FaqLexicon} has read its phrases), with char filters
 * before it for what it leaves: the folds of {@link #FOLDS}, a conjunction و/ف before بال/كال/لل ("وبالعضوية",
 * which its stemmer, stripping one prefix only, would keep as "بالعضو"), a tanween alef, the colloquial هال- (هالطلب
 * = الطلب) and a letter stretched three times or more (الارباااح); and {@link AttachedPronounFilter} before the
 * stemmer.
 */
final class ArabicSearchAnalyzer extends Analyzer {

    /** What ArabicNormalizer does not fold, plus its own folds so that the lexicon sees folded words. */
    private static final NormalizeCharMap FOLDS = folds();
    /**
     * Removed before the stemmer: a conjunction و/ف before بال/كال/لل ("وبالعضوية"), and the alef of an accusative
     * tanween at the end of a word of four letters or more ("تعويضًا", "يومًا" → تعويض, يوم).
     */
    private static final Pattern CONJUNCTION_OR_TANWEEN_ALEF =
            Pattern.compile("(?<![\\p{L}\\p{M}])[وف](?=بال|كال|لل)|(?<=\\p{IsArabic}{3})ا(?![\\p{L}\\p{M}])");
    /** The colloquial demonstrative هال- ("هالطلب" = this request), read as ال-. */
    private static final Pattern DEMONSTRATIVE = Pattern.compile("(?<![\\p{L}\\p{M}])ه(?=ال\\p{IsArabic}{3})");
    /** A letter written three times or more in a row, as members stretch a word ("الارباااح"). */
    private static final Pattern STRETCHED = Pattern.compile("(\\p{IsArabic})\\1{2,}");

    ArabicSearchAnalyzer() {
        super(Analyzer.GLOBAL_REUSE_STRATEGY);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return filters(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new DecimalDigitFilter(stream);
        stream = new ArabicNormalizationFilter(stream);
        stream = new AttachedPronounFilter(stream);
        stream = new ArabicStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ArabicNormalizationFilter(new DecimalDigitFilter(new LowerCaseFilter(in)));
    }

    private static Reader filters(Reader reader) {
        Reader folded = new MappingCharFilter(FOLDS, reader);
        Reader joined = new PatternReplaceCharFilter(CONJUNCTION_OR_TANWEEN_ALEF, "", folded);
        Reader demonstrative = new PatternReplaceCharFilter(DEMONSTRATIVE, "", joined);
        return new PatternReplaceCharFilter(STRETCHED, "$1", demonstrative);
    }

    /** Applies the char filters to a word, as to every text before it is tokenised. */
    static String fold(String word) {
        try (Reader in = filters(new StringReader(word))) {
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
}
