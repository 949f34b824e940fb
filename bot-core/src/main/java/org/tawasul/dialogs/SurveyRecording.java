package org.tawasul.dialogs;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tawasul.conversations.engine.DialogActions;
import org.tawasul.conversations.flow.FlowDefinition;
import org.tawasul.conversations.flow.FlowRegistry;
import org.tawasul.conversations.flow.StepDefinition;
import org.tawasul.conversations.flow.StepType;

/**
 * The {@code record-survey} action: every rating step of the flow is a question; the optional
 * comment is kept without the member's identity when they ask for that (P19). A rating at or under the
 * low score opens a follow-up case for the follow-up committee (P18), naming neither the member nor the
 * rated case when the member asked for anonymity.
 */
final class SurveyRecording {

    private final SurveyPort surveys;
    private final CasePort cases;
    private final int lowScore;
    private final MemberPort members;
    private final FlowRegistry flows;

    SurveyRecording(SurveyPort surveys, MemberPort members, CasePort cases, FlowRegistry flows, int lowScore) {
        this.cases = cases;
        this.lowScore = lowScore;
        this.surveys = surveys;
        this.members = members;
        this.flows = flows;
    }

    DialogActions.Result record(DialogActions.Context context) {
        FlowDefinition flow = flows.get(context.flowId());
        Map<String, String> answers = context.answers();
        Map<String, Integer> ratings = new LinkedHashMap<>();
        for (StepDefinition step : flow.steps()) {
            if (step.type() == StepType.RATING && answers.containsKey(step.id())) {
                ratings.put(step.id(), Integer.parseInt(answers.get(step.id())));
            }
        }
        String chosen = answers.get("case");
        String reference = chosen == null || "general".equals(chosen) ? null : chosen;
        String comment = answers.get("comment");
        boolean anonymous = "yes".equals(answers.get("anonymous"));
        Long memberId = anonymous ? null : members.verified(context.subject()).map(MemberPort.Member::id).orElse(null);
        surveys.record(flow.id(), reference, memberId, ratings, comment == null || comment.isEmpty() ? null : comment,
                anonymous, context.now());
        int lowest = ratings.values().stream().mapToInt(Integer::intValue).min().orElse(Integer.MAX_VALUE);
        if (lowest <= lowScore) {
            // a low score is followed up by the follow-up committee; an anonymous one names nobody and no case
            cases.followUp(new CasePort.FollowUp(anonymous ? null : reference, ratings, comment,
                    anonymous ? null : members.verified(context.subject()).orElse(null),
                    anonymous ? null : context.subject(), context.language(), context.now()));
        }
        return DialogActions.Result.of("recorded");
    }
}
