-- One-time codes sent by SMS to a member's registered phone to verify a chat's link (README "Identity").
-- Neither the number nor the code is kept in clear: phone_hash is the keyed hash of the number,
-- code_hash the keyed hash of number and code. A code holds for one chat (address_hash), until
-- expires_at, for a bounded number of attempts; used_at marks the one that was used.
CREATE TABLE one_time_code (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    phone_hash   VARCHAR(64)  NOT NULL,
    address_hash VARCHAR(64)  NOT NULL,
    code_hash    VARCHAR(64)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    expires_at   DATETIME(6)  NOT NULL,
    attempts     INT          NOT NULL DEFAULT 0,
    used_at      DATETIME(6)  NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_one_time_code_phone ON one_time_code (phone_hash, created_at);
