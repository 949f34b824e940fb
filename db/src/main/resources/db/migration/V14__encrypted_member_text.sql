-- A member's name and e-mail are now stored encrypted (v2:<key id>:Base64, see PiiCipher), which is longer
-- than the text: 200 characters of Arabic (up to 800 bytes) make at most about 1,120 characters.
-- Rows written before stay plain until rewritten or until rotate-keys encrypts them (EncryptedText reads both).
ALTER TABLE member MODIFY COLUMN full_name VARCHAR(1200) NOT NULL;
ALTER TABLE member MODIFY COLUMN email VARCHAR(512) NULL;
