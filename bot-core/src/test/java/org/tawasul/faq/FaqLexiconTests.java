package org.tawasul.faq;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bundled lexicon reads as written: phrases, stop words, other institutions; no form is taken by another line. */
class FaqLexiconTests {

    /**
     * Forms whose analysis meets another line's and that are accepted: the line that wins is the one meant (هوية
     * over the pronoun هو, حد "limit" over وحده, يوم in "اليوم" left out, …).
     */
    private static final Set<String> ACCEPTED = Set.of("[هو]", "[حد]", "[ام]", "[صباح]", "[يوم]", "[حقكم]", "[review]",
            "[يطلع, عل]");

    @Test
    void noFormIsReadAsAnotherLinesConcept() throws IOException {
        Map<List<String>, String> owner = new HashMap<>();
        List<String> taken = new ArrayList<>();
        for (String raw : lexicon().split("\n")) {
            String line = raw.replaceFirst("#.*", "").strip();
            String kind;
            String forms;
            if (line.startsWith("stop:") || line.startsWith("elsewhere:")) {
                kind = line.substring(0, line.indexOf(':'));
                forms = line.substring(kind.length() + 1);
            } else if (line.contains("=")) {
                kind = line.substring(0, line.indexOf('=')).strip();
                forms = line.substring(0, line.indexOf('=')) + "," + line.substring(line.indexOf('=') + 1);
            } else {
                continue;
            }
            for (String form : forms.split("[,،]")) {
                List<String> tokens = FaqAnalysis.tokens(form.strip());
                String before = tokens.isEmpty() ? null : owner.putIfAbsent(tokens, kind);
                if (before != null && !before.equals(kind) && !ACCEPTED.contains(tokens.toString())) {
                    taken.add(form.strip() + " (" + kind + ") reads as " + tokens + ", already " + before);
                }
            }
        }
        assertThat(taken).isEmpty();
    }

    @Test
    void phrasesStopWordsAndOtherInstitutionsAreRead() {
        assertThat(FaqAnalysis.terms("واتس اب")).isEqualTo(FaqAnalysis.terms("واتساب"));
        assertThat(FaqAnalysis.terms("ابي اطلع من الجمعيه")).isEqualTo(FaqAnalysis.terms("انسحاب"));
        assertThat(FaqAnalysis.terms("ابي اطلع على الميزانيه")).isEqualTo(FaqAnalysis.terms("اطلاع ميزانية"));
        assertThat(FaqAnalysis.terms("يصرفون")).isEqualTo(FaqAnalysis.terms("صرف"));
        assertThat(FaqAnalysis.terms("عشان بس لين شي")).isEmpty();
        assertThat(FaqAnalysis.terms("البنك")).singleElement().satisfies(t -> assertThat(t).startsWith(FaqLexicon.ELSEWHERE_MARK));
        assertThat(FaqAnalysis.terms("عنوانكم")).containsExactly(FaqAnalysis.terms("عنوان").get(0), FaqLexicon.YOURS);
        assertThat(FaqAnalysis.terms("عندكم")).isEmpty();
    }

    /** An institution's word the analysis makes into a concept's form (جوالات → جوال) leaves the concept alone. */
    @Test
    void aConceptKeepsItsFormsWhateverTheLineOrder() {
        FaqLexicon lexicon = FaqLexicon.parse("elsewhere: جوالات, البلدية\nجوال = موبايل\nstop: عشان", FaqAnalysis::tokens);
        assertThat(lexicon.apply(FaqAnalysis.tokens("جوالي"))).isEqualTo(lexicon.apply(FaqAnalysis.tokens("موبايل")))
                .noneMatch(t -> t.startsWith(FaqLexicon.ELSEWHERE_MARK));
        assertThat(lexicon.apply(FaqAnalysis.tokens("البلدية"))).singleElement()
                .satisfies(t -> assertThat(t).startsWith(FaqLexicon.ELSEWHERE_MARK));
    }

    /** A preposition written onto another institution's word (لشركه) does not hide it. */
    @Test
    void aPrepositionBeforeAnotherInstitutionKeepsItSo() {
        assertThat(FaqAnalysis.terms("لشركه")).singleElement()
                .satisfies(t -> assertThat(t).startsWith(FaqLexicon.ELSEWHERE_MARK));
        assertThat(FaqAnalysis.terms("لشركه")).isEqualTo(FaqAnalysis.terms("شركه"));
    }

    private static String lexicon() throws IOException {
        try (InputStream in = FaqLexiconTests.class.getClassLoader().getResourceAsStream(FaqLexicon.BUNDLED)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
