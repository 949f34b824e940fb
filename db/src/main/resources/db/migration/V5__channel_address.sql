-- Whether a chat address can be reached on its channel (same conventions as V1: utf8mb4 declared,
-- no collation named, schema-unique names, DATETIME(6) holding UTC). A row exists only once a
-- provider refused an address for good (blocked the bot, opted out, invalid number): active is
-- then FALSE, and the outbox dispatcher sends it nothing until the member writes again, which
-- sets active back to TRUE. No row means active.

CREATE TABLE channel_address (
    channel    VARCHAR(16)  NOT NULL,
    address    VARCHAR(128) NOT NULL,
    active     BOOLEAN      NOT NULL,
    reason     VARCHAR(200) NULL,
    changed_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (channel, address)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
