package org.tawasul.surveys;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.tawasul.db.Columns;
import org.tawasul.db.privacy.EncryptedText;

/** One answered questionnaire: ratings as JSON (question id to 1-5), an optional comment, whose it is unless anonymous. */
@Entity
@Table(name = "survey_response")
public class SurveyResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "flow_id", nullable = false, length = 64, updatable = false)
    private String flowId;

    @Column(name = "case_reference", length = 32, updatable = false)
    private String caseReference;

    @Column(name = "member_id", updatable = false)
    private Long memberId;

    @Column(name = "ratings", nullable = false, length = 1000, updatable = false)
    private String ratings;

    @Convert(converter = EncryptedText.class)
    @Column(name = "comment", length = Columns.MEDIUMTEXT, updatable = false)
    private String comment;

    @Column(name = "anonymous", nullable = false, updatable = false)
    private boolean anonymous;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected SurveyResponse() {
    }

    /** A new questionnaire answer; {@code memberId} must be null when {@code anonymous}. */
    public static SurveyResponse of(String flowId, String caseReference, Long memberId, String ratingsJson, String comment,
                                    boolean anonymous, Instant at) {
        if (anonymous && memberId != null) {
            throw new IllegalArgumentException("an anonymous answer carries no member");
        }
        SurveyResponse response = new SurveyResponse();
        response.flowId = Objects.requireNonNull(flowId, "flowId");
        response.caseReference = caseReference;
        response.memberId = memberId;
        response.ratings = Objects.requireNonNull(ratingsJson, "ratingsJson");
        response.comment = comment;
        response.anonymous = anonymous;
        response.createdAt = Columns.toSecond(at, "at");
        return response;
    }

    public Long getId() { return id; }

    public String getFlowId() { return flowId; }

    public String getCaseReference() { return caseReference; }

    public Long getMemberId() { return memberId; }

    public String getRatings() { return ratings; }

    public String getComment() { return comment; }

    public boolean isAnonymous() { return anonymous; }

    public Instant getCreatedAt() { return createdAt; }
}
