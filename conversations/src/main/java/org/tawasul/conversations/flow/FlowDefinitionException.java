package org.tawasul.conversations.flow;

import java.util.List;

/** A flow file is invalid; the message names each file, the place in it and the fix. */
public final class FlowDefinitionException extends RuntimeException {

    private final List<String> problems;

    public FlowDefinitionException(List<String> problems) {
        super("Invalid flow definitions (" + problems.size() + "):\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem, as "file: place: what is wrong. Fix: what to do". */
    public List<String> problems() {
        return problems;
    }
}
