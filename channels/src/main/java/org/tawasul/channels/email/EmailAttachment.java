package org.tawasul.channels.email;

import java.util.Arrays;
import java.util.Objects;

/**
 * A file sent with a mail: its name as the recipient sees it (Arabic names are fine), its MIME
 * type and its bytes.
 */
public record EmailAttachment(String name, String contentType, byte[] content) {

    public EmailAttachment {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An attachment needs a file name");
        }
        if (contentType == null || !contentType.contains("/")) {
            throw new IllegalArgumentException("'" + contentType + "' is not a MIME type");
        }
        content = Objects.requireNonNull(content, "content").clone();
    }

    /** A copy of the bytes. */
    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EmailAttachment that && name.equals(that.name) && contentType.equals(that.contentType)
                && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, contentType, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "EmailAttachment[" + name + ", " + contentType + ", " + content.length + " bytes]";
    }
}
