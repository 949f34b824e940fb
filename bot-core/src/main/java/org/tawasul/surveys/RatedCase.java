package org.tawasul.surveys;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/**
 * That a case was rated, and on which day (row of {@code survey_rated_case}): a case is rated once. It says
 * neither who rated it nor how, so that an anonymous rating's comment cannot be traced back through it.
 */
@Entity
@Table(name = "survey_rated_case")
public class RatedCase {

    @Id
    @Column(name = "case_reference", length = 32, updatable = false)
    private String caseReference;

    @Column(name = "rated_on", nullable = false, updatable = false)
    private LocalDate ratedOn;

    protected RatedCase() {
    }

    public RatedCase(String caseReference, LocalDate ratedOn) {
        this.caseReference = Objects.requireNonNull(caseReference, "caseReference");
        this.ratedOn = Objects.requireNonNull(ratedOn, "ratedOn");
    }

    public String getCaseReference() {
        return caseReference;
    }

    public LocalDate getRatedOn() {
        return ratedOn;
    }
}
