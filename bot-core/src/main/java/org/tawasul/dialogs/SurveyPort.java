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
     * Whether this chat has rated the society's services in general this calendar month (UTC): a chat does so once
     * a month, so that throwaway accounts cannot repeat it at will. What is kept for it is a keyed hash of the chat
     * and the month, never the day, so it cannot be matched to the day of an anonymous comment.
     */
    boolean ratedInGeneral(org.tawasul.conversations.engine.DialogActions.Subject chat, Instant at);

    /**
     * Records one questionnaire. An anonymous one is kept with neither the member nor the case (only that the
     * case was rated), and dated to the day only, so that nothing ties its comment to the chat.
     *
     * @param caseReference the rated case, or null for the society's services in general
     * @param chat          the chat that rates: with no case, it rates in general once a month
     * @param memberId      the member, or null for a beneficiary or an anonymous comment
     * @param ratings       question id to 1-5
     * @return false, and nothing recorded, when the case, or this month's general rating of the chat, was rated already
     */
    boolean record(String flowId, String caseReference, org.tawasul.conversations.engine.DialogActions.Subject chat, Long memberId, Map<String, Integer> ratings,
                   String comment, boolean anonymous, Instant at);
}
