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
 * comment is kept without the member's identity when they ask for that (P19), and then nothing ties it to the
 * chat: not the survey row (no member, no case, the day only), not the dialog's answers, not the inbox row of the
 * message that carried it. A case is rated once. A rating at or under the
 * low score opens a follow-up case for the follow-up committee (P18), naming neither the member nor the
 * rated case when the member asked for anonymity.
 */
final class SurveyRecording {

    private final SurveyPort surveys;
    private final CasePort cases;
    private final int lowScore;
    private final MemberPort members;
    private final FlowRegistry flows;

    private final org.tawasul.conversations.engine.Texts texts;

    SurveyRecording(SurveyPort surveys, MemberPort members, CasePort cases, FlowRegistry flows, int lowScore,
                    org.tawasul.conversations.engine.Texts texts) {
        this.texts = texts;
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
        if (!surveys.record(flow.id(), reference, context.subject(), memberId, ratings,
                comment == null || comment.isEmpty() ? null : comment, anonymous, context.now())) {
            return alreadyRated(reference, context);
        }
        int lowest = ratings.values().stream().mapToInt(Integer::intValue).min().orElse(Integer.MAX_VALUE);
        if (lowest <= lowScore) {
            // a low score is followed up by the follow-up committee; an anonymous one names nobody and no case
            cases.followUp(new CasePort.FollowUp(anonymous ? null : reference, ratings, comment,
                    anonymous ? null : members.verified(context.subject()).orElse(null),
                    anonymous ? null : context.subject(), context.language(), context.now()));
        }
        DialogActions.Result recorded = DialogActions.Result.of("recorded");
        // an anonymous comment: the dialog forgets it, and so does the inbox row of the message that carried it
        return anonymous && comment != null ? recorded.forgetting(java.util.Set.of("comment")) : recorded;
    }

    /**
     * {@code case-rated}, right after the case is chosen: a case already rated is not rated again (so no account
     * rates one case many times); the member is told so politely and goes back to the menu.
     */
    DialogActions.Result checkRated(DialogActions.Context context) {
        String chosen = context.answers().get("case");
        if (chosen == null || "general".equals(chosen)) {
            // the society's services in general: once a month per chat
            return context.subject() != null && surveys.ratedInGeneral(context.subject(), context.now())
                    ? alreadyRated(null, context) : DialogActions.Result.of("open");
        }
        return surveys.rated(chosen) ? alreadyRated(chosen, context) : DialogActions.Result.of("open");
    }

    private DialogActions.Result alreadyRated(String reference, DialogActions.Context context) {
        return reference == null
                ? new DialogActions.Result(ALREADY_RATED, texts.get("survey.already-rated-general", context.language(),
                        Map.of()))
                : new DialogActions.Result(ALREADY_RATED, texts.get("survey.already-rated", context.language(),
                        Map.of("reference", reference)));
    }

    /** The value of {@code case-rated} and {@code record-survey} for a case rated before. */
    static final String ALREADY_RATED = "already-rated";
}
