package org.tawasul.conversations.engine;

import java.util.Map;
import org.tawasul.conversations.message.Language;

/** Something a turn did that the application may act on (create a case, alert staff, ...). */
public sealed interface DialogEvent {

    /** Why a dialog stopped before its end, or why it went to staff. */
    enum Reason { CANCELLED, EXPIRED, ATTEMPTS_EXHAUSTED, FLOW_CHANGED, MEMBER_ASKED, LEFT_FOR_MENU }

    /** A flow began. */
    record DialogStarted(String flowId) implements DialogEvent { }

    /** A flow reached its end; {@code answers} holds what the member gave, by step id. */
    record DialogCompleted(String flowId, int flowVersion, Map<String, String> answers) implements DialogEvent { }

    /** A flow stopped before its end. */
    record DialogEnded(String flowId, String stepId, Reason reason) implements DialogEvent { }

    /** The member is to be served by a person from now on. */
    record HandoffRequested(String flowId, String stepId, Reason reason) implements DialogEvent { }

    /** A message written while handed to staff, to be passed on. */
    record MessageForStaff(String text) implements DialogEvent { }

    /**
     * An action had the dialog forget answers the member gave ({@code steps}, those it held): the application
     * drops what else it kept of the messages that carried them (their stored payloads).
     */
    record AnswersForgotten(String flowId, java.util.Set<String> steps) implements DialogEvent { }

    /** The member chose another language. */
    record LanguageChanged(Language language) implements DialogEvent { }
}
