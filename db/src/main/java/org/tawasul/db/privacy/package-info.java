/**
 * Members' privacy (policy P13): personal data encrypted at rest (AES-256-GCM), keyed hashes to find
 * it without decrypting, and the keys from configuration.
 */
package org.tawasul.db.privacy;
