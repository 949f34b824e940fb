package org.tawasul.dialogs;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tawasul.conversations.engine.DialogActions.Subject;
import org.tawasul.conversations.message.Language;

/** Cases as the dialogs see them. Every query is scoped to one member or, for a non-member, one chat address. */
public interface CasePort {

    /**
     * Cases opened from this chat address since {@code since}, whoever the member: what a chat may open in a
     * day is bounded ({@code tawasul.limits.cases-per-day}), so no account floods a committee.
     */
    long openedFromChatSince(Subject subject, Instant since);

    /** The kinds of case a dialog opens. */
    enum Kind { ENQUIRY, SERVICE_REQUEST, COMPLAINT }

    /** What the member attested to (P5): the text, the summary they confirmed, when and where. */
    record Attestation(String text, String summary, Instant at, String channel) { }

    /** A request to open a case. */
    record Opening(Kind kind, String serviceId, MemberPort.Member member, Subject subject, Language language,
                   Map<String, String> answers, String field, Attestation attestation, Instant now) { }

    /** An opened case: its reference, who handles it and the due date, written for the member. */
    record Opened(String reference, String handler, String deadline) { }

    /** One case as listed to its member, texts in the member's language. */
    record Line(String reference, String title, String status, String deadline) { }

    Opened open(Opening opening);

    /**
     * A low rating to follow up: the rated case and who rated it (both null when the member asked for
     * anonymity), the ratings by question and the comment.
     */
    record FollowUp(String ratedReference, Map<String, Integer> ratings, String comment, MemberPort.Member member,
                    Subject subject, Language language, Instant now) { }

    /** Opens a follow-up case for the follow-up committee. */
    void followUp(FollowUp followUp);

    /** The member's (or the address's) cases still being handled. */
    List<Line> open(MemberPort.Member member, Subject subject, Language language);

    /** The member's (or the address's) cases that were answered or closed. */
    List<Line> completed(MemberPort.Member member, Subject subject, Language language);

    /**
     * The reference a member typed, in its canonical form ({@code req 2026 41} → {@code REQ-2026-000041}), or
     * empty when it is not written like a reference.
     */
    Optional<String> reference(String typed);

    /** The member's (or the address's) cases that wait for something from them. */
    List<Line> awaiting(MemberPort.Member member, Subject subject, Language language);

    /**
     * Keeps what the member sent on one of their cases awaiting them, which goes back to review.
     *
     * @return false when the case is not theirs or awaits nothing (anymore)
     */
    boolean reply(String reference, MemberPort.Member member, Subject subject, String text);

    /** One of the member's (or the address's) own cases by reference; never anyone else's. */
    Optional<Line> find(String reference, MemberPort.Member member, Subject subject, Language language);
}
