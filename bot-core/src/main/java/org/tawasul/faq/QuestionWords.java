package org.tawasul.faq;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * Words that carry no topic in a member's question (question words, greetings, "I want to know"), stop words of
 * {@link FaqLexicon} beside its own list: otherwise "how do I bake bread" would match every "How do I …" entry.
 */
final class QuestionWords {

    /** Standard Arabic and Saudi colloquial; folded by {@link ArabicSearchAnalyzer} before use. */
    static final List<String> ARABIC = List.of(
            "كيف", "وكيف", "فكيف", "متى", "ومتى", "هل", "وهل", "ماذا", "لماذا", "كم", "وكم", "أين", "وين", "وش", "ايش",
            "شو", "ليش", "مين", "ماهي", "ماهو", "أبغى", "ابغى", "أبي", "ودي", "أريد", "أود", "أعرف", "معرفة", "ممكن",
            "لو", "سمحت", "سمحتم", "فضلك", "فضلكم", "السلام", "عليكم", "مرحبا", "أهلا", "شكرا", "يعطيك", "العافية",
            "عندي", "لازم", "أرغب", "ارغب", "أحتاج", "احتاج", "بحاجة", "محتاج", "يمكنني", "أستطيع", "يمكن", "حاب", "أحب", "الطريقة", "طريقة", "بأي", "بأية", "التعاونية", "لكم", "لديكم", "عندكم", "أنا", "نحن", "لي", "يا", "بخصوص", "بشأن", "استفسار", "سؤال");

    /** English question words and courtesies. */
    static final List<String> ENGLISH = List.of(
            "what", "how", "when", "where", "who", "whom", "which", "why", "do", "does", "did", "can", "could", "would",
            "should", "shall", "may", "might", "must", "i", "i'm", "im", "me", "my", "mine", "we", "our", "us", "you",
            "your", "please", "hi", "hello", "hey", "dear", "thanks", "thank", "want", "like", "know", "tell",
            "about", "much", "many", "get", "have", "has", "had", "am", "its", "any", "some", "here", "so", "just",
            "also", "from", "there", "need", "question", "regarding", "i'd", "i'll", "let", "way", "able", "possible",
            "someone", "anyone", "be", "give", "cooperative", "co-op", "coop");

    private QuestionWords() {
    }

    /** These words and Lucene's Arabic and English stop words, as stop words of {@link FaqLexicon}. */
    static List<String> all() {
        List<String> words = new ArrayList<>(ARABIC);
        words.addAll(ENGLISH);
        for (CharArraySet set : List.of(ArabicAnalyzer.getDefaultStopSet(), EnglishAnalyzer.ENGLISH_STOP_WORDS_SET)) {
            set.forEach(word -> words.add(new String((char[]) word)));
        }
        return words;
    }
}
