-- The member registry (same conventions as V1: one schema for H2 in MySQL mode, MySQL 8 and MariaDB;
-- utf8mb4 declared, no collation named, constraint and index names unique across the schema).
-- national_id and phone hold "v1:" + Base64 of AES-256-GCM ciphertext, never the plain value
-- (policy P13); *_hash hold an HMAC-SHA256 (hex) to find a member without decrypting. A national ID
-- belongs to one member; a phone may be shared, e.g. within a family.

CREATE TABLE member (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    member_number      VARCHAR(32)  NOT NULL,
    full_name          VARCHAR(200) NOT NULL,
    national_id        VARCHAR(255) NULL,
    national_id_hash   VARCHAR(64)  NULL,
    phone              VARCHAR(255) NULL,
    phone_hash         VARCHAR(64)  NULL,
    category           VARCHAR(64)  NOT NULL,
    field_of_work      VARCHAR(64)  NOT NULL,
    preferred_language VARCHAR(2)   NOT NULL,
    preferred_channel  VARCHAR(16)  NOT NULL,
    email              VARCHAR(254) NULL,
    created_at         DATETIME(6)  NOT NULL,
    updated_at         DATETIME(6)  NOT NULL,
    version            BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_member_member_number UNIQUE (member_number),
    CONSTRAINT uk_member_national_id_hash UNIQUE (national_id_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_member_phone_hash ON member (phone_hash);

-- Which member a chat address (a Telegram chat id, an SMS number, an email address) belongs to.
-- The foreign key's column is indexed by the key itself on every server (no extra index).
CREATE TABLE member_link (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    channel   VARCHAR(16)  NOT NULL,
    address   VARCHAR(128) NOT NULL,
    member_id BIGINT       NOT NULL,
    verified  BOOLEAN      NOT NULL,
    linked_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_member_link_channel_address UNIQUE (channel, address),
    CONSTRAINT fk_member_link_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
