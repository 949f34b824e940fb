package org.tawasul.conversations.flow;

import java.util.Map;
import java.util.Set;

/**
 * Asks a step only when an earlier answer says so: the answer of {@code step} is one of
 * {@code anyOf} (or, negated, is not), or — with an empty set — the step was answered at all
 * (a skipped optional step, stored as an empty answer, counts as not answered).
 */
public record Condition(String step, Set<String> anyOf, boolean negate) {

    public Condition {
        anyOf = Set.copyOf(anyOf);
    }

    /** Whether the condition holds for these answers. */
    public boolean holds(Map<String, String> answers) {
        String answer = answers.get(step);
        boolean answered = answer != null && !answer.isEmpty();
        boolean match = anyOf.isEmpty() ? answered : answered && anyOf.contains(answer);
        return negate != match;
    }
}
