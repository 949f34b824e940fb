package org.tawasul.conversations.engine;

import java.util.List;
import org.tawasul.conversations.flow.FlowDefinition;
import org.tawasul.conversations.flow.FlowRegistry;
import org.tawasul.conversations.flow.OptionDefinition;
import org.tawasul.conversations.flow.StepDefinition;
import org.tawasul.conversations.flow.StepType;

/**
 * Where a dialog stands, for the decisions taken around the member's answers: whether leaving loses
 * answers, whether cancelling loses something that would have been sent, whether a question needs
 * asking at all, whether a greeting would be taken for an answer.
 */
final class Progress {

    private static final int MAX_DEPTH = 8;

    private Progress() {
    }

    /**
     * Whether the member has answers that leaving would lose: answers to questions since the last action
     * before the current step (what came before an action, such as identifying the member, the
     * application has already acted on).
     */
    static boolean hasAnswers(Turn turn) {
        List<StepDefinition> steps = turn.flow.steps();
        int current = Math.max(turn.flow.position(turn.stepId), 0);
        int from = 0;
        for (int i = 0; i < current; i++) {
            if (steps.get(i).type() == StepType.ACTION) {
                from = i + 1;
            }
        }
        return steps.subList(from, steps.size()).stream()
                .anyMatch(s -> s.type().collectsAnswer() && turn.answers.containsKey(s.id()));
    }

    /**
     * Whether the dialog, from {@code position} on, would still send something on (a summary, an
     * attestation, an action the application says submits, or a branch that may lead to one).
     */
    static boolean submits(FlowRegistry flows, DialogActions actions, FlowDefinition flow, int position) {
        return submits(flows, actions, flow, position, 0);
    }

    private static boolean submits(FlowRegistry flows, DialogActions actions, FlowDefinition flow, int position, int depth) {
        if (flow == null || depth > MAX_DEPTH) {
            return false;
        }
        for (StepDefinition step : flow.steps().subList(Math.max(position, 0), flow.steps().size())) {
            boolean submitting = switch (step.type()) {
                case SUMMARY, ATTESTATION -> true;
                case ACTION -> actions.submits(step.action());
                case BRANCH -> step.targetFlow().indexOf('{') >= 0
                        || submits(flows, actions, flows.get(step.targetFlow()), 0, depth + 1);
                default -> false;
            };
            if (submitting) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a choice step has one possible answer, to be chosen rather than asked; not a menu's one way
     * on (an option into a flow or a command): that stays a question.
     */
    static boolean chosenAlone(Turn turn, StepDefinition step, StepChoices offered) {
        if (step.optional() || offered.size() != 1) {
            return false;
        }
        OptionDefinition option = step.option(offered.in(turn.language).get(0).key());
        return option == null || option.flow() == null && option.command() == null;
    }

    /**
     * Whether a greeting or thanks, taken as an answer, would be free text that is no real answer ("مرحبا"
     * as an enquiry); thanks at an optional text step (a comment) stay an answer.
     */
    static boolean isFreeText(StepDefinition step, Courtesy.Kind courtesy) {
        return step.type() == StepType.TEXT && !(courtesy == Courtesy.Kind.THANKS && step.optional());
    }
}
