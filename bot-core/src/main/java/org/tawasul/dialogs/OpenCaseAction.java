package org.tawasul.dialogs;

import java.util.Map;
import org.tawasul.conversations.catalog.ServiceDefinition;
import org.tawasul.conversations.engine.DialogActions;
import org.tawasul.conversations.engine.Summary;
import org.tawasul.conversations.engine.Texts;
import org.tawasul.conversations.flow.FlowDefinition;
import org.tawasul.conversations.flow.FlowRegistry;
import org.tawasul.conversations.flow.StepDefinition;
import org.tawasul.conversations.flow.StepType;

/**
 * The {@code open-case} action: the kind of case follows from the flow (enquiry, complaint, a
 * service's request), the attestation is recorded with the summary the member confirmed, and the
 * member is told the reference, who handles it, by when, and on which channel they will hear (P6).
 */
final class OpenCaseAction {

    private final CasePort cases;
    private final MemberPort members;
    private final FlowRegistry flows;
    private final Texts texts;
    private final Texts engineTexts = new Texts();

    private final int casesPerDay;

    OpenCaseAction(CasePort cases, MemberPort members, FlowRegistry flows, Texts texts, int casesPerDay) {
        this.casesPerDay = casesPerDay;
        this.cases = cases;
        this.members = members;
        this.flows = flows;
        this.texts = texts;
    }

    /** The action's value when no case was opened: a service request from someone not identified as a member. */
    static final String REFUSED = "members-only";
    /** The action's value when the chat has opened its share of cases within the last 24 hours. */
    static final String TOO_MANY = "too-many";

    DialogActions.Result open(DialogActions.Context context) {
        FlowDefinition flow = flows.get(context.flowId());
        CasePort.Kind kind = kind(flow.id());
        String serviceId = kind == CasePort.Kind.SERVICE_REQUEST
                ? flow.id().substring(ServiceDefinition.FLOW_PREFIX.length()) : null;
        MemberPort.Member member = members.identified(context.subject()).orElse(null);
        if (member == null && kind == CasePort.Kind.SERVICE_REQUEST) {
            // members only, however the dialog was reached (a menu, a deep link, a flow of a society's own)
            return new DialogActions.Result(REFUSED, texts.get("case.members-only", context.language()));
        }
        if (cases.openedFromChatSince(context.subject(), context.now().minus(java.time.Duration.ofDays(1))) >= casesPerDay) {
            return new DialogActions.Result(TOO_MANY, texts.get("case.too-many", context.language(),
                    Map.of("limit", casesPerDay)));
        }
        CasePort.Opened opened = cases.open(new CasePort.Opening(kind, serviceId, member, context.subject(),
                context.language(), caseAnswers(context.answers()), null, attestation(flow, context), context.now()));
        String channel = channelName(member != null ? member.preferredChannel() : context.subject().channel(),
                context.language());
        String message = texts.get("case.opened." + kind.name(), context.language(), Map.of(
                "reference", opened.reference(), "handler", opened.handler(), "deadline", opened.deadline(),
                "channel", channel));
        return new DialogActions.Result(opened.reference(), message);
    }

    /** The channel as the member reads it; "this chat" for one without a name of its own. */
    private String channelName(String channel, org.tawasul.conversations.message.Language language) {
        try {
            return texts.get("channel." + channel, language);
        } catch (IllegalArgumentException noName) {
            return texts.get("channel.none", language);
        }
    }

    /**
     * The answers a case keeps: not those of the identification steps (the member is linked by id,
     * so the case needs neither their phone nor their national ID), nor the actions' bookkeeping.
     */
    static Map<String, String> caseAnswers(Map<String, String> answers) {
        Map<String, String> kept = new java.util.LinkedHashMap<>();
        answers.forEach((step, value) -> {
            if (!IDENTIFICATION.contains(step) && !step.endsWith(".verified")) {
                kept.put(step, value);
            }
        });
        return kept;
    }

    private static final java.util.Set<String> IDENTIFICATION = java.util.Set.of("known", "phone", "who", "national-id",
            "confirmed", "member", "verification");

    private static CasePort.Kind kind(String flowId) {
        if (flowId.startsWith(ServiceDefinition.FLOW_PREFIX)) {
            return CasePort.Kind.SERVICE_REQUEST;
        }
        return flowId.contains("complaint") ? CasePort.Kind.COMPLAINT : CasePort.Kind.ENQUIRY;
    }

    /** The attestation (P5): the text agreed to and the summary it covered, or null for flows without one. */
    private CasePort.Attestation attestation(FlowDefinition flow, DialogActions.Context context) {
        StepDefinition attest = flow.steps().stream().filter(s -> s.type() == StepType.ATTESTATION)
                .filter(s -> context.answers().containsKey(s.id())).findFirst().orElse(null);
        StepDefinition summary = flow.steps().stream().filter(s -> s.type() == StepType.SUMMARY).findFirst().orElse(null);
        if (attest == null || summary == null) {
            return null;
        }
        String confirmed = Summary.lines(Summary.fields(flow, summary, context.answers()), context.answers(),
                context.language(), engineTexts);
        return new CasePort.Attestation(attest.prompt().in(context.language()), confirmed,
                java.time.Instant.parse(context.answers().get(attest.id())), context.subject().channel());
    }
}
