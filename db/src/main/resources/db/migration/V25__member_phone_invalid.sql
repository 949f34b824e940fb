-- A member whose registered phone the SMS provider refused as not a valid mobile number (Twilio 21211,
-- 21614, ...): when, and the provider's code and reason (no number). Shown to staff (case show, the
-- member listing) so that the register is corrected; cleared when the register gives a new phone.
ALTER TABLE member ADD COLUMN phone_invalid_at DATETIME(6) NULL;
ALTER TABLE member ADD COLUMN phone_invalid_reason VARCHAR(200) NULL;
