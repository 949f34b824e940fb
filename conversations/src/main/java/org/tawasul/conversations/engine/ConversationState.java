package org.tawasul.conversations.engine;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.tawasul.conversations.message.Language;

/**
 * Everything the engine remembers about one conversation between turns; small enough to store
 * as one row. {@code resumeStepId} is set while the member changes one answer from a summary:
 * it names the summary to return to. {@code run} counts the dialogs started in the conversation, so
 * that a button sent in one dialog is not taken for an answer in another.
 */
public record ConversationState(
        DialogStatus status,
        String flowId,
        int flowVersion,
        String stepId,
        String resumeStepId,
        Map<String, String> answers,
        int attempts,
        Language language,
        Instant lastActivity,
        int run) {

    public ConversationState {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(language, "language");
        answers = answers == null ? Map.of() : Map.copyOf(answers);
    }

    /** A conversation that has never spoken, in the given language. */
    public static ConversationState fresh(Language language, Instant now) {
        return new ConversationState(DialogStatus.IDLE, null, 0, null, null, Map.of(), 0, language, now, 0);
    }
}
