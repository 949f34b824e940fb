-- Cases: enquiries, service requests and complaints (see the README, "Cases"). Same conventions
-- as V1: utf8mb4 on every table, no collation named, schema-unique constraint and index names,
-- DATETIME(6) holding UTC, long texts as MEDIUMTEXT. `case` is a reserved word, hence case_file.

CREATE TABLE case_file (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    reference         VARCHAR(32)  NOT NULL,
    type              VARCHAR(16)  NOT NULL,
    service_id        VARCHAR(64)  NULL,
    status            VARCHAR(24)  NOT NULL,
    -- the member's id in the member registry (no foreign key yet)
    member_id         BIGINT       NULL,
    channel           VARCHAR(16)  NOT NULL,
    address           VARCHAR(128) NOT NULL,
    language          VARCHAR(2)   NOT NULL,
    answers           MEDIUMTEXT   NOT NULL,
    attestation_text  MEDIUMTEXT   NULL,
    attestation_hash  VARCHAR(64)  NULL,
    attested_at       DATETIME(6)  NULL,
    attested_channel  VARCHAR(16)  NULL,
    assignee_kind     VARCHAR(16)  NOT NULL,
    assignee_id       VARCHAR(64)  NOT NULL,
    due_on            DATE         NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    version           BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_case_file_reference UNIQUE (reference)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_case_file_member_status ON case_file (member_id, status);
CREATE INDEX ix_case_file_channel_address ON case_file (channel, address);
CREATE INDEX ix_case_file_status_due_on ON case_file (status, due_on);

CREATE TABLE case_event (
    id       BIGINT       NOT NULL AUTO_INCREMENT,
    case_id  BIGINT       NOT NULL,
    at       DATETIME(6)  NOT NULL,
    kind     VARCHAR(32)  NOT NULL,
    detail   VARCHAR(500) NULL,
    actor    VARCHAR(64)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_case_event_case_file FOREIGN KEY (case_id) REFERENCES case_file (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_case_event_case_id ON case_event (case_id, id);

-- The next reference number per case type and year, taken under SELECT ... FOR UPDATE in the
-- transaction that opens the case. The year column is ref_year: YEAR is a keyword in H2.
CREATE TABLE case_sequence (
    type        VARCHAR(16) NOT NULL,
    ref_year    INT         NOT NULL,
    next_value  BIGINT      NOT NULL,
    PRIMARY KEY (type, ref_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
