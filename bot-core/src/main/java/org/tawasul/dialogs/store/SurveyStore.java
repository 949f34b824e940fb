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

/** Keeps questionnaire answers in {@code survey_response}. */
@Component
class SurveyStore implements SurveyPort {

    private final SurveyResponseRepository responses;
    private final RatedCaseRepository rated;

    SurveyStore(SurveyResponseRepository responses, RatedCaseRepository rated) {
        this.responses = responses;
        this.rated = rated;
    }

    @Override
    public boolean rated(String caseReference) {
        return rated.existsById(caseReference);
    }

    @Override
    public boolean record(String flowId, String caseReference, Long memberId, Map<String, Integer> ratings, String comment,
                          boolean anonymous, Instant at) {
        if (caseReference != null) {
            if (rated.existsById(caseReference)) {
                return false;
            }
            // two tries at once: the second breaks the primary key, and its turn is run again, to be told so
            rated.saveAndFlush(new RatedCase(caseReference, LocalDate.ofInstant(at, ZoneOffset.UTC)));
        }
        Map<String, String> asText = new java.util.LinkedHashMap<>();
        ratings.forEach((question, rating) -> asText.put(question, rating.toString()));
        responses.save(SurveyResponse.of(flowId, anonymous ? null : caseReference, anonymous ? null : memberId,
                Json.answers(asText), comment, anonymous, anonymous ? at.truncatedTo(ChronoUnit.DAYS) : at));
        return true;
    }
}
