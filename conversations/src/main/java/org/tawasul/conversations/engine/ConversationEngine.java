package org.tawasul.conversations.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.TreeSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tawasul.conversations.engine.DialogEvent.Reason;
import org.tawasul.conversations.flow.FlowDefinition;
import org.tawasul.conversations.flow.FlowDefinitionException;
import org.tawasul.conversations.flow.OptionDefinition;
import org.tawasul.conversations.flow.FlowRegistry;
import org.tawasul.conversations.flow.StepDefinition;
import org.tawasul.conversations.flow.StepType;
import org.tawasul.conversations.input.InputNormaliser;
import org.tawasul.conversations.input.YesNo;
import org.tawasul.conversations.message.Choice;
import org.tawasul.conversations.message.Inbound;
import org.tawasul.conversations.message.InputHint;
import org.tawasul.conversations.message.Language;
import org.tawasul.conversations.message.Outbound;

/**
 * Drives guided dialogs: takes a conversation's stored state and the member's input and returns
 * the new state, the messages to send and the events to act on. Pure and thread-safe: it keeps
 * no per-conversation state and does no I/O, so callers decide how turns are stored and serialised.
 */
public final class ConversationEngine {

    private static final int MAX_BRANCHES_PER_TURN = 8;

    /** Suffix of the answer that marks a phone step answered with the member's own shared contact. */
    public static final String VERIFIED = ".verified";

    /**
     * Suffix of an answer a flow was started with for one of its choice steps (a deep link naming
     * the case to rate): it stands for the member's pick if, when the step is reached, it is one of
     * the step's choices; otherwise the step is asked as usual. Either way it is then forgotten.
     */
    public static final String PRESET = ".preset";

    /** Answer key set while the member is asked whether to leave a dialog with answers for the menu. */
    static final String LEAVING = ".leaving";

    /** Key of the "no, carry on" button of that question ("yes" is the menu command's own key). */
    static final String STAY = "stay";

    private final FlowRegistry flows;
    private final EngineSettings settings;
    private final Texts texts;
    private final DialogActions actions;
    private final Map<StepDefinition, StepChoices> choices = new IdentityHashMap<>();

    /** An engine whose flows use no application actions. */
    public ConversationEngine(FlowRegistry flows, EngineSettings settings) {
        this(flows, settings, DialogActions.NONE);
    }

    /**
     * An engine whose flows may call the application's actions and option sources.
     *
     * @throws FlowDefinitionException when a flow names an action, source or command that does not exist
     */
    public ConversationEngine(FlowRegistry flows, EngineSettings settings, DialogActions actions) {
        this.flows = Objects.requireNonNull(flows, "flows");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.actions = Objects.requireNonNull(actions, "actions");
        this.texts = new Texts();
        if (flows.get(settings.menuFlowId()) == null) {
            throw new IllegalArgumentException("The menu flow '" + settings.menuFlowId() + "' is not among the flows");
        }
        List<String> problems = new ArrayList<>();
        for (FlowDefinition flow : flows.all().values()) {
            for (StepDefinition step : flow.steps()) {
                choices.put(step, StepChoices.of(step, texts));
                checkNames(flow, step, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new FlowDefinitionException(problems);
        }
    }

    private void checkNames(FlowDefinition flow, StepDefinition step, List<String> problems) {
        String at = flow.source() + ": step " + step.id();
        if (step.action() != null && !actions.actions().contains(step.action())) {
            problems.add(at + ".action: '" + step.action() + "' is not an action of this application. Fix: use one of: "
                    + String.join(", ", new TreeSet<>(actions.actions())) + ".");
        }
        if (step.check() != null && !actions.checks().contains(step.check())) {
            problems.add(at + ".check: '" + step.check() + "' is not a check of this application. Fix: use one of: "
                    + String.join(", ", new TreeSet<>(actions.checks())) + ".");
        }
        if (step.optionsFrom() != null && !actions.optionSources().contains(step.optionsFrom())) {
            problems.add(at + ".options-from: '" + step.optionsFrom() + "' is not an option source of this application. "
                    + "Fix: use one of: " + String.join(", ", new TreeSet<>(actions.optionSources())) + ".");
        }
        for (OptionDefinition option : step.options()) {
            if (option.command() != null && GlobalCommand.named(option.command()).isEmpty()) {
                problems.add(at + ".options (" + option.id() + ").command: '" + option.command()
                        + "' is not a command. Fix: use one of: " + GlobalCommand.names() + ".");
            }
        }
    }

    /** The texts this engine speaks with. */
    public Texts texts() {
        return texts;
    }

    /** Handles one input from the member at {@code now}, for no particular channel. */
    public TurnResult handle(ConversationState state, Inbound input, Instant now) {
        return handle(state, input, now, DialogActions.Subject.NONE);
    }

    /** Handles one input from the member, who is {@code subject} to the application's actions. */
    public TurnResult handle(ConversationState state, Inbound input, Instant now, DialogActions.Subject subject) {
        Turn turn = new Turn(state, flows.get(state.flowId()), now, subject);
        if (Stamps.isStamped(input.choiceKey())) {
            if (!Stamps.stampOf(input.choiceKey()).equals(Stamps.current(turn))) {
                // a button of a question already passed (or of another dialog): it answers nothing
                turn.send(Outbound.text(text("error.button-passed", turn)));
                return turn.result();
            }
            input = new Inbound(input.text(), Stamps.keyOf(input.choiceKey()), input.attachment(), input.verifiedPhone());
        }
        String normalised = InputNormaliser.normalise(input.text());
        String folded = InputNormaliser.fold(normalised);
        if (turn.status != DialogStatus.IDLE && state.lastActivity().plus(settings.idleTimeout()).isBefore(now)) {
            turn.send(Outbound.text(text("dialog.expired", turn)));
            turn.event(new DialogEvent.DialogEnded(state.flowId(), state.stepId(), Reason.EXPIRED));
            turn.idle();
        }
        if (turn.status == DialogStatus.ACTIVE && currentStep(turn, state) == null) {
            flowChanged(turn, state);
            return turn.result();
        }
        var command = GlobalCommand.match(folded, input.choiceKey());
        if (turn.answers.containsKey(LEAVING)) {
            turn.forget(LEAVING);
            if (leavingAnswered(turn, input, normalised, command.orElse(null))) {
                return turn.result();
            }
        }
        if (command.isPresent()) {
            command(turn, command.get());
        } else {
            switch (turn.status) {
                case IDLE -> idle(turn, input, folded);
                case HANDOFF -> {
                    turn.event(new DialogEvent.MessageForStaff(describe(input, normalised)));
                    turn.send(Outbound.text(text("handoff.forwarded", turn)));
                }
                case ACTIVE -> answer(turn, input, normalised, folded);
            }
        }
        return turn.result();
    }

    /**
     * Starts a flow directly, as a deep link or a scheduled questionnaire does, ending any dialog
     * under way. An unknown flow id is a programming error.
     */
    public TurnResult start(ConversationState state, String flowId, Instant now) {
        return start(state, flowId, now, DialogActions.Subject.NONE);
    }

    /** Starts a flow directly for {@code subject}; see {@link #start(ConversationState, String, Instant)}. */
    public TurnResult start(ConversationState state, String flowId, Instant now, DialogActions.Subject subject) {
        return start(state, flowId, now, subject, Map.of());
    }

    /**
     * Starts a flow directly for {@code subject} with picks for some of its choice steps, by step
     * id (see {@link #PRESET}); presets for other steps are ignored.
     */
    public TurnResult start(ConversationState state, String flowId, Instant now, DialogActions.Subject subject,
                            Map<String, String> presets) {
        if (flows.get(flowId) == null) {
            throw new IllegalArgumentException("No flow '" + flowId + "'");
        }
        Turn turn = new Turn(state, flows.get(state.flowId()), now, subject);
        if (turn.status != DialogStatus.IDLE) {
            turn.event(new DialogEvent.DialogEnded(state.flowId(), state.stepId(), Reason.LEFT_FOR_MENU));
            turn.idle();
        }
        startFlow(turn, flowId, presets);
        return turn.result();
    }

    /**
     * With no dialog under way: thanks are answered and nothing more; a greeting is answered and the
     * menu shown; a message that names a menu option (its number, label or a word for it, "أبي أقدم
     * شكوى"), after a greeting or not, starts that option at once.
     */
    private void idle(Turn turn, Inbound input, String folded) {
        if (input.choiceKey() != null || input.attachment() != null) {
            startFlow(turn, settings.menuFlowId());
            return;
        }
        Courtesy.Lead lead = Courtesy.lead(folded);
        if (lead.kind() == Courtesy.Kind.THANKS && lead.rest().isEmpty()) {
            turn.send(Outbound.text(text(lead.kind().reply, turn)));
            return;
        }
        if (lead.kind() != null && lead.kind() != Courtesy.Kind.HELLO) {
            turn.send(Outbound.text(text(lead.kind().reply, turn)));
        }
        int shown = turn.messages.size();
        startFlow(turn, settings.menuFlowId());
        StepDefinition step = turn.status == DialogStatus.ACTIVE ? turn.flow.step(turn.stepId) : null;
        if (step == null || step.type() != StepType.CHOICE || lead.rest().isEmpty()) {
            return;
        }
        StepChoices offered = choicesFor(turn, step);
        String key = offered.resolve(null, lead.rest(), lead.rest());
        if (key == null) {
            key = offered.find(lead.rest());
        }
        if (key != null && !key.startsWith(GlobalCommand.KEY_PREFIX)) {
            turn.messages.subList(shown, turn.messages.size()).clear();
            if (lead.kind() == Courtesy.Kind.HELLO) {
                turn.send(Outbound.text(text(lead.kind().reply, turn)));
            }
            accept(turn, step, Answer.of(key));
        }
    }

    /**
     * The answer to "leave your answers for the menu?": yes (or "menu" again) leaves, no carries on;
     * anything else is handled as usual and the question is forgotten. True when it was an answer.
     */
    private boolean leavingAnswered(Turn turn, Inbound input, String normalised, GlobalCommand command) {
        boolean typed = input.choiceKey() == null && input.attachment() == null;
        // typed: yes or no in words, or the number of the choice (1. yes, 2. no)
        Optional<Boolean> yesNo = !typed ? Optional.empty() : "1".equals(normalised) ? Optional.of(true)
                : "2".equals(normalised) ? Optional.of(false) : YesNo.parse(normalised);
        if (command == GlobalCommand.MENU || yesNo.orElse(false)) {
            turn.event(new DialogEvent.DialogEnded(turn.flowId(), turn.stepId, Reason.LEFT_FOR_MENU));
            turn.idle();
            startFlow(turn, settings.menuFlowId());
            return true;
        }
        if (STAY.equals(input.choiceKey()) || yesNo.isPresent()) {
            prompt(turn, turn.flow.step(turn.stepId), text("command.menu.stay", turn));
            return true;
        }
        return false;
    }

    private StepDefinition currentStep(Turn turn, ConversationState state) {
        if (turn.flow == null || turn.flow.version() != state.flowVersion()) {
            return null;
        }
        return turn.flow.step(turn.stepId);
    }

    private void answer(Turn turn, Inbound input, String normalised, String folded) {
        StepDefinition step = turn.flow.step(turn.stepId);
        boolean pickingField = step.type() == StepType.SUMMARY && step.id().equals(turn.resumeStepId);
        StepChoices offered = pickingField ? StepChoices.fields(summaryFields(turn, step)) : choicesFor(turn, step);
        String key = offered.isEmpty() ? null : offered.resolve(input.choiceKey(), normalised, folded);
        String named = key == null && input.choiceKey() == null && !pickingField ? offered.find(folded) : null;
        Answer answer;
        if (key != null && key.startsWith(GlobalCommand.KEY_PREFIX)) {
            command(turn, GlobalCommand.match(null, key).orElseThrow());
            return;
        } else if (key != null) {
            answer = StepChoices.SKIP.equals(key) ? Answer.SKIP : Answer.of(key);
        } else if (input.choiceKey() != null) {
            answer = Answer.error("error.stale-button");
        } else if (pickingField) {
            answer = Answer.error("error.summary.field");
        } else if (named != null) {
            answer = Answer.of(named);
        } else if (step.check() != null && input.attachment() == null
                && (step.type() == StepType.TEXT || step.type() == StepType.CHOICE)) {
            answer = checked(turn, step, input.textOrEmpty());
        } else {
            answer = AnswerCheck.check(step, input, normalised, today(turn), turn.language);
            if (answer.valid() && !answer.skipped() && step.check() != null) {
                // a typed step's own rules first (a national ID's check digit), then the application's check
                answer = checked(turn, step, answer.value());
            }
            String listed = answer.valid() || offered.isEmpty() ? null : offered.resolve(null, normalised, folded, true);
            if (listed != null) {
                answer = StepChoices.SKIP.equals(listed) ? Answer.SKIP : Answer.of(listed);
            }
        }
        Courtesy.Kind courtesy = input.choiceKey() != null || input.attachment() != null ? null : Courtesy.whole(folded);
        if (courtesy != null && answer.valid() && !Progress.isFreeText(step, courtesy)) {
            courtesy = null;
        }
        if (named != null) {
            greetBack(turn, Courtesy.lead(folded).kind());
        }
        if (courtesy != null) {
            // a greeting or thanks is answered in kind with the question again, and is no wrong answer; the
            // menu's own question is a greeting already
            boolean menu = turn.flow.id().equals(settings.menuFlowId()) && courtesy == Courtesy.Kind.HELLO;
            prompt(turn, step, menu ? null : text(courtesy.reply, turn));
        } else if (!answer.valid()) {
            reject(turn, step, answer);
        } else if (pickingField) {
            StepDefinition field = turn.flow.step(key.substring(StepChoices.EDIT_PREFIX.length()));
            turn.attempts = 0;
            turn.stepId = field.id();
            prompt(turn, field, null);
        } else {
            if (step.type() == StepType.PHONE) {
                // a number shared as the member's own contact is verified by the channel; a typed one is not
                if (input.verifiedPhone() != null && !answer.skipped()) {
                    turn.answer(step.id() + VERIFIED, "yes");
                } else {
                    turn.forget(step.id() + VERIFIED);
                }
            }
            if (step.type() == StepType.ATTACHMENT && input.attachment() != null) {
                turn.send(Outbound.text(Received.text(input.attachment(), turn.language, texts)));
            }
            accept(turn, step, answer);
        }
    }

    /** Returns a greeting that came before a request in the same message ("السلام عليكم، أبي أقدم شكوى"). */
    private void greetBack(Turn turn, Courtesy.Kind kind) {
        if (kind == Courtesy.Kind.SALAM || kind == Courtesy.Kind.MORNING || kind == Courtesy.Kind.EVENING) {
            turn.send(Outbound.text(text(kind.reply, turn)));
        }
    }

    /** Runs the application's check named by the step on what the member typed. */
    private Answer checked(Turn turn, StepDefinition step, String typed) {
        DialogActions.Checked result = actions.check(step.check(), typed, context(turn, step));
        return result.value() != null ? Answer.of(result.value()) : Answer.message(result.error());
    }

    /** The society's date at this turn. */
    private LocalDate today(Turn turn) {
        return LocalDate.ofInstant(turn.now, EngineSettings.ZONE);
    }

    private void accept(Turn turn, StepDefinition step, Answer answer) {
        turn.attempts = 0;
        switch (step.type()) {
            case SUMMARY -> {
                if (StepChoices.EDIT.equals(answer.value())) {
                    turn.resumeStepId = step.id();
                    prompt(turn, step, null);
                    return;
                }
            }
            case ATTESTATION -> turn.answer(step.id(), turn.now.toString());
            case CHOICE -> {
                OptionDefinition option = step.option(answer.value());
                if (option != null && option.command() != null) {
                    command(turn, GlobalCommand.named(option.command()).orElseThrow());
                    return;
                }
                if (option != null && option.flow() != null) {
                    startFlow(turn, option.flow());
                    return;
                }
                turn.answer(step.id(), answer.value());
            }
            default -> turn.answer(step.id(), answer.skipped() ? "" : answer.value());
        }
        runFrom(turn, turn.flow.position(step.id()) + 1);
    }

    private void reject(Turn turn, StepDefinition step, Answer answer) {
        turn.attempts++;
        if (turn.attempts >= maxAttempts(turn.flow, step)) {
            exhausted(turn, step);
            return;
        }
        String error = answer.errorText() != null ? answer.errorText()
                : step.error() != null && !answer.errorKey().startsWith("error.stale")
                ? Texts.format(step.error().in(turn.language), turn.language, answer.errorArgs())
                : texts.get(answer.errorKey(), turn.language, answer.errorArgs());
        prompt(turn, step, error);
    }

    private int maxAttempts(FlowDefinition flow, StepDefinition step) {
        if (step.maxAttempts() != null) {
            return step.maxAttempts();
        }
        return flow.maxAttempts() != null ? flow.maxAttempts() : settings.maxAttempts();
    }

    private void exhausted(Turn turn, StepDefinition step) {
        Map<String, Object> args = Map.of("attempts", turn.attempts,
                "opens", WorkingHours.time(settings.workingHours().opens(), turn.language),
                "closes", WorkingHours.time(settings.workingHours().closes(), turn.language));
        turn.attempts = 0;
        if (turn.flow.onExhausted() == FlowDefinition.OnExhausted.STAFF) {
            String key = settings.workingHours().isOpen(turn.now) ? "attempts.staff.open" : "attempts.staff.closed";
            turn.send(Outbound.text(texts.get(key, turn.language, args)));
            turn.event(new DialogEvent.HandoffRequested(turn.flow.id(), step.id(), Reason.ATTEMPTS_EXHAUSTED));
            turn.status = DialogStatus.HANDOFF;
        } else {
            turn.send(Outbound.text(texts.get("attempts.end", turn.language, args)));
            turn.event(new DialogEvent.DialogEnded(turn.flow.id(), step.id(), Reason.ATTEMPTS_EXHAUSTED));
            turn.idle();
        }
    }

    /** Walks forward from {@code position}: shows information, follows branches, stops at the next question. */
    private void runFrom(Turn turn, int position) {
        List<StepDefinition> steps = turn.flow.steps();
        for (int i = position; i < steps.size(); i++) {
            StepDefinition step = steps.get(i);
            if (!step.applies(turn.answers)) {
                turn.forget(step.id());
                continue;
            }
            if (turn.resumeStepId != null && step.type().collectsAnswer() && turn.answers.containsKey(step.id())) {
                continue;
            }
            switch (step.type()) {
                case INFO -> turn.send(new Outbound(format(step.prompt(), turn), List.of(), InputHint.NONE));
                case ACTION -> act(turn, step);
                case BRANCH -> {
                    startFlow(turn, target(step, turn));
                    return;
                }
                case CHOICE -> {
                    String preset = turn.answers.get(step.id() + PRESET);
                    if (preset != null) {
                        turn.forget(step.id() + PRESET);
                        if (choicesFor(turn, step).resolve(preset, "", "") != null) {
                            turn.answer(step.id(), preset);
                            continue;
                        }
                    }
                    StepChoices offered = choicesFor(turn, step);
                    boolean noneProvided = step.optionsFrom() != null && offered.size() == step.options().size();
                    if (offered.isEmpty()) {
                        if (step.empty() != null) {
                            turn.send(Outbound.text(format(step.empty(), turn)));
                        }
                        turn.forget(step.id());
                        continue;
                    }
                    if (Progress.chosenAlone(turn, step, offered)) {
                        // a question with one possible answer is not asked: it is chosen, and the member told
                        var only = offered.in(turn.language).get(0);
                        turn.send(Outbound.text(noneProvided && step.empty() != null ? format(step.empty(), turn)
                                : texts.get("choice.only", turn.language, Map.of("choice", only.label()))));
                        accept(turn, step, Answer.of(only.key()));
                        return;
                    }
                    ask(turn, step);
                    return;
                }
                default -> {
                    ask(turn, step);
                    return;
                }
            }
        }
        complete(turn);
    }

    private void ask(Turn turn, StepDefinition step) {
        if (step.id().equals(turn.resumeStepId)) {
            turn.resumeStepId = null;
        }
        turn.stepId = step.id();
        prompt(turn, step, null);
    }

    /** Runs an application action: its value becomes the step's answer, its message is sent. */
    private void act(Turn turn, StepDefinition step) {
        DialogActions.Result result = actions.run(step.action(), context(turn, step));
        if (result.value() != null) {
            turn.answer(step.id(), result.value());
        } else {
            turn.forget(step.id());
        }
        if (result.message() != null) {
            turn.send(Outbound.text(result.message()));
        }
        if (!result.forget().isEmpty()) {
            java.util.Set<String> held = new java.util.TreeSet<>();
            for (String forgotten : result.forget()) {
                if (!forgotten.equals(step.id()) && turn.answers.containsKey(forgotten)) {
                    held.add(forgotten);
                    turn.forget(forgotten);
                }
            }
            if (!held.isEmpty()) {
                turn.event(new DialogEvent.AnswersForgotten(turn.flow.id(), java.util.Set.copyOf(held)));
            }
        }
    }

    private DialogActions.Context context(Turn turn, StepDefinition step) {
        return new DialogActions.Context(turn.flow.id(), step.id(), Map.copyOf(turn.answers), turn.language, turn.subject,
                turn.now, turn.attempts);
    }

    /** The step's choices in this turn: prepared once, or asked of the application for a source. */
    private StepChoices choicesFor(Turn turn, StepDefinition step) {
        if (step.optionsFrom() == null) {
            return choices.get(step);
        }
        return StepChoices.of(step, actions.options(step.optionsFrom(), context(turn, step)), texts);
    }

    /** A branch's target flow, with {@code {answer}} names replaced by the answers. */
    private String target(StepDefinition step, Turn turn) {
        String target = step.targetFlow();
        int open = target.indexOf('{');
        while (open >= 0) {
            int close = target.indexOf('}', open);
            String value = turn.answers.getOrDefault(target.substring(open + 1, close), "");
            target = target.substring(0, open) + value + target.substring(close + 1);
            open = target.indexOf('{');
        }
        if (flows.get(target) == null) {
            throw new IllegalStateException(turn.flow.source() + ": step " + step.id() + " branches into '" + target
                    + "', which no flow declares");
        }
        return target;
    }

    private void complete(Turn turn) {
        FlowDefinition flow = turn.flow;
        Map<String, String> given = new LinkedHashMap<>();
        for (StepDefinition step : flow.steps()) {
            String value = turn.answers.get(step.id());
            if (value != null && !value.isEmpty()) {
                given.put(step.id(), value);
            }
        }
        if (flow.done() != null) {
            turn.send(Outbound.text(format(flow.done(), turn)));
        }
        turn.event(new DialogEvent.DialogCompleted(flow.id(), flow.version(), given));
        turn.idle();
    }

    private void startFlow(Turn turn, String flowId) {
        startFlow(turn, flowId, Map.of());
    }

    private void startFlow(Turn turn, String flowId, Map<String, String> presets) {
        if (++turn.branches > MAX_BRANCHES_PER_TURN) {
            throw new IllegalStateException("Flows branch into each other without asking anything (at '" + flowId + "')");
        }
        turn.flow = flows.get(flowId);
        turn.status = DialogStatus.ACTIVE;
        turn.run++;
        turn.answers = Map.of();
        turn.attempts = 0;
        turn.resumeStepId = null;
        turn.stepId = null;
        presets.forEach((stepId, value) -> {
            StepDefinition step = turn.flow.step(stepId);
            if (step != null && step.type() == StepType.CHOICE && value != null && !value.isBlank()) {
                turn.answer(stepId + PRESET, value);
            }
        });
        turn.event(new DialogEvent.DialogStarted(flowId));
        runFrom(turn, 0);
    }

    private void flowChanged(Turn turn, ConversationState state) {
        turn.send(Outbound.text(text("dialog.flow-changed", turn)));
        turn.event(new DialogEvent.DialogEnded(state.flowId(), state.stepId(), Reason.FLOW_CHANGED));
        startFlow(turn, turn.flow != null ? turn.flow.id() : settings.menuFlowId());
    }

    private void command(Turn turn, GlobalCommand command) {
        boolean active = turn.status == DialogStatus.ACTIVE;
        switch (command) {
            case CANCEL -> {
                if (turn.status == DialogStatus.IDLE) {
                    turn.send(Outbound.text(text("command.nothing-to-cancel", turn)));
                    return;
                }
                boolean unsent = active && Progress.submits(flows, actions, turn.flow, turn.flow.position(turn.stepId));
                turn.event(new DialogEvent.DialogEnded(turn.flowId(), turn.stepId, Reason.CANCELLED));
                turn.send(Outbound.text(text(unsent ? "command.cancelled.unsent" : "command.cancelled", turn)));
                turn.idle();
            }
            case MENU -> {
                if (active && Progress.hasAnswers(turn)) {
                    // leaving would lose what the member gave: ask first
                    turn.answer(LEAVING, "menu");
                    turn.send(new Outbound(texts.get("command.menu.confirm", turn.language,
                            Map.of("flow", turn.flow.title().in(turn.language))), List.of(
                            new Choice(GlobalCommand.MENU.key(), text("choice.yes", turn)),
                            new Choice(STAY, text("choice.no", turn))), InputHint.TEXT));
                    return;
                }
                if (turn.status != DialogStatus.IDLE) {
                    turn.event(new DialogEvent.DialogEnded(turn.flowId(), turn.stepId, Reason.LEFT_FOR_MENU));
                    turn.idle();
                }
                startFlow(turn, settings.menuFlowId());
            }
            case BACK -> {
                if (active) {
                    back(turn);
                } else {
                    turn.send(Outbound.text(text("command.back.nothing", turn)));
                }
            }
            case HELP -> help(turn, active);
            case STAFF -> {
                if (turn.status != DialogStatus.HANDOFF) {
                    turn.event(new DialogEvent.HandoffRequested(turn.flowId(), turn.stepId, Reason.MEMBER_ASKED));
                    turn.status = DialogStatus.HANDOFF;
                }
                turn.send(Outbound.text(text("command.staff", turn)));
            }
            case LANGUAGE, ENGLISH, ARABIC -> switchLanguage(turn, command, active);
        }
    }

    private void switchLanguage(Turn turn, GlobalCommand command, boolean active) {
        turn.language = command == GlobalCommand.ENGLISH ? Language.EN
                : command == GlobalCommand.ARABIC ? Language.AR : turn.language.other();
        turn.event(new DialogEvent.LanguageChanged(turn.language));
        turn.send(Outbound.text(text("command.language", turn)));
        if (active) {
            reprompt(turn);
        } else if (turn.status == DialogStatus.IDLE) {
            startFlow(turn, settings.menuFlowId());
        }
    }

    private void back(Turn turn) {
        StepDefinition current = turn.flow.step(turn.stepId);
        if (turn.resumeStepId != null) {
            turn.stepId = turn.resumeStepId;
            turn.resumeStepId = null;
            turn.attempts = 0;
            prompt(turn, turn.flow.step(turn.stepId), null);
            return;
        }
        List<StepDefinition> steps = turn.flow.steps();
        for (int i = turn.flow.position(current.id()) - 1; i >= 0; i--) {
            StepDefinition earlier = steps.get(i);
            if (earlier.type().waitsForInput() && earlier.applies(turn.answers) && !chosenAlone(turn, earlier)) {
                turn.stepId = earlier.id();
                turn.attempts = 0;
                prompt(turn, earlier, null);
                return;
            }
        }
        prompt(turn, current, text("command.back.first", turn));
    }

    /** Whether the step is a question with one possible answer, which is chosen rather than asked. */
    private boolean chosenAlone(Turn turn, StepDefinition step) {
        return step.type() == StepType.CHOICE && Progress.chosenAlone(turn, step, choicesFor(turn, step));
    }

    private void help(Turn turn, boolean active) {
        String commands = text("help.commands", turn);
        if (!active) {
            turn.send(Outbound.text(commands));
            return;
        }
        StepDefinition step = turn.flow.step(turn.stepId);
        String specific = step.help() != null ? format(step.help(), turn)
                : texts.get("help.step." + step.type().fileName(), turn.language,
                        step.type() == StepType.DATE ? AnswerCheck.examples(step, today(turn)) : Map.of());
        turn.send(Outbound.text(specific + "\n\n" + commands));
        reprompt(turn);
    }

    private void reprompt(Turn turn) {
        prompt(turn, turn.flow.step(turn.stepId), null);
    }

    /** Sends the step's question, with its choices, after an optional note (an error, a hint). */
    private void prompt(Turn turn, StepDefinition step, String note) {
        boolean pickingField = step.type() == StepType.SUMMARY && step.id().equals(turn.resumeStepId);
        String question;
        StepChoices offered;
        if (pickingField) {
            question = text("summary.choose-field", turn);
            offered = StepChoices.fields(summaryFields(turn, step));
        } else if (step.type() == StepType.SUMMARY) {
            question = Summary.render(step, summaryFields(turn, step), turn, texts);
            offered = choices.get(step);
        } else {
            question = format(step.prompt(), turn);
            offered = choicesFor(turn, step);
        }
        String body = note == null ? question : note + "\n\n" + question;
        InputHint hint = switch (step.type()) {
            case PHONE -> InputHint.PHONE;
            case ATTACHMENT -> InputHint.ATTACHMENT;
            default -> InputHint.TEXT;
        };
        turn.send(new Outbound(body, Stamps.stamp(offered.in(turn.language), Stamps.of(turn, step, pickingField)), hint));
    }

    private List<StepDefinition> summaryFields(Turn turn, StepDefinition summary) {
        return Summary.fields(turn.flow, summary, turn.answers);
    }

    private String format(org.tawasul.conversations.flow.LocalizedText text, Turn turn) {
        return Texts.format(text.in(turn.language), turn.language, turn.answers);
    }

    private String text(String key, Turn turn) {
        return texts.get(key, turn.language);
    }

    private static String describe(Inbound input, String normalised) {
        if (input.attachment() != null) {
            return "[" + input.attachment().asAnswer() + "] " + normalised;
        }
        return input.verifiedPhone() != null ? "[contact]" : normalised;
    }
}
