/**
 * Members' privacy (policy P13): personal data encrypted at rest (AES-256-GCM), phone-number chat addresses
 * sealed deterministically so that they are still found by equality ({@link org.tawasul.db.privacy.SealedAddress}),
 * keyed hashes to find members without decrypting, the keys from configuration, their check values, and
 * their rotation ({@link org.tawasul.db.privacy.KeyRotation}, the {@code rotate-keys} command).
 */
package org.tawasul.db.privacy;
