package org.tawasul.conversations.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tawasul.conversations.flow.FlowLoader;
import org.tawasul.conversations.flow.FlowRegistry;
import org.tawasul.conversations.flow.LocalizedText;
import org.tawasul.conversations.message.Choice;
import org.tawasul.conversations.message.Inbound;
import org.tawasul.conversations.message.Language;
import org.tawasul.conversations.message.Outbound;

class DialogActionsTests {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private static final String MENU = """
            id: menu
            title: {ar: القائمة, en: Menu}
            steps:
              - id: pick
                type: choice
                prompt: {ar: اختر, en: Choose}
                options:
                  - id: status
                    label: {ar: حالة طلب, en: Request status}
                    flow: status
                  - id: staff
                    label: {ar: التحدث مع موظف, en: Talk to staff}
                    command: staff
            """;

    private static final String STATUS = """
            id: status
            title: {ar: الحالة, en: Status}
            steps:
              - id: who
                type: action
                action: identify
              - id: case
                type: choice
                prompt: {ar: أي طلب؟, en: "Which request?"}
                options-from: my-cases
                empty: {ar: لا توجد طلبات, en: You have no requests.}
                options:
                  - id: other
                    label: {ar: رقم آخر, en: Another number}
              - id: show
                type: action
                action: describe
                when: {step: case, answered: true}
              - id: next
                type: branch
                flow: "detail-{case}"
                when: {step: case, equals: other}
            """;

    private static final String DETAIL = """
            id: detail-other
            title: {ar: تفاصيل, en: Detail}
            steps:
              - id: reference
                type: text
                check: reference
                prompt: {ar: اكتب الرقم, en: Type the reference}
              - id: send
                type: action
                action: describe
            """;

    private final List<String> cases = new ArrayList<>();
    private final List<DialogActions.Context> calls = new ArrayList<>();

    private final DialogActions actions = new DialogActions() {
        @Override
        public Set<String> actions() {
            return Set.of("identify", "describe");
        }

        @Override
        public Set<String> optionSources() {
            return Set.of("my-cases");
        }

        @Override
        public Result run(String action, Context context) {
            calls.add(context);
            return action.equals("identify")
                    ? new Result("member-7", context.language() == Language.EN ? "Hello Huda." : "أهلًا هدى.")
                    : new Result(null, "REQ-1: " + context.answers().get("case"));
        }

        @Override
        public List<Option> options(String source, Context context) {
            return cases.stream().map(c -> new Option(c, new LocalizedText("طلب " + c, "Request " + c))).toList();
        }

        @Override
        public Set<String> checks() {
            return Set.of("reference");
        }

        @Override
        public Checked check(String check, String input, Context context) {
            return input.strip().toUpperCase(java.util.Locale.ROOT).startsWith("REQ-")
                    ? Checked.valid(input.strip().toUpperCase(java.util.Locale.ROOT))
                    : Checked.invalid(context.language() == Language.EN ? "A reference starts with REQ-." : "يبدأ الرقم بـ REQ-.");
        }

        @Override
        public boolean submits(String action) {
            return action.equals("describe");
        }
    };

    private ConversationEngine engine(DialogActions with) {
        return new ConversationEngine(FlowRegistry.of(List.of(FlowLoader.parse("menu.yaml", MENU),
                FlowLoader.parse("status.yaml", STATUS), FlowLoader.parse("detail.yaml", DETAIL)), "menu"),
                EngineSettings.DEFAULTS, with);
    }

    private static List<String> texts(TurnResult result) {
        return result.messages().stream().map(Outbound::text).toList();
    }

    @Test
    void actionsRunInTheTurnWithTheSubjectAndTheirValueBecomesTheAnswer() {
        cases.add("REQ-1");
        var subject = new DialogActions.Subject("telegram", "42");
        TurnResult started = engine(actions).start(ConversationState.fresh(Language.EN, NOW), "status", NOW, subject);
        assertThat(texts(started)).containsExactly("Hello Huda.", "Which request?");
        assertThat(started.messages().get(1).choices()).extracting(c -> c.key().substring(0, c.key().indexOf('~'))).containsExactly("REQ-1", "other");
        assertThat(started.state().answers()).containsEntry("who", "member-7");
        assertThat(calls.get(0).subject()).isEqualTo(subject);

        TurnResult picked = engine(actions).handle(started.state(), Inbound.text("1"), NOW, subject);
        assertThat(texts(picked)).containsExactly("REQ-1: REQ-1");
        assertThat(picked.events()).anyMatch(e -> e instanceof DialogEvent.DialogCompleted);
    }

    @Test
    void anEmptySourceShowsItsTextAndTheOnlyOptionLeftIsChosen() {
        TurnResult started = engine(actions).start(ConversationState.fresh(Language.EN, NOW), "status", NOW);
        assertThat(texts(started)).containsExactly("Hello Huda.", "You have no requests.", "REQ-1: other", "Type the reference");
        assertThat(started.state().flowId()).isEqualTo("detail-other");
    }

    @Test
    void aQuestionWithOneOptionFromTheSourceIsChosenAndSaidSo() {
        cases.add("REQ-1");
        ConversationEngine engine = new ConversationEngine(FlowRegistry.of(List.of(FlowLoader.parse("menu.yaml", MENU),
                FlowLoader.parse("status.yaml", STATUS.replace("    options:\n      - id: other\n"
                        + "        label: {ar: رقم آخر, en: Another number}\n", "")),
                FlowLoader.parse("detail.yaml", DETAIL)), "menu"), EngineSettings.DEFAULTS, actions);
        TurnResult started = engine.start(ConversationState.fresh(Language.AR, NOW), "status", NOW);
        assertThat(texts(started)).containsExactly("أهلًا هدى.", "الخيار الوحيد المتاح هنا: طلب REQ-1.", "REQ-1: REQ-1");
    }

    @Test
    void aNamedCheckReadsTypedAnswersAndItsErrorCountsAsAnAttempt() {
        TurnResult started = engine(actions).start(ConversationState.fresh(Language.EN, NOW), "detail-other", NOW);
        TurnResult wrong = engine(actions).handle(started.state(), Inbound.text("42"), NOW);
        assertThat(texts(wrong)).containsExactly("A reference starts with REQ-.\n\nType the reference");
        assertThat(wrong.state().attempts()).isEqualTo(1);
        TurnResult right = engine(actions).handle(wrong.state(), Inbound.text(" req-7 "), NOW);
        assertThat(right.events()).anyMatch(e -> e instanceof DialogEvent.DialogCompleted c
                && "REQ-7".equals(c.answers().get("reference")));
    }

    @Test
    void cancellingSaysNothingWasSubmittedOnlyWhereSomethingWouldHaveBeen() {
        TurnResult typing = engine(actions).start(ConversationState.fresh(Language.EN, NOW), "detail-other", NOW);
        assertThat(texts(engine(actions).handle(typing.state(), Inbound.text("cancel"), NOW)))
                .containsExactly("Cancelled. Nothing was submitted. Send any message to see the menu.");
        TurnResult menu = engine(actions).handle(ConversationState.fresh(Language.EN, NOW), Inbound.text("hi"), NOW);
        assertThat(texts(engine(actions).handle(menu.state(), Inbound.text("cancel"), NOW)))
                .containsExactly("Cancelled. Send any message to see the menu.");
    }

    @Test
    void aBranchTargetMayNameAnAnswer() {
        cases.add("REQ-1");
        TurnResult started = engine(actions).start(ConversationState.fresh(Language.AR, NOW), "status", NOW);
        TurnResult other = engine(actions).handle(started.state(), Inbound.text("رقم آخر"), NOW);
        assertThat(other.state().flowId()).isEqualTo("detail-other");
        assertThat(texts(other)).endsWith("اكتب الرقم");
    }

    @Test
    void anOptionMayGiveACommand() {
        ConversationEngine engine = engine(actions);
        TurnResult menu = engine.handle(ConversationState.fresh(Language.EN, NOW), Inbound.text("hi"), NOW);
        TurnResult staff = engine.handle(menu.state(), Inbound.choice("staff"), NOW);
        assertThat(staff.state().status()).isEqualTo(DialogStatus.HANDOFF);
        assertThat(staff.events()).anyMatch(e -> e instanceof DialogEvent.HandoffRequested);
    }

    @Test
    void unknownActionsSourcesAndCommandsStopTheStartNamingTheFix() {
        assertThatThrownBy(() -> engine(DialogActions.NONE))
                .hasMessageContaining("status.yaml: step who.action: 'identify' is not an action of this application")
                .hasMessageContaining("status.yaml: step case.options-from: 'my-cases' is not an option source")
                .hasMessageContaining("detail.yaml: step reference.check: 'reference' is not a check of this application");
        assertThatThrownBy(() -> new ConversationEngine(FlowRegistry.of(List.of(
                        FlowLoader.parse("menu.yaml", MENU.replace("command: staff", "command: dance")),
                        FlowLoader.parse("status.yaml", STATUS), FlowLoader.parse("detail.yaml", DETAIL)), "menu"),
                EngineSettings.DEFAULTS, actions))
                .hasMessageContaining("menu.yaml: step pick.options (staff).command: 'dance' is not a command");
    }
}
