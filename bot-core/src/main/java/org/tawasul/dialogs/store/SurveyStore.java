package org.tawasul.dialogs.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tawasul.surveys.SurveyResponse;
import org.tawasul.surveys.SurveyResponseRepository;
import org.tawasul.surveys.RatedCase;
import org.tawasul.surveys.RatedCaseRepository;
import org.tawasul.dialogs.SurveyPort;
import org.tawasul.codec.Json;
import org.tawasul.db.privacy.KeyedHash;

/** Keeps questionnaire answers in {@code survey_response}. */
@Component
class SurveyStore implements SurveyPort {

    private final SurveyResponseRepository responses;
    private final RatedCaseRepository rated;
    private final KeyedHash hash;

    SurveyStore(SurveyResponseRepository responses, RatedCaseRepository rated, KeyedHash hash) {
        this.responses = responses;
        this.rated = rated;
        this.hash = hash;
    }

    @Override
    public boolean rated(String caseReference) {
        return rated.existsById(caseReference);
    }

    @Override
    public boolean ratedInGeneral(org.tawasul.conversations.engine.DialogActions.Subject chat, Instant at) {
        return rated.existsById(generalKey(chat, at));
    }

    /**
     * The row that stands for "this chat rated in general this month" in {@code survey_rated_case}: {@code G}, 20
     * characters of the chat's keyed hash and the month (28 characters, within the column's 32).
     */
    private String generalKey(org.tawasul.conversations.engine.DialogActions.Subject chat, Instant at) {
        java.time.YearMonth month = java.time.YearMonth.from(at.atZone(ZoneOffset.UTC));
        return "G" + hash.ofAddress(chat.channel(), chat.address()).substring(0, 20) + "-" + month.toString().replace("-", "");
    }

    @Override
    public boolean record(String flowId, String caseReference, org.tawasul.conversations.engine.DialogActions.Subject chat, Long memberId, Map<String, Integer> ratings,
                          String comment, boolean anonymous, Instant at) {
        if (caseReference != null || chat != null) {
            String once = caseReference != null ? caseReference : generalKey(chat, at);
            if (rated.existsById(once)) {
                return false;
            }
            // two tries at once: the second breaks the primary key, and its turn is run again, to be told so; a
            // general rating's row is dated to the month's first day, never the day it was given
            LocalDate on = LocalDate.ofInstant(at, ZoneOffset.UTC);
            rated.saveAndFlush(new RatedCase(once, caseReference != null ? on : on.withDayOfMonth(1)));
        }
        Map<String, String> asText = new java.util.LinkedHashMap<>();
        ratings.forEach((question, rating) -> asText.put(question, rating.toString()));
        responses.save(SurveyResponse.of(flowId, anonymous ? null : caseReference, anonymous ? null : memberId,
                Json.answers(asText), comment, anonymous, anonymous ? at.truncatedTo(ChronoUnit.DAYS) : at));
        return true;
    }
}
