-- The case lifecycle and what members hear back (same conventions as V1).
-- A status change keeps staff's note and what the member is told (the answer, the reason, what is
-- missing); a member's reply to a case awaiting them is kept as its own line. Both are personal data,
-- encrypted by the application (MEDIUMTEXT for the ciphertext).
ALTER TABLE case_event ADD COLUMN note MEDIUMTEXT NULL;
ALTER TABLE case_event ADD COLUMN message MEDIUMTEXT NULL;

-- Dialogs the application starts for a member at a time (a satisfaction survey after a case, a
-- question about what a case awaits): the turn is run by a job once due, one node at a time, and
-- only once (key).
CREATE TABLE scheduled_turn (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    turn_key    VARCHAR(128) NOT NULL,
    channel     VARCHAR(16)  NOT NULL,
    address     VARCHAR(128) NOT NULL,
    payload     MEDIUMTEXT   NOT NULL,
    due_at      DATETIME(6)  NOT NULL,
    done_at     DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_scheduled_turn_key UNIQUE (turn_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_scheduled_turn_due ON scheduled_turn (done_at, due_at);

-- The notifications sent to members about their cases, per channel tried: what lets a notification
-- the provider could not deliver go to the next channel, and a survey be offered once per case.
CREATE TABLE case_notification (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    case_id    BIGINT      NOT NULL,
    kind       VARCHAR(32) NOT NULL,
    channel    VARCHAR(16) NOT NULL,
    outbox_id  BIGINT      NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_case_notification_case FOREIGN KEY (case_id) REFERENCES case_file (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_case_notification_case ON case_notification (case_id, kind);
CREATE INDEX ix_case_notification_outbox ON case_notification (outbox_id);
