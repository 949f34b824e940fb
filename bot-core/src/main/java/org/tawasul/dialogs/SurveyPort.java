package org.tawasul.dialogs;

import java.time.Instant;
import java.util.Map;

/** Where satisfaction ratings are kept. */
public interface SurveyPort {

    /** How surveys are followed up. @param lowScore a rating at or under this opens a follow-up case */
    record Settings(int lowScore) { }

    /**
     * Records one questionnaire.
     *
     * @param caseReference the rated case, or null for the society's services in general
     * @param memberId      the member, or null for a beneficiary or an anonymous comment
     * @param ratings       question id to 1-5
     */
    void record(String flowId, String caseReference, Long memberId, Map<String, Integer> ratings, String comment,
                boolean anonymous, Instant at);
}
