package org.tawasul.faq;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.tawasul.conversations.message.Language;

/** The index's fields and the query a member's question makes of them, built per call. */
final class FaqQuery {

    /** Stored field: the entry's position in the file. */
    static final String ENTRY = "entry";

    private static final float QUESTION_BOOST = 3f;
    private static final float KEYWORDS_BOOST = 2f;
    private static final float ANSWER_BOOST = 1f;
    /** The fields in the language the member does not use still match, a little less. */
    private static final float OTHER_LANGUAGE = 0.8f;

    /** Words of a question that are searched; more could exceed Lucene's 1,024 clauses in a long message. */
    private static final int MAX_WORDS = 64;

    private FaqQuery() {
    }

    /** The question's first {@link #MAX_WORDS} words; "" for null. */
    static String limit(String question) {
        if (question == null) {
            return "";
        }
        String[] words = question.strip().split("\\s+", MAX_WORDS + 1);
        return words.length <= MAX_WORDS ? question : String.join(" ", java.util.Arrays.copyOf(words, MAX_WORDS));
    }

    /** Field name to text, per language: question, keywords, answer. */
    static Map<String, String> fieldTexts(FaqEntry entry) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            fields.put(field("question", language), entry.question().in(language));
            fields.put(field("keywords", language), String.join("\n", entry.keywords().in(language)));
            fields.put(field("answer", language), entry.answer().in(language));
        }
        return fields;
    }

    /** The analyzer of each Arabic field (the others are English). */
    static Map<String, Analyzer> fieldAnalyzers(Analyzer arabic, Analyzer english) {
        Map<String, Analyzer> analyzers = new LinkedHashMap<>();
        for (String kind : new String[] {"question", "keywords", "answer"}) {
            analyzers.put(field(kind, Language.AR), arabic);
            analyzers.put(field(kind, Language.EN), english);
        }
        return analyzers;
    }

    /** Any word of the question in any field, boosted by field and language; null if the question has no words. */
    static Query of(String question, Language language) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (Language fields : Language.values()) {
            try (Analyzer analyzer = FaqAnalysis.analyzer(fields)) {
                QueryBuilder builder = new QueryBuilder(analyzer);
                float boost = fields == language ? 1f : OTHER_LANGUAGE;
                add(query, builder.createBooleanQuery(field("question", fields), question), QUESTION_BOOST * boost);
                add(query, builder.createBooleanQuery(field("keywords", fields), question), KEYWORDS_BOOST * boost);
                add(query, builder.createBooleanQuery(field("answer", fields), question), ANSWER_BOOST * boost);
            }
        }
        BooleanQuery built = query.build();
        return built.clauses().isEmpty() ? null : built;
    }

    private static void add(BooleanQuery.Builder query, Query clause, float boost) {
        if (clause != null) {
            query.add(new BoostQuery(clause, boost), BooleanClause.Occur.SHOULD);
        }
    }

    private static String field(String kind, Language language) {
        return kind + "_" + language.code();
    }
}
