package org.tawasul.faq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.tawasul.TawasulApplication;
import org.tawasul.conversations.message.Language;

/** The FAQ index starts with the application; bad settings stop start-up naming the key and the fix. */
class FaqConfigurationIntegrationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(FaqConfiguration.class);

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    @Test
    void theBundledAnswersStartWithTheApplication() {
        try (ConfigurableApplicationContext context = new SpringApplication(TawasulApplication.class).run(
                "--spring.main.web-application-type=none", "--logging.level.root=OFF",
                "--spring.datasource.url=jdbc:h2:mem:faq;MODE=MySQL;DATABASE_TO_LOWER=TRUE")) {
            FaqIndex index = context.getBean(FaqIndex.class);
            assertThat(index.minScore()).isEqualTo(Double.parseDouble(FaqSettings.DEFAULT_MIN_SCORE));
            assertThat(index.entries()).hasSizeBetween(15, 20);
            assertThat(index.best("كيف أقدم شكوى؟", Language.AR)).map(m -> m.entry().id()).hasValue("how-to-complain");
        }
    }

    @Test
    void aSocietysFileAndThresholdAreUsed(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("society.yaml"), """
                entries:
                  - id: dates
                    category: services
                    question: {ar: "متى يباع التمر؟", en: "When are dates sold?"}
                    answer: {ar: في الموسم., en: In season.}
                """);
        runner.withPropertyValues("tawasul.faq.file=" + file, "tawasul.faq.min-score=2.5").run(context -> {
            FaqIndex index = context.getBean(FaqIndex.class);
            assertThat(index.entries()).extracting(FaqEntry::id).containsExactly("dates");
            assertThat(index.minScore()).isEqualTo(2.5);
        });
    }

    @Test
    void aSocietysDirectoryAddsToTheBundledAnswers(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("dates.yaml"), """
                entries:
                  - id: dates
                    category: services
                    question: {ar: "متى يباع التمر؟", en: "When are dates sold?"}
                    answer: {ar: في الموسم., en: In season.}
                """);
        runner.withPropertyValues("tawasul.faq.directory=" + dir).run(context -> {
            FaqIndex index = context.getBean(FaqIndex.class);
            assertThat(index.entries()).hasSize(FaqLoader.bundled().size() + 1);
            assertThat(index.best("التمر متى يباع", Language.AR)).map(m -> m.entry().id()).hasValue("dates");
        });
    }

    @Test
    void aNegativeThresholdNamesTheKey() {
        runner.withPropertyValues("tawasul.faq.min-score=-1").run(context -> assertThat(context).hasFailed()
                .getFailure().satisfies(e -> assertThat(rootMessage(e))
                        .contains("tawasul.faq.min-score must be a number of 0 or more (was -1.0). Fix:")));
    }

    @Test
    void aMissingFileNamesTheKeyAndThePath() {
        runner.withPropertyValues("tawasul.faq.file=/nonexistent/faq.yaml").run(context -> assertThat(context).hasFailed()
                .getFailure().satisfies(e -> assertThat(rootMessage(e))
                        .contains("/nonexistent/faq.yaml: is not a readable file. Fix: set tawasul.faq.file")));
    }

    @Test
    void aBrokenFileStopsTheApplicationNamingFileAndPlace(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("society.yaml"), "entries:\n  - id: x\n    category: general\n");
        assertThatThrownBy(() -> new SpringApplication(TawasulApplication.class).run(
                "--spring.main.web-application-type=none", "--logging.level.root=OFF",
                "--spring.datasource.url=jdbc:h2:mem:faqbad;MODE=MySQL;DATABASE_TO_LOWER=TRUE", "--tawasul.faq.file=" + file))
                .satisfies(e -> assertThat(rootMessage(e)).contains(file + ": entries[0] (x).question: is missing"));
    }
}
