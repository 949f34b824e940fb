-- Channels beyond Telegram (same conventions as V1).
-- Outbox: an envelope for channels that need one (email: subject, a thread key that keeps a case's
-- mails in one thread, the reply-to address); what the provider later reported about delivery
-- (delivery reports: DELIVERED, or UNDELIVERED with the provider's error code), and a lookup by the
-- provider's message id, which delivery reports carry.
ALTER TABLE outbox ADD COLUMN subject VARCHAR(255) NULL;
ALTER TABLE outbox ADD COLUMN thread_key VARCHAR(128) NULL;
ALTER TABLE outbox ADD COLUMN reply_to VARCHAR(255) NULL;
ALTER TABLE outbox ADD COLUMN delivery_code VARCHAR(32) NULL;
ALTER TABLE outbox ADD COLUMN reported_at DATETIME(6) NULL;
CREATE INDEX ix_outbox_channel_provider_id ON outbox (channel, provider_id);

-- Channel addresses: why an address gets nothing. BLOCKED (the member blocked the bot) ends when the
-- member writes again; OPTED_OUT (SMS STOP) only when the member opts in again (START), writing does
-- not end it; INVALID (no such number) ends when a message comes from the address. ACTIVE: reachable.
ALTER TABLE channel_address ADD COLUMN state VARCHAR(16) NOT NULL DEFAULT 'ACTIVE';
UPDATE channel_address SET state = CASE WHEN active THEN 'ACTIVE' ELSE 'BLOCKED' END;
ALTER TABLE channel_address DROP COLUMN active;
