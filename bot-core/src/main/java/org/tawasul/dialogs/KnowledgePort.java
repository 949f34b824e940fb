package org.tawasul.dialogs;

import java.util.Optional;
import org.tawasul.conversations.message.Language;

/** The FAQ knowledge base as the dialogs see it. */
public interface KnowledgePort {

    /** An answer found for a question, and the field of work it belongs to (for routing). */
    record Answer(String id, String text, String field) { }

    /** The best answer above the confidence threshold, if any. */
    Optional<Answer> best(String question, Language language);
}
