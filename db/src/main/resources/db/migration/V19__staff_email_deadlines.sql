-- Deadline reminders and escalations sent by staff email (each once per case and kind), and daily digests.
CREATE TABLE mail_deadline_notice (
    case_id BIGINT      NOT NULL,
    kind    VARCHAR(32) NOT NULL,
    sent_at DATETIME(6) NOT NULL,
    PRIMARY KEY (case_id, kind)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE mail_digest (
    recipient VARCHAR(191) NOT NULL,
    digest_day DATE        NOT NULL,
    PRIMARY KEY (recipient, digest_day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
