-- One schema for H2 (MODE=MySQL, DATABASE_TO_LOWER=TRUE), MySQL 8 and MariaDB 10.11.
-- Every table declares utf8mb4 (MariaDB's compiled-in default is latin1); no collation is named,
-- so each server uses its own default utf8mb4 collation. H2 in MySQL mode accepts and ignores
-- the ENGINE/CHARSET table options. Constraint and index names are unique across the schema,
-- as H2 requires; primary keys are unnamed (MySQL/MariaDB ignore such names, with a warning).
-- Times are DATETIME(6) holding UTC (the entities keep them to the whole second).
-- Long texts are MEDIUMTEXT (16 MB; TEXT's 64 KB is too small for ~60k characters at up to
-- 4 bytes each). H2 in MySQL mode stores MEDIUMTEXT as CHARACTER VARYING, not as a CLOB, so the
-- entities map them as long Strings, not @Lob.

CREATE TABLE conversation (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    channel        VARCHAR(16)  NOT NULL,
    address        VARCHAR(128) NOT NULL,
    flow_id        VARCHAR(64)  NULL,
    flow_version   INT          NULL,
    step_id        VARCHAR(64)  NULL,
    resume_step_id VARCHAR(64)  NULL,
    status         VARCHAR(16)  NOT NULL,
    answers        MEDIUMTEXT   NOT NULL,
    attempts       INT          NOT NULL,
    language       VARCHAR(2)   NOT NULL,
    last_activity  DATETIME(6)  NOT NULL,
    version        BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_conversation_channel_address UNIQUE (channel, address)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE inbox (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    channel      VARCHAR(16)  NOT NULL,
    provider_id  VARCHAR(191) NOT NULL,
    address      VARCHAR(128) NOT NULL,
    payload      MEDIUMTEXT   NOT NULL,
    received_at  DATETIME(6)  NOT NULL,
    processed_at DATETIME(6)  NULL,
    attempts     INT          NOT NULL DEFAULT 0,
    last_error   VARCHAR(500) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_inbox_channel_provider_id UNIQUE (channel, provider_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_inbox_processed_at_id ON inbox (processed_at, id);

CREATE TABLE outbox (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    channel         VARCHAR(16)  NOT NULL,
    recipient       VARCHAR(128) NOT NULL,
    body            MEDIUMTEXT   NOT NULL,
    choices         MEDIUMTEXT   NULL,
    input_hint      VARCHAR(16)  NULL,
    status          VARCHAR(16)  NOT NULL,
    attempts        INT          NOT NULL,
    next_attempt_at DATETIME(6)  NOT NULL,
    provider_id     VARCHAR(191) NULL,
    last_error      VARCHAR(500) NULL,
    created_at      DATETIME(6)  NOT NULL,
    sent_at         DATETIME(6)  NULL,
    inbox_id        BIGINT       NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_outbox_status_next_attempt_id ON outbox (status, next_attempt_at, id);
CREATE INDEX ix_outbox_channel_recipient_status ON outbox (channel, recipient, status);
