package org.tawasul.conversations.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tawasul.conversations.flow.FlowDefinition;
import org.tawasul.conversations.message.Language;
import org.tawasul.conversations.message.Outbound;

/** The working copy of a conversation during one turn; becomes the next stored state. */
final class Turn {

    DialogStatus status;
    FlowDefinition flow;
    String stepId;
    String resumeStepId;
    Map<String, String> answers;
    int attempts;
    int branches;
    /** Dialogs started in the conversation so far (see {@link ConversationState#run}). */
    int run;
    Language language;
    final Instant now;
    final DialogActions.Subject subject;
    final List<Outbound> messages = new ArrayList<>(3);
    final List<DialogEvent> events = new ArrayList<>(2);
    private final String storedFlowId;
    private final int storedFlowVersion;

    Turn(ConversationState state, FlowDefinition flow, Instant now, DialogActions.Subject subject) {
        this.subject = subject;
        this.status = state.status();
        this.flow = flow;
        this.stepId = state.stepId();
        this.resumeStepId = state.resumeStepId();
        this.answers = state.answers();
        this.attempts = state.attempts();
        this.language = state.language();
        this.storedFlowId = state.flowId();
        this.storedFlowVersion = state.flowVersion();
        this.run = state.run();
        this.now = now;
    }

    /** Sets an answer, copying the map on first write so the stored state stays untouched. */
    void answer(String step, String value) {
        writableAnswers().put(step, value);
    }

    void forget(String step) {
        if (answers.containsKey(step)) {
            writableAnswers().remove(step);
        }
    }

    private Map<String, String> writableAnswers() {
        if (!(answers instanceof HashMap)) {
            answers = new HashMap<>(answers);
        }
        return answers;
    }

    void send(Outbound message) {
        messages.add(message);
    }

    void event(DialogEvent event) {
        events.add(event);
    }

    /** Ends any dialog: no flow, no answers. */
    void idle() {
        status = DialogStatus.IDLE;
        flow = null;
        stepId = null;
        resumeStepId = null;
        answers = Map.of();
        attempts = 0;
    }

    String flowId() {
        return flow != null ? flow.id() : status == DialogStatus.IDLE ? null : storedFlowId;
    }

    TurnResult result() {
        int version = flow != null ? flow.version() : status == DialogStatus.IDLE ? 0 : storedFlowVersion;
        ConversationState state = new ConversationState(status, flowId(), version, stepId, resumeStepId,
                answers, attempts, language, now, run);
        return new TurnResult(state, messages, events);
    }
}
