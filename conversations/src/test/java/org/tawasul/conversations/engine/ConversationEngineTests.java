package org.tawasul.conversations.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tawasul.conversations.flow.FlowLoader;
import org.tawasul.conversations.flow.FlowRegistry;
import org.tawasul.conversations.message.Inbound;
import org.tawasul.conversations.message.Language;
import org.tawasul.conversations.message.Outbound;

class ConversationEngineTests {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private final ConversationEngine engine = new ConversationEngine(
            FlowRegistry.load(getClass().getClassLoader(), null, "menu"), EngineSettings.DEFAULTS);

    @Test
    void restartsWithAnApologyWhenTheFlowChangedIncompatibly() {
        ConversationState old = new ConversationState(DialogStatus.ACTIVE, "profile", 1, "age", null,
                Map.of("name", "Huda"), 0, Language.EN, NOW, 1);
        TurnResult result = engine.handle(old, Inbound.text("30"), NOW.plusSeconds(60));
        assertThat(result.messages()).extracting(Outbound::text)
                .containsExactly("Sorry, this service was updated while we were talking, so we will start it again.",
                        "What is your full name?");
        assertThat(result.state().flowVersion()).isEqualTo(2);
        assertThat(result.state().answers()).isEmpty();
        assertThat(result.events()).contains(new DialogEvent.DialogEnded("profile", "age", DialogEvent.Reason.FLOW_CHANGED));
    }

    @Test
    void aButtonSentWithAnEarlierDialogAnswersNothingEvenWhereTheCurrentQuestionHasTheSameKey() {
        TurnResult first = engine.start(ConversationState.fresh(Language.EN, NOW), "survey", NOW);
        String oldFive = first.messages().get(first.messages().size() - 1).choices().stream()
                .filter(c -> c.key().startsWith("5~")).findFirst().orElseThrow().key();
        TurnResult again = engine.start(first.state(), "survey", NOW.plusSeconds(5));
        assertThat(again.state().stepId()).isEqualTo("stars");

        TurnResult pressed = engine.handle(again.state(), Inbound.choice(oldFive), NOW.plusSeconds(10));
        assertThat(pressed.messages()).extracting(Outbound::text)
                .containsExactly("That question has passed, so this button changes nothing. Please answer the latest question.");
        assertThat(pressed.state().stepId()).isEqualTo("stars");
        assertThat(pressed.state().answers()).doesNotContainKey("stars");
        assertThat(pressed.state().attempts()).isZero();
        assertThat(pressed.events()).isEmpty();

        String newFive = again.messages().get(again.messages().size() - 1).choices().stream()
                .filter(c -> c.key().startsWith("5~")).findFirst().orElseThrow().key();
        assertThat(engine.handle(again.state(), Inbound.choice(newFive), NOW.plusSeconds(10)).state().answers())
                .containsEntry("stars", "5");
    }

    @Test
    void aButtonOfAQuestionAlreadyAnsweredAnswersNothingAndTypedAnswersNeedNoStamp() {
        TurnResult start = engine.start(ConversationState.fresh(Language.EN, NOW), "survey", NOW);
        String five = start.messages().get(start.messages().size() - 1).choices().stream()
                .filter(c -> c.key().startsWith("5~")).findFirst().orElseThrow().key();
        TurnResult rated = engine.handle(start.state(), Inbound.text("4"), NOW.plusSeconds(1));
        assertThat(rated.state().stepId()).isEqualTo("comment");
        TurnResult late = engine.handle(rated.state(), Inbound.choice(five), NOW.plusSeconds(2));
        assertThat(late.state().stepId()).isEqualTo("comment");
        assertThat(late.state().answers()).containsEntry("stars", "4");
    }

    @Test
    void freeTextIsStoredWithoutControlsBidiOverridesHiddenCharactersOrLineBreaks() {
        ConversationState atName = engine.start(ConversationState.fresh(Language.EN, NOW), "profile", NOW).state();
        TurnResult named = engine.handle(atName, Inbound.text("Huda\u202Egpj.exe\u202C\n2026-12-03 ERROR forged\u200B\u0007"),
                NOW.plusSeconds(1));
        assertThat(named.state().answers()).containsEntry("name", "Hudagpj.exe 2026-12-03 ERROR forged");
    }

    @Test
    void combiningMarksCannotTakeAFreeTextPastItsLimit() {
        ConversationState atName = engine.start(ConversationState.fresh(Language.EN, NOW), "profile", NOW).state();
        String families = "👨\u200D👩\u200D👧\u200D👦".repeat(40); // 40 graphemes, 280 code points
        TurnResult tooLong = engine.handle(atName, Inbound.text(families), NOW.plusSeconds(1));
        assertThat(tooLong.state().stepId()).isEqualTo("name");
        assertThat(tooLong.state().answers()).doesNotContainKey("name");
        TurnResult zalgo = engine.handle(atName, Inbound.text("Huda" + "\u0301".repeat(10_000)), NOW.plusSeconds(1));
        assertThat(zalgo.state().answers()).containsEntry("name", "Huda\u0301\u0301\u0301");
    }

    @Test
    void aStepThatNoLongerExistsCountsAsAChangedFlow() {
        ConversationState old = new ConversationState(DialogStatus.ACTIVE, "profile", 2, "removed-step", null,
                Map.of(), 0, Language.AR, NOW, 1);
        assertThat(engine.handle(old, Inbound.text("x"), NOW).events())
                .contains(new DialogEvent.DialogEnded("profile", "removed-step", DialogEvent.Reason.FLOW_CHANGED));
    }

    @Test
    void aWrongAnswerCountsAnAttemptAndChangesNothingElse() {
        ConversationState atAge = engine.handle(engine.start(ConversationState.fresh(Language.EN, NOW), "profile", NOW).state(),
                Inbound.text("Huda Al-Otaibi"), NOW).state();
        TurnResult wrong = engine.handle(atAge, Inbound.text("old"), NOW);
        assertThat(wrong.state().attempts()).isEqualTo(1);
        assertThat(wrong.state().stepId()).isEqualTo("age");
        assertThat(wrong.state().answers()).isEqualTo(atAge.answers());
        assertThat(atAge.attempts()).isZero();
        TurnResult right = engine.handle(wrong.state(), Inbound.text("44"), NOW);
        assertThat(right.state().attempts()).isZero();
        assertThat(right.state().answers()).containsEntry("age", "44");
    }

    @Test
    void theAttemptLimitComesFromTheSettingsWhenTheFlowSetsNone() {
        ConversationEngine strict = new ConversationEngine(FlowRegistry.load(getClass().getClassLoader(), null, "menu"),
                new EngineSettings(1, java.time.Duration.ofHours(1), "menu"));
        ConversationState atName = strict.start(ConversationState.fresh(Language.EN, NOW), "profile", NOW).state();
        TurnResult result = strict.handle(atName, Inbound.text("x"), NOW);
        assertThat(result.state().status()).isEqualTo(DialogStatus.HANDOFF);
        assertThat(result.events()).contains(new DialogEvent.HandoffRequested("profile", "name", DialogEvent.Reason.ATTEMPTS_EXHAUSTED));
    }

    @Test
    void theIdleTimeoutComesFromTheSettings() {
        ConversationEngine quick = new ConversationEngine(FlowRegistry.load(getClass().getClassLoader(), null, "menu"),
                new EngineSettings(3, java.time.Duration.ofMinutes(30), "menu"));
        ConversationState atName = quick.start(ConversationState.fresh(Language.EN, NOW), "profile", NOW).state();
        assertThat(quick.handle(atName, Inbound.text("Huda"), NOW.plusSeconds(29 * 60)).state().stepId()).isEqualTo("age");
        assertThat(quick.handle(atName, Inbound.text("Huda"), NOW.plusSeconds(31 * 60)).events())
                .contains(new DialogEvent.DialogEnded("profile", "name", DialogEvent.Reason.EXPIRED));
    }

    @Test
    void aPhoneSharedAsContactIsMarkedVerifiedAndATypedOneIsNot() {
        ConversationState atPhone = engine.start(ConversationState.fresh(Language.EN, NOW), "profile", NOW).state();
        for (String answer : List.of("Huda Al-Otaibi", "44", "1000000008")) {
            atPhone = engine.handle(atPhone, Inbound.text(answer), NOW).state();
        }
        ConversationState shared = engine.handle(atPhone, Inbound.contact("+966501234567"), NOW).state();
        assertThat(shared.answers()).containsEntry("phone", "+966501234567").containsEntry("phone.verified", "yes");
        ConversationState typed = engine.handle(atPhone, Inbound.text("0501234567"), NOW).state();
        assertThat(typed.answers()).containsEntry("phone", "+966501234567").doesNotContainKey("phone.verified");
    }

    @Test
    void choicesCarryShortKeysNotLabels() {
        TurnResult menu = engine.handle(ConversationState.fresh(Language.AR, NOW), Inbound.text("hi"), NOW);
        assertThat(menu.messages().get(0).choices()).extracting(c -> c.key().substring(0, c.key().indexOf('~')))
                .as("keys, each stamped with its question").containsExactly("profile", "request", "survey");
    }

    @Test
    void flowsThatBranchIntoEachOtherWithoutAQuestionAreStopped() {
        FlowRegistry loop = FlowRegistry.of(List.of(
                FlowLoader.parse("menu.yaml", "id: menu\ntitle: {ar: أ, en: a}\nsteps:\n  - id: go\n    type: branch\n    flow: other\n"),
                FlowLoader.parse("other.yaml", "id: other\ntitle: {ar: ب, en: b}\nsteps:\n  - id: go\n    type: branch\n    flow: menu\n")),
                "menu");
        ConversationEngine looping = new ConversationEngine(loop, EngineSettings.DEFAULTS);
        assertThatThrownBy(() -> looping.handle(ConversationState.fresh(Language.AR, NOW), Inbound.text("hi"), NOW))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("branch into each other");
    }

    @Test
    void settingsRejectNonsense() {
        assertThatThrownBy(() -> new EngineSettings(0, java.time.Duration.ofHours(1), "menu"))
                .hasMessageContaining("maxAttempts must be at least 1");
        assertThatThrownBy(() -> new ConversationEngine(FlowRegistry.load(getClass().getClassLoader(), null, "menu"),
                new EngineSettings(3, java.time.Duration.ofHours(1), "start")))
                .hasMessageContaining("The menu flow 'start' is not among the flows");
    }
}
