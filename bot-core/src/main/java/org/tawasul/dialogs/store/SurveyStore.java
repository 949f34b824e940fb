package org.tawasul.dialogs.store;

import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tawasul.surveys.SurveyResponse;
import org.tawasul.surveys.SurveyResponseRepository;
import org.tawasul.dialogs.SurveyPort;
import org.tawasul.codec.Json;

/** Keeps questionnaire answers in {@code survey_response}. */
@Component
class SurveyStore implements SurveyPort {

    private final SurveyResponseRepository responses;

    SurveyStore(SurveyResponseRepository responses) {
        this.responses = responses;
    }

    @Override
    public void record(String flowId, String caseReference, Long memberId, Map<String, Integer> ratings, String comment,
                       boolean anonymous, Instant at) {
        Map<String, String> asText = new java.util.LinkedHashMap<>();
        ratings.forEach((question, rating) -> asText.put(question, rating.toString()));
        responses.save(SurveyResponse.of(flowId, caseReference, anonymous ? null : memberId, Json.answers(asText), comment,
                anonymous, at));
    }
}
