package org.tawasul.conversations.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tawasul.conversations.flow.StepDefinition;
import org.tawasul.conversations.flow.StepType;
import org.tawasul.conversations.message.Choice;

/**
 * Ties each button to the question it was sent with: a choice's key goes out as {@code key~stamp},
 * the stamp naming the flow, the step, the dialog run and whether a summary was asking which field to
 * change. A press whose stamp is not the current question's answers nothing; typed answers carry no
 * stamp and are read as always.
 */
final class Stamps {

    static final char SEPARATOR = '~';
    private static final int RANGE = 36 * 36 * 36 * 36;

    private Stamps() {
    }

    /** The stamp of a question. */
    static String of(Turn turn, StepDefinition step, boolean pickingField) {
        return Integer.toString(Math.floorMod(Objects.hash(turn.flow.id(), step.id(), turn.run, pickingField), RANGE),
                Character.MAX_RADIX);
    }

    /** The stamp of the question the conversation waits on now, or "" when it waits on none. */
    static String current(Turn turn) {
        if (turn.status != DialogStatus.ACTIVE || turn.flow == null || turn.stepId == null
                || turn.flow.step(turn.stepId) == null) {
            return "";
        }
        StepDefinition step = turn.flow.step(turn.stepId);
        boolean picking = step.type() == StepType.SUMMARY && step.id().equals(turn.resumeStepId);
        return of(turn, step, picking);
    }

    static List<Choice> stamp(List<Choice> choices, String stamp) {
        List<Choice> stamped = new ArrayList<>(choices.size());
        choices.forEach(choice -> stamped.add(new Choice(choice.key() + SEPARATOR + stamp, choice.label())));
        return stamped;
    }

    static boolean isStamped(String key) {
        return key != null && key.indexOf(SEPARATOR) > 0;
    }

    static String keyOf(String stamped) {
        return stamped.substring(0, stamped.lastIndexOf(SEPARATOR));
    }

    static String stampOf(String stamped) {
        return stamped.substring(stamped.lastIndexOf(SEPARATOR) + 1);
    }
}
