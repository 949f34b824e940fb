-- A text too long for one provider message goes as several parts; parts_sent counts those the
-- provider accepted in earlier attempts (their ids are in provider_id), so a retry after a failure
-- part-way resumes with the next part instead of sending the first ones again.

ALTER TABLE outbox ADD COLUMN parts_sent INT NOT NULL DEFAULT 0;
