package org.tawasul.faq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The regression guard of the FAQ search: the bundled entries at the default threshold against the evaluation set
 * in {@code faq-eval/} (see its README). The figures may only fall by a small margin below those reached when the
 * search was last tuned (on the tune half; the held-out half was not looked at question by question).
 */
class FaqEvaluationTests {

    private static final FaqIndex INDEX = FaqIndex.of(FaqLoader.bundled(), Double.parseDouble(FaqSettings.DEFAULT_MIN_SCORE));

    @AfterAll
    static void close() {
        INDEX.close();
    }

    private static FaqEvaluation.Report run(String half) throws URISyntaxException {
        Path file = Path.of(FaqEvaluationTests.class.getClassLoader().getResource("faq-eval/" + half).toURI());
        return FaqEvaluation.run(INDEX, FaqEvaluation.read(file));
    }

    @Test
    void theHeldOutHalfKeepsItsFigures() throws Exception {
        FaqEvaluation.Report report = run("heldout.tsv");
        assertThat(report.inScope()).isEqualTo(190);
        assertThat(report.outOfScope()).isEqualTo(49);
        // reached: 171/190 (90.0%) answered right, 45/49 (91.8%) handed to staff; margin: 2 points
        assertThat(report.accuracy()).as("held-out in scope answered right").isGreaterThanOrEqualTo(0.88);
        assertThat(report.refusalRate()).as("held-out out of scope handed to staff").isGreaterThanOrEqualTo(0.898);
    }

    @Test
    void theTuneHalfKeepsItsFigures() throws Exception {
        FaqEvaluation.Report report = run("tune.tsv");
        // reached: 183/190 (96.3%) and 49/49 (100%)
        assertThat(report.accuracy()).as("tune in scope answered right").isGreaterThanOrEqualTo(0.943);
        assertThat(report.refusalRate()).as("tune out of scope handed to staff").isGreaterThanOrEqualTo(0.979);
    }

    @Test
    void theSecondTuningSetKeepsItsFigures() throws Exception {
        FaqEvaluation.Report report = run("tune2.tsv");
        assertThat(report.inScope()).isEqualTo(304);
        assertThat(report.outOfScope()).isEqualTo(79);
        // reached: 296/304 (97.4%) and 78/79 (98.7%); margin: 2 points
        assertThat(report.accuracy()).as("tune2 in scope answered right").isGreaterThanOrEqualTo(0.954);
        assertThat(report.refusalRate()).as("tune2 out of scope handed to staff").isGreaterThanOrEqualTo(0.967);
    }

    /** The evaluation set measures paraphrases the entries have not seen: no example question is one of its. */
    @Test
    void noExampleQuestionIsCopiedFromTheEvaluationSet() throws Exception {
        List<String> questions = new java.util.ArrayList<>();
        for (String file : List.of("faq-eval/all.tsv", "faq-eval/tune2.tsv")) {
            FaqEvaluation.read(Path.of(FaqEvaluationTests.class.getClassLoader().getResource(file).toURI()))
                    .forEach(q -> questions.add(plain(q.question())));
        }
        assertThat(questions).hasSize(478 + 383);
        List<String> copied = new java.util.ArrayList<>();
        for (FaqEntry entry : INDEX.entries()) {
            for (String example : concat(entry.examples().ar(), entry.examples().en())) {
                String plain = plain(example);
                questions.stream().filter(q -> similarity(plain, q) >= 0.85).forEach(q -> copied.add(example + " ~ " + q));
            }
        }
        assertThat(copied).isEmpty();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String plain(String text) {
        return ArabicSearchAnalyzer.fold(text.toLowerCase(java.util.Locale.ROOT)).replaceAll("[\\s؟?!.,،]+", " ").strip();
    }

    /** 1 minus the edit distance over the longer length. */
    private static double similarity(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return 1 - (double) previous[b.length()] / Math.max(1, Math.max(a.length(), b.length()));
    }

    @Test
    void aReportCountsAndListsEachMissWithWhatRankedFirst(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("q.tsv"), """
                # a comment
                office-hours\tمتى دوامكم؟
                how-to-complain\tمتى دوامكم؟
                NONE\tكم سعر الذهب اليوم؟
                NONE\tكيف أقدم شكوى؟\textra column
                """);
        FaqEvaluation.Report report = FaqEvaluation.run(INDEX, FaqEvaluation.read(file));
        assertThat(report.inScope()).isEqualTo(2);
        assertThat(report.correct()).isEqualTo(1);
        assertThat(report.outOfScope()).isEqualTo(2);
        assertThat(report.refused()).isEqualTo(1);
        assertThat(report.misses()).extracting(m -> m.labelled().line()).containsExactly(3, 5);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        report.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), INDEX.minScore());
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("in scope:     1/2 answered with the right entry (50.0%)")
                .contains("out of scope: 1/2 handed to staff (50.0%)")
                .contains("3\thow-to-complain\toffice-hours\t")
                .contains("wrong entry\tمتى دوامكم؟")
                .contains("answered, should go to staff\tكيف أقدم شكوى؟");
    }

    @Test
    void aBadLineOrAnUnknownIdIsNamedWithTheFix(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.tsv"), "office-hours متى دوامكم\n");
        assertThatThrownBy(() -> FaqEvaluation.read(bad)).hasMessageContaining(bad + ": line 1: is not 'entry-id<TAB>question'. Fix:");
        assertThatThrownBy(() -> FaqEvaluation.run(INDEX, List.of(new FaqEvaluation.Labelled("opening-times", "متى", 1))))
                .hasMessageContaining("no entry has the id opening-times. Fix:");
    }
}
