package org.tawasul.conversations.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tawasul.conversations.flow.LocalizedText;
import org.tawasul.conversations.message.Language;

/**
 * What the application does for a dialog: named actions (identify a member, search the FAQ,
 * open a case), named sources of choice options (the member's own cases, the services) and named
 * checks of typed answers (a case reference the member owns).
 * The engine calls them during a turn and does no I/O itself; an implementation runs inside the
 * turn's transaction, so what it writes commits with the turn or not at all.
 */
public interface DialogActions {

    /** Who the member is to the application: the channel and the channel's address for them. */
    record Subject(String channel, String address) {
        /** No channel: the engine alone (tests, benchmarks). */
        public static final Subject NONE = new Subject("none", "none");
    }

    /**
     * Everything an action may need to know about the dialog; {@code attempts} counts the wrong answers
     * already given at the step (for a check: before this one).
     */
    record Context(String flowId, String stepId, Map<String, String> answers, Language language, Subject subject,
                   Instant now, int attempts) {

        /** A context with no wrong answers counted. */
        public Context(String flowId, String stepId, Map<String, String> answers, Language language, Subject subject,
                       Instant now) {
            this(flowId, stepId, answers, language, subject, now, 0);
        }
    }

    /**
     * What an action produced: a value stored as the step's answer (for conditions and texts; null
     * stores nothing), a message for the member in their language (null sends nothing), and the answers of
     * earlier steps the dialog must forget at once ({@code forget}, by step id: identifiers no longer needed, a
     * comment to be kept anonymous); the engine then reports {@link DialogEvent.AnswersForgotten}, so that
     * the application also drops what it kept of the member's messages that carried them.
     */
    record Result(String value, String message, java.util.Set<String> forget) {

        public Result {
            forget = forget == null ? java.util.Set.of() : java.util.Set.copyOf(forget);
        }

        public Result(String value, String message) {
            this(value, message, java.util.Set.of());
        }

        public static Result of(String value) {
            return new Result(value, null);
        }

        /** This result, also forgetting the answers of these steps. */
        public Result forgetting(java.util.Collection<String> steps) {
            java.util.Set<String> all = new java.util.HashSet<>(forget);
            all.addAll(steps);
            return new Result(value, message, all);
        }
    }

    /** One option from a source: the key stored as the answer, and its label in both languages. */
    record Option(String id, LocalizedText label) { }

    /**
     * What a check made of a typed answer: the value to store, or (value null) the text telling the
     * member what is wrong and how to write it, in their language.
     */
    record Checked(String value, String error) {
        public static Checked valid(String value) {
            return new Checked(java.util.Objects.requireNonNull(value, "value"), null);
        }

        public static Checked invalid(String error) {
            return new Checked(null, java.util.Objects.requireNonNull(error, "error"));
        }
    }

    /** The action names flows may use; checked when the engine starts. */
    Set<String> actions();

    /** The option sources flows may use; checked when the engine starts. */
    Set<String> optionSources();

    /** Runs an action. */
    Result run(String action, Context context);

    /** The options a source offers now. */
    List<Option> options(String source, Context context);

    /** The check names flows may use ({@code check:}); checked when the engine starts. None by default. */
    default Set<String> checks() {
        return Set.of();
    }

    /** Checks what the member typed at a step naming {@code check}; a wrong answer counts as an attempt. */
    default Checked check(String check, String input, Context context) {
        throw new IllegalArgumentException("no check '" + check + "'");
    }

    /**
     * Whether this action sends on what the member gave (opens a case, records a rating): cancelling a
     * dialog before such an action is confirmed as "nothing was submitted"; otherwise just as cancelled.
     */
    default boolean submits(String action) {
        return false;
    }

    /** No actions and no sources. */
    DialogActions NONE = new DialogActions() {
        @Override
        public Set<String> actions() {
            return Set.of();
        }

        @Override
        public Set<String> optionSources() {
            return Set.of();
        }

        @Override
        public Result run(String action, Context context) {
            throw new IllegalArgumentException("no action '" + action + "'");
        }

        @Override
        public List<Option> options(String source, Context context) {
            throw new IllegalArgumentException("no option source '" + source + "'");
        }
    };
}
