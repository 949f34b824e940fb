package org.tawasul.conversations.flow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A guided dialog: an id, a version (raised whenever a change would corrupt dialogs under way),
 * a title for menus, its steps in order, and what happens when the member runs out of attempts.
 */
public final class FlowDefinition {

    /** What to do when a member has used every attempt at a step. */
    public enum OnExhausted { STAFF, END }

    private final String id;
    private final int version;
    private final LocalizedText title;
    private final LocalizedText done;
    private final OnExhausted onExhausted;
    private final Integer maxAttempts;
    private final List<StepDefinition> steps;
    private final Map<String, Integer> positions;
    private final String source;

    public FlowDefinition(String id, int version, LocalizedText title, LocalizedText done,
                          OnExhausted onExhausted, Integer maxAttempts, List<StepDefinition> steps, String source) {
        this.id = id;
        this.version = version;
        this.title = title;
        this.done = done;
        this.onExhausted = onExhausted == null ? OnExhausted.STAFF : onExhausted;
        this.maxAttempts = maxAttempts;
        this.steps = List.copyOf(steps);
        this.source = source;
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < this.steps.size(); i++) {
            index.put(this.steps.get(i).id(), i);
        }
        this.positions = Map.copyOf(index);
    }

    public String id() { return id; }

    public int version() { return version; }

    public LocalizedText title() { return title; }

    /** The closing text shown when the flow completes, or null. */
    public LocalizedText done() { return done; }

    public OnExhausted onExhausted() { return onExhausted; }

    /** The flow's own attempt limit, or null for the engine's default. */
    public Integer maxAttempts() { return maxAttempts; }

    public List<StepDefinition> steps() { return steps; }

    /** Where the flow was declared, for error messages. */
    public String source() { return source; }

    /** The step with this id, or null. */
    public StepDefinition step(String stepId) {
        Integer position = stepId == null ? null : positions.get(stepId);
        return position == null ? null : steps.get(position);
    }

    /** The step's index in the flow, or -1. */
    public int position(String stepId) {
        Integer position = positions.get(stepId);
        return position == null ? -1 : position;
    }
}
