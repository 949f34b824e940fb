-- The member's files that go with a staff mail (issue 11): the channel's own reference of each file, fetched from
-- the channel when the mail is sent and attached up to tawasul.mail.attachments-max-bytes, else listed by name.
CREATE TABLE mail_attachment (
    outbox_id BIGINT       NOT NULL,
    position  INT          NOT NULL,
    channel   VARCHAR(32)  NOT NULL,
    kind      VARCHAR(16)  NOT NULL,
    reference VARCHAR(255) NOT NULL,
    name      VARCHAR(120) NOT NULL,
    PRIMARY KEY (outbox_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
