-- Staff email (issue 11).

-- Where the IMAP reader got to in each mailbox folder: its UIDVALIDITY and the highest UID stored in the inbox.
CREATE TABLE mail_cursor (
    mailbox      VARCHAR(191) NOT NULL,
    uid_validity BIGINT       NOT NULL,
    last_uid     BIGINT       NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (mailbox)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- When a sender was last told why their mail was not relayed (at most one explanation per sender per hour).
CREATE TABLE mail_explanation (
    sender       VARCHAR(191) NOT NULL,
    last_sent_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (sender)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The case a chat is talking to staff about: the member's next free text goes to the officer who wrote last.
CREATE TABLE mail_thread (
    channel       VARCHAR(16)  NOT NULL,
    address       VARCHAR(128) NOT NULL,
    case_id       BIGINT       NOT NULL,
    officer_email VARCHAR(191) NOT NULL,
    open_until    DATETIME(6)  NOT NULL,
    PRIMARY KEY (channel, address)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
