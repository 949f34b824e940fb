package org.tawasul.conversations.message;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One answer the member can pick: a short key (sent back as a button payload, never personal
 * data, at most 64 bytes) and the label shown in the member's language.
 */
public record Choice(String key, String label) {

    /** Telegram's limit for callback data, the tightest of our channels. */
    public static final int MAX_KEY_BYTES = 64;

    public Choice {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        if (key.isEmpty() || key.getBytes(StandardCharsets.UTF_8).length > MAX_KEY_BYTES) {
            throw new IllegalArgumentException("choice key must be 1-" + MAX_KEY_BYTES + " bytes: " + key);
        }
    }
}
