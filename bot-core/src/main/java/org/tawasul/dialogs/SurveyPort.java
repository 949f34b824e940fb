package org.tawasul.dialogs;

import java.time.Instant;
import java.util.Map;

/** Where satisfaction ratings are kept. */
public interface SurveyPort {

    /** How surveys are followed up. @param lowScore a rating at or under this opens a follow-up case */
    record Settings(int lowScore) { }

    /** Whether the case was rated already: a case is rated once. */
    boolean rated(String caseReference);

    /**
     * Records one questionnaire. An anonymous one is kept with neither the member nor the case (only that the
     * case was rated), and dated to the day only, so that nothing ties its comment to the chat.
     *
     * @param caseReference the rated case, or null for the society's services in general
     * @param memberId      the member, or null for a beneficiary or an anonymous comment
     * @param ratings       question id to 1-5
     * @return false, and nothing recorded, when the case was rated already
     */
    boolean record(String flowId, String caseReference, Long memberId, Map<String, Integer> ratings, String comment,
                boolean anonymous, Instant at);
}
