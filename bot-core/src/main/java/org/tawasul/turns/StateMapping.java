package org.tawasul.turns;

import org.tawasul.codec.Json;
import org.tawasul.conversations.engine.ConversationState;
import org.tawasul.conversations.engine.DialogStatus;
import org.tawasul.conversations.message.Language;
import org.tawasul.db.conversation.ConversationRecord;

/** Copies a conversation's state between the engine's record and the stored row. */
final class StateMapping {

    private StateMapping() {
    }

    static ConversationState toState(ConversationRecord row) {
        return new ConversationState(
                DialogStatus.valueOf(row.getStatus()),
                row.getFlowId(),
                row.getFlowVersion() == null ? 0 : row.getFlowVersion(),
                row.getStepId(),
                row.getResumeStepId(),
                Json.answers(row.getAnswers()),
                row.getAttempts(),
                Language.fromCode(row.getLanguage()).orElse(Language.DEFAULT),
                row.getLastActivity(),
                row.getRun());
    }

    static void apply(ConversationState state, ConversationRecord row) {
        row.setStatus(state.status().name());
        row.setFlowId(state.flowId());
        row.setFlowVersion(state.flowId() == null ? null : state.flowVersion());
        row.setStepId(state.stepId());
        row.setResumeStepId(state.resumeStepId());
        row.setAnswers(Json.answers(state.answers()));
        row.setAttempts(state.attempts());
        row.setLanguage(state.language().code());
        row.setLastActivity(state.lastActivity());
        row.setRun(state.run());
    }
}
