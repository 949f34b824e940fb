package org.tawasul.surveys;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stores and finds {@link SurveyResponse}s. */
public interface SurveyResponseRepository extends JpaRepository<SurveyResponse, Long> {

    /** The answers about one case, oldest first. */
    List<SurveyResponse> findByCaseReferenceOrderByIdAsc(String caseReference);
}
