package org.tawasul.faq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tawasul.conversations.message.Language;

/** FAQ files: every problem is named with the file, the entry and the fix; a society's file replaces the bundled one. */
class FaqLoaderTests {

    private static final String ONE_ENTRY = """
            entries:
              - id: water-tanks
                category: services
                question: {ar: "متى يوزع خزان الماء؟", en: "When are water tanks handed out?"}
                answer: {ar: يوزع الخزان كل يوم أحد., en: Tanks are handed out every Sunday.}
                keywords: {ar: [صهريج], en: [tank]}
            """;

    private static List<String> problems(String yaml) {
        try {
            FaqLoader.parse("faq.yaml", yaml);
        } catch (FaqDefinitionException e) {
            return e.problems();
        }
        throw new AssertionError("no problem found");
    }

    @Test
    void theBundledFileHasFifteenToTwentyCompleteEntries() {
        List<FaqEntry> entries = FaqLoader.bundled();
        assertThat(entries).hasSizeBetween(15, 20);
        assertThat(entries).extracting(FaqEntry::category).containsOnly("membership", "finance", "services", "complaints", "general");
        assertThat(entries).allSatisfy(e -> assertThat(e.answer().ar()).containsPattern("\\p{IsArabic}"));
    }

    @Test
    void everyProblemNamesTheFileTheEntryAndTheFix() {
        List<String> problems = problems("""
                entries:
                  - id: ok
                    category: general
                    question: {ar: سؤال, en: Question}
                    answer: {ar: جواب, en: Answer}
                  - id: Bad Id
                    category: general
                    question: {ar: سؤال}
                    answer: جواب
                    keyword: [x]
                  - id: ok
                    question: {ar: سؤال, en: Question}
                    answer: {ar: جواب, en: Answer}
                    keywords: {ar: كلمة, fr: [mot]}
                """);
        assertThat(problems).containsExactlyInAnyOrder(
                "faq.yaml: entries[1].id: 'Bad Id' is not a valid id. Fix: use lower-case letters, digits, '-' or '_' (at most 48).",
                "faq.yaml: entries[1].keyword: is not a known key. Fix: remove it or use one of: answer, category, examples, id, keywords, question.",
                "faq.yaml: entries[1].question: has no English text. Fix: add an 'en:' entry.",
                "faq.yaml: entries[1].answer: must give the text in both languages. Fix: write it as 'ar: ...' and 'en: ...' entries under 'answer:'.",
                "faq.yaml: entries[2] (ok).id: 'ok' is used by an earlier entry. Fix: give each entry its own id.",
                "faq.yaml: entries[2] (ok).category: is missing. Fix: use lower-case letters, digits, '-' or '_' (at most 48).",
                "faq.yaml: entries[2] (ok).keywords.fr: is not a known key. Fix: remove it or use one of: ar, en.",
                "faq.yaml: entries[2] (ok).keywords.ar: must be a list of words. Fix: write it as '[word, another word]' or one '- word' per line.");
    }

    @Test
    void brokenYamlAndAMissingListAreNamed() {
        assertThat(problems("entries: [")).singleElement().asString().startsWith("faq.yaml: is not valid YAML");
        assertThat(problems("questions: []")).contains(
                "faq.yaml: entries: is missing or empty. Fix: start the file with 'entries:' and list the entries under it.");
    }

    @Test
    void aMissingFileNamesThePathAndTheSetting(@TempDir Path dir) {
        assertThatThrownBy(() -> FaqLoader.load(dir.resolve("nowhere.yaml")))
                .isInstanceOf(FaqDefinitionException.class)
                .hasMessageContaining(dir.resolve("nowhere.yaml") + ": is not a readable file. Fix: set tawasul.faq.file");
    }

    @Test
    void aSocietysFileReplacesTheBundledOne(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("faq.yaml"), ONE_ENTRY);
        try (FaqIndex index = FaqIndex.of(FaqLoader.load(file), 0.4)) {
            assertThat(index.entries()).extracting(FaqEntry::id).containsExactly("water-tanks");
            assertThat(index.best("متى يوزع الخزان؟", Language.AR)).map(m -> m.entry().category()).hasValue("services");
            assertThat(index.best("water tank", Language.EN)).isPresent();
            assertThat(index.best("كيف أنضم إلى عضوية الجمعية؟", Language.AR)).isEmpty();
        }
    }
}
