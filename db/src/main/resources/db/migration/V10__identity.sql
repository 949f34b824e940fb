-- Identity (README "Security and privacy"; same conventions as V1).
-- conversation.run counts the dialogs started in a conversation: a button carries the run it was
-- sent in, so that a button of an earlier dialog answers nothing.
ALTER TABLE conversation ADD COLUMN run INT NOT NULL DEFAULT 0;

-- Every failed identification try: when, on which channel, from which chat address (masked for
-- people to read, keyed-hashed for counting) and for which mobile number (keyed hash only). Counted
-- per chat address and per number over a sliding window to bound guessing; read by staff.
CREATE TABLE identification_failure (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    failed_at      DATETIME(6)  NOT NULL,
    channel        VARCHAR(16)  NOT NULL,
    address_masked VARCHAR(64)  NOT NULL,
    address_hash   VARCHAR(64)  NOT NULL,
    phone_hash     VARCHAR(64)  NULL,
    reason         VARCHAR(32)  NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_identification_failure_address ON identification_failure (address_hash, failed_at);
CREATE INDEX ix_identification_failure_phone ON identification_failure (phone_hash, failed_at);
