-- Limits per chat (README "Security and privacy", limits).
-- Turns per minute: each conversation counts its turns in a one-minute window that starts with the first turn
-- after the previous window ended; a turn beyond tawasul.limits.turns-per-minute is answered, at most once per
-- window (slowed_down), with a request to slow down, and is not run as an answer.
ALTER TABLE conversation ADD COLUMN window_start DATETIME(6) NULL;
ALTER TABLE conversation ADD COLUMN window_turns INT NOT NULL DEFAULT 0;
ALTER TABLE conversation ADD COLUMN slowed_down BOOLEAN NOT NULL DEFAULT FALSE;

-- Survey answers per case: a case is rated once. The row says only that the case was rated and when (to the
-- day), not by whom nor with what: an anonymous rating's comment is kept apart from it (survey_response has
-- no case reference then).
CREATE TABLE survey_rated_case (
    case_reference VARCHAR(32) NOT NULL,
    rated_on       DATE        NOT NULL,
    PRIMARY KEY (case_reference)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
