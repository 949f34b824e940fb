package org.tawasul.channels;

import java.io.IOException;
import java.util.Objects;

/**
 * Fetches a file a member sent, by the channel's own reference (e.g. a Telegram {@code file_id}, kept in the
 * answers as {@code photo:REF} or {@code document:REF}): the role a channel that receives files plays for the
 * features that pass those files on (the officer's mail). Implementations never keep more than
 * {@code maxBytes} in memory and never put secrets (a bot token in a download URL) in their exceptions.
 */
public interface MemberFiles {

    /** The channel whose references this fetches. */
    ChannelId channel();

    /**
     * The file's bytes.
     *
     * @param reference the channel's reference of the file
     * @param maxBytes  the largest file wanted; a larger one is not downloaded (or not kept)
     * @throws TooLarge    when the file is larger than {@code maxBytes}
     * @throws IOException when the file cannot be had (unknown, expired, the provider unreachable)
     */
    Fetched fetch(String reference, long maxBytes) throws IOException;

    /**
     * A fetched file.
     *
     * @param extension   the file's extension as the provider stores it ({@code jpg}, {@code pdf}), or "" when none
     * @param contentType its MIME type, {@code application/octet-stream} when unknown
     * @param content     its bytes
     */
    record Fetched(String extension, String contentType, byte[] content) {

        public Fetched {
            extension = extension == null ? "" : extension;
            contentType = contentType == null || !contentType.contains("/") ? "application/octet-stream" : contentType;
            Objects.requireNonNull(content, "content");
        }
    }

    /** The file is larger than the caller wants; its size, when the provider said it, else -1. */
    final class TooLarge extends IOException {

        private final long size;

        public TooLarge(long size) {
            super(size < 0 ? "the file is larger than allowed" : "the file has " + size + " bytes, more than allowed");
            this.size = size;
        }

        public long size() {
            return size;
        }
    }
}
