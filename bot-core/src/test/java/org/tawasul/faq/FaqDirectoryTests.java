package org.tawasul.faq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tawasul.conversations.message.Language;

/** tawasul.faq.directory: its files add entries, an id used again replaces the earlier entry, problems name the file. */
class FaqDirectoryTests {

    private static final String LOANS = """
            entries:
              - id: loans
                category: finance
                question: {ar: "هل تقدم الجمعية قروضًا للأعضاء؟", en: "Does the society lend to members?"}
                answer: {ar: "نعم، قرض حسن وفق سياسة القروض.", en: "Yes, interest-free loans under the loans policy."}
                examples:
                  ar: [ابي سلفه, ودي اخذ قرض من الجمعيه]
                  en: [can i borrow money]
            """;

    @Test
    void filesAreAddedAfterTheBundledEntriesAndAReusedIdReplaces(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a-loans.yaml"), LOANS);
        Files.writeString(dir.resolve("b-hours.yml"), """
                entries:
                  - id: office-hours
                    category: general
                    question: {ar: "متى تفتحون؟", en: "When are you open?"}
                    answer: {ar: من ٨ إلى ٢., en: From 8 to 2.}
                """);
        Files.writeString(dir.resolve("notes.txt"), "not an FAQ file");
        List<FaqLoader.Source> sources = new ArrayList<>();
        List<FaqEntry> entries = FaqLoader.load(null, dir, sources);
        assertThat(sources).extracting(FaqLoader.Source::name)
                .containsExactly(FaqLoader.BUNDLED, dir.resolve("a-loans.yaml").toString(), dir.resolve("b-hours.yml").toString());
        assertThat(sources).extracting(FaqLoader.Source::entries).containsExactly(FaqLoader.bundled().size(), 1, 1);
        assertThat(entries).hasSize(FaqLoader.bundled().size() + 1);
        assertThat(entries).filteredOn(e -> e.id().equals("office-hours")).singleElement()
                .satisfies(e -> assertThat(e.answer().en()).isEqualTo("From 8 to 2."));
        assertThat(entries.get(entries.size() - 1).id()).isEqualTo("loans");
        try (FaqIndex index = FaqIndex.of(entries, Double.parseDouble(FaqSettings.DEFAULT_MIN_SCORE))) {
            assertThat(index.best("قرض", Language.AR)).map(m -> m.entry().id()).hasValue("loans");
            assertThat(index.best("ابغى سلفه", Language.AR)).map(m -> m.entry().id()).hasValue("loans");
        }
    }

    @Test
    void everyFilesProblemsAreNamedTogether(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.yaml"), "entries:\n  - id: x\n    category: general\n");
        Path society = Files.writeString(dir.resolve("society.yaml"), LOANS.replace("examples:", "example:"));
        assertThatThrownBy(() -> FaqLoader.load(society, dir, new ArrayList<>()))
                .isInstanceOf(FaqDefinitionException.class)
                .satisfies(e -> assertThat(((FaqDefinitionException) e).problems()).anySatisfy(p -> assertThat(p)
                        .startsWith(society + ": entries[0] (loans).example: is not a known key")).anySatisfy(p -> assertThat(p)
                        .startsWith(dir.resolve("bad.yaml") + ": entries[0] (x).question: is missing")));
    }

    @Test
    void aMissingDirectoryNamesTheSetting(@TempDir Path dir) {
        assertThatThrownBy(() -> FaqLoader.load(null, dir.resolve("none"), new ArrayList<>()))
                .hasMessageContaining(dir.resolve("none") + ": is not a readable folder. Fix: set tawasul.faq.directory");
    }

    @Test
    void examplesMustBeListsOfQuestions() {
        assertThatThrownBy(() -> FaqLoader.parse("faq.yaml", LOANS.replace("ar: [ابي سلفه, ودي اخذ قرض من الجمعيه]", "ar: سلفه")))
                .hasMessageContaining("faq.yaml: entries[0] (loans).examples.ar: must be a list of questions. Fix: write it as one '- question' per line.");
    }
}
