-- A chat that chose to go on as a beneficiary (skipped the national ID, or shared a number that is not
-- registered): its next dialogs open to everyone do not ask who it is again, for as long as an
-- unverified link would last. Chat addresses only; forgotten when the chat is linked to a member.
CREATE TABLE beneficiary_choice (
    channel   VARCHAR(16)  NOT NULL,
    address   VARCHAR(128) NOT NULL,
    chosen_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (channel, address)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
