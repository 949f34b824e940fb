package org.tawasul.faq;

import java.util.List;

/** An FAQ file is missing or invalid; the message names the file, each place in it and the fix. */
public final class FaqDefinitionException extends RuntimeException {

    private final List<String> problems;

    FaqDefinitionException(List<String> problems) {
        super("Invalid FAQ file (" + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "):\n  - "
                + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem, as "file: place: what is wrong. Fix: what to do". */
    public List<String> problems() {
        return problems;
    }
}
