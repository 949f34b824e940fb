package org.tawasul.conversations.message;

import java.util.Objects;

/** A photo or document the member sent, kept as the channel's own file reference. */
public record Attachment(Kind kind, String reference, String fileName, long sizeBytes) {

    /** What kind of file the member sent. */
    public enum Kind { PHOTO, DOCUMENT }

    public Attachment {
        Objects.requireNonNull(kind, "kind");
        if (reference == null || reference.isBlank()) {
            throw new IllegalArgumentException("attachment reference is required");
        }
    }

    /** The compact form stored as an answer: {@code photo:REF}. */
    public String asAnswer() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + reference;
    }
}
