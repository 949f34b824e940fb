-- Satisfaction questionnaires (P17, P19): one row per answered questionnaire. member_id is null
-- for beneficiaries and when the member asked for the comment to be kept without their name.
CREATE TABLE survey_response (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    flow_id        VARCHAR(64)  NOT NULL,
    case_reference VARCHAR(32)  NULL,
    member_id      BIGINT       NULL,
    ratings        VARCHAR(1000) NOT NULL,
    comment        MEDIUMTEXT   NULL,
    anonymous      BOOLEAN      NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_survey_response_case ON survey_response (case_reference);
CREATE INDEX ix_survey_response_created ON survey_response (created_at);
