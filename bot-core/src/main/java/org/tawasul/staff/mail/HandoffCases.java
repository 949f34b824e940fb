package org.tawasul.staff.mail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tawasul.cases.Case;
import org.tawasul.cases.CaseRepository;
import org.tawasul.cases.CaseService;
import org.tawasul.cases.CaseStatus;
import org.tawasul.cases.CaseType;
import org.tawasul.cases.OpenCase;
import org.tawasul.conversations.engine.DialogEvent;
import org.tawasul.conversations.message.Language;
import org.tawasul.turns.DialogEventListener;

/**
 * A member who asks for a person ("موظف"), or runs out of attempts, is promised that staff will reply: the
 * request becomes work for staff. When the chat has an open case, its officer is told by email that the member
 * asks for a person; otherwise an enquiry is opened for the chat (it goes to the default officer, who is told
 * like for any new case), marked as a hand-off. Both happen in the turn's transaction.
 */
@Component
class HandoffCases implements DialogEventListener {

    /** The answer key marking a case opened for a hand-off (its value is the reason). */
    static final String HANDOFF_KEY = "_handoff";

    private static final Logger log = LoggerFactory.getLogger(HandoffCases.class);

    private final CaseRepository cases;
    private final CaseService service;
    private final OfficerNotifier notifier;
    private final MemberToOfficer relay;

    HandoffCases(CaseRepository cases, CaseService service, OfficerNotifier notifier, MemberToOfficer relay) {
        this.cases = cases;
        this.service = service;
        this.notifier = notifier;
        this.relay = relay;
    }

    @Override
    public void on(TurnContext context, DialogEvent event) {
        if (event instanceof DialogEvent.MessageForStaff message && notifier.enabled()) {
            relay.handedOff(context.channel(), context.address(), message.text(), context.inboxId());
            return;
        }
        if (!(event instanceof DialogEvent.HandoffRequested handoff) || !notifier.enabled()) {
            return;
        }
        List<Case> open = cases.findByChannelAndAddressAndStatusInOrderByIdDesc(context.channel(), context.address(),
                CaseStatus.OPEN);
        if (!open.isEmpty()) {
            notifier.notify(open.get(0), OfficerNotifier.Occasion.HANDOFF);
            return;
        }
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put(HANDOFF_KEY, handoff.reason().name());
        if (handoff.flowId() != null) {
            answers.put("_flow", handoff.flowId() + (handoff.stepId() == null ? "" : " / " + handoff.stepId()));
        }
        service.open(new OpenCase(CaseType.ENQUIRY, null, null, null, null, context.channel(), context.address(),
                Language.DEFAULT, answers, null, context.at()));
        log.info("Hand-off on {}: an enquiry was opened for staff", context.channel());
    }
}
