package org.tawasul.cases.routing;

import java.util.List;

/** The officers file is missing or invalid; the message names the file, each place in it and the fix. */
public final class OfficerFileRejected extends RuntimeException {

    private final List<String> problems;

    OfficerFileRejected(List<String> problems) {
        super("Invalid officers file (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + "):\n  - "
                + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem, as "file: place: what is wrong. Fix: what to do." */
    public List<String> problems() {
        return problems;
    }
}
