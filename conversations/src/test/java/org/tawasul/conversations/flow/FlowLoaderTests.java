package org.tawasul.conversations.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlowLoaderTests {

    private static final String VALID = """
            id: feedback
            version: 1
            title: {ar: ملاحظات, en: Feedback}
            steps:
              - id: text
                type: text
                label: {ar: الملاحظة, en: Feedback}
                prompt: {ar: اكتب ملاحظتك, en: Write your feedback}
              - id: confirm
                type: summary
            """;

    @Test
    void readsAValidFlow() {
        FlowDefinition flow = FlowLoader.parse("feedback.yaml", VALID);
        assertThat(flow.id()).isEqualTo("feedback");
        assertThat(flow.steps()).extracting(StepDefinition::type).containsExactly(StepType.TEXT, StepType.SUMMARY);
        assertThat(flow.onExhausted()).isEqualTo(FlowDefinition.OnExhausted.STAFF);
    }

    @Test
    void rejectsUnknownStepTypeNamingFilePlaceAndTheKnownTypes() {
        assertThatThrownBy(() -> FlowLoader.parse("feedback.yaml", VALID.replace("type: text", "type: essay")))
                .isInstanceOf(FlowDefinitionException.class)
                .hasMessageContaining("feedback.yaml: steps[0] (text).type: 'essay' is not a known step type")
                .hasMessageContaining("Fix: use one of: text, number, choice");
    }

    @Test
    void rejectsMissingEnglishTextNamingTheFix() {
        assertThatThrownBy(() -> FlowLoader.parse("feedback.yaml", VALID.replace(", en: Write your feedback", "")))
                .hasMessageContaining("feedback.yaml: steps[0] (text).prompt: has no English text. Fix: add an 'en:' entry");
    }

    @Test
    void rejectsMissingArabicText() {
        assertThatThrownBy(() -> FlowLoader.parse("feedback.yaml", VALID.replace("ar: ملاحظات, ", "")))
                .hasMessageContaining("feedback.yaml: title: has no Arabic text");
    }

    @Test
    void rejectsConditionOnAStepThatIsNotEarlier() {
        String yaml = VALID.replace("    type: summary", "    type: summary\n    when: {step: later, equals: x}");
        assertThatThrownBy(() -> FlowLoader.parse("feedback.yaml", yaml))
                .hasMessageContaining("step confirm.when: refers to 'later', which is not an earlier step");
    }

    @Test
    void rejectsSummaryOfAnAnswerWithoutLabel() {
        assertThatThrownBy(() -> FlowLoader.parse("feedback.yaml", VALID.replace("    label: {ar: الملاحظة, en: Feedback}\n", "")))
                .hasMessageContaining("step text.label: is missing; the summary 'confirm' shows this answer");
    }

    @Test
    void reportsEveryProblemOfAFileAtOnce() {
        String yaml = VALID.replace("type: text", "type: essay").replace("version: 1", "version: zero");
        assertThatThrownBy(() -> FlowLoader.parse("feedback.yaml", yaml))
                .isInstanceOfSatisfying(FlowDefinitionException.class, e -> assertThat(e.problems()).hasSize(2));
    }

    @Test
    void rejectsUnknownKeysAndNumberStepsWithoutRange() {
        String yaml = VALID.replace("type: text", "type: number\n    colour: red");
        assertThatThrownBy(() -> FlowLoader.parse("feedback.yaml", yaml))
                .hasMessageContaining("steps[0] (text).colour: is not a known key")
                .hasMessageContaining("a number step needs both min and max");
    }

    @Test
    void readsUnitsPeriodsAndChecksWhereTheyBelong() {
        assertThat(FlowLoader.parse("feedback.yaml", VALID.replace("type: text", "type: text\n    check: reference"))
                .step("text").check()).isEqualTo("reference");
        String misplaced = VALID.replace("type: text", "type: yes-no\n    check: reference\n    unit: riyal\n    period: future");
        assertThatThrownBy(() -> FlowLoader.parse("feedback.yaml", misplaced))
                .hasMessageContaining("steps[0] (text).check: only text, choice, number, phone, national-id, email and date steps take a check")
                .hasMessageContaining("steps[0] (text).unit: only number steps have a unit")
                .hasMessageContaining("steps[0] (text).period: only date steps have a period");
        String unknown = VALID.replace("type: text", "type: date\n    period: someday");
        assertThatThrownBy(() -> FlowLoader.parse("feedback.yaml", unknown))
                .hasMessageContaining("steps[0] (text).period: 'someday' is not known. Fix: use one of: future, past");
    }

    @Test
    void rejectsBrokenYamlWithTheFileName() {
        assertThatThrownBy(() -> FlowLoader.parse("broken.yaml", "id: [unclosed"))
                .hasMessageContaining("broken.yaml: is not valid YAML");
    }

    @Test
    void rejectsBranchIntoAFlowNobodyDeclares() {
        FlowDefinition flow = FlowLoader.parse("menu.yaml", """
                id: menu
                title: {ar: القائمة, en: Menu}
                steps:
                  - id: go
                    type: branch
                    flow: nowhere
                """);
        assertThatThrownBy(() -> FlowRegistry.of(List.of(flow), "menu"))
                .hasMessageContaining("menu.yaml: step go.flow: refers to 'nowhere', which no flow declares");
    }

    @Test
    void requiresTheMenuFlow() {
        assertThatThrownBy(() -> FlowRegistry.of(List.of(FlowLoader.parse("feedback.yaml", VALID)), "menu"))
                .hasMessageContaining("no flow has the id 'menu'");
    }

    @Test
    void aSocietysDirectoryOverridesBundledFlowsById(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("survey.yaml"), """
                id: survey
                version: 7
                title: {ar: استبيان الجمعية, en: Our survey}
                steps:
                  - id: stars
                    type: rating
                    prompt: {ar: قيّمنا, en: Rate us}
                """);
        FlowRegistry flows = FlowRegistry.load(getClass().getClassLoader(), dir, "menu");
        assertThat(flows.get("survey").version()).isEqualTo(7);
        assertThat(flows.get("survey").source()).endsWith("survey.yaml");
        assertThat(flows.get("profile")).isNotNull();
    }

    @Test
    void aBrokenFileInTheSocietysDirectoryStopsTheLoadNamingIt(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("extra.yml"), "id: extra\nsteps: []\n");
        assertThatThrownBy(() -> FlowRegistry.load(getClass().getClassLoader(), dir, "menu"))
                .hasMessageContaining("extra.yml: title: is missing")
                .hasMessageContaining("extra.yml: steps: is missing or empty");
    }
}
