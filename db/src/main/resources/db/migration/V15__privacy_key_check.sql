-- Key check values (PrivacyKeyCheck): a value encrypted with the encryption key and a keyed hash made
-- with the hash key, written at the first start; a start with other keys is refused with an error
-- naming the key, before anything is read or written with them.
CREATE TABLE privacy_key_check (
    name        VARCHAR(32)  NOT NULL,
    key_id      VARCHAR(16)  NULL,
    check_value VARCHAR(255) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
