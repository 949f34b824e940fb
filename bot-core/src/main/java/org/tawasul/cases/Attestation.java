package org.tawasul.cases;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The member's confirmation that the data is correct and that they answer for it (P5).
 *
 * @param text    the statement the member confirmed, as shown to them
 * @param summary the summary of the answers the member confirmed; only its SHA-256 is stored
 * @param at      when the member confirmed
 * @param channel where the member confirmed, e.g. {@code telegram}
 */
public record Attestation(String text, String summary, Instant at, String channel) {

    public Attestation {
        requireText(text, "text");
        requireText(summary, "summary");
        Objects.requireNonNull(at, "at");
        requireText(channel, "channel");
        if (channel.length() > 16) {
            throw new IllegalArgumentException("channel is at most 16 characters (was '" + channel + "')");
        }
    }

    /** The SHA-256 of the summary's UTF-8 bytes, 64 lower-case hex digits. */
    public String summaryHash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(summary.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is missing");
        }
    }
}
