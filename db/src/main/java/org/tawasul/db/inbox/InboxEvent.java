package org.tawasul.db.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One inbound provider event (row of {@code inbox}), unique per channel and provider id so that a
 * redelivered event is recorded only once; processed when {@code processedAt} is set.
 */
@Entity
@Table(name = "inbox")
public class InboxEvent {

    /** The length of the {@code last_error} column. */
    public static final int MAX_ERROR_LENGTH = 500;

    /**
     * The declared length of the MEDIUMTEXT columns, chosen for schema validation: above MySQL's
     * VARCHAR limit (Hibernate expects a text type there) and within H2's (Hibernate expects
     * {@code character varying}, which is what H2 in MySQL mode makes of MEDIUMTEXT). A {@code @Lob}
     * or a length of 16,777,215 would make Hibernate expect a CLOB on H2.
     */
    private static final int MEDIUMTEXT = 1_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "channel", nullable = false, length = 16, updatable = false)
    private String channel;

    @Column(name = "provider_id", nullable = false, length = 191, updatable = false)
    private String providerId;

    @Column(name = "address", nullable = false, length = 128, updatable = false)
    private String address;

    @Column(name = "payload", nullable = false, updatable = false, length = MEDIUMTEXT)
    private String payload;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "processed_at")
    private Instant processedAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "last_error", length = MAX_ERROR_LENGTH)
    private String lastError;

    /** For JPA. */
    protected InboxEvent() {
    }

    /** A new, not yet saved, unprocessed event. */
    public static InboxEvent received(String channel, String providerId, String address, String payload,
            Instant receivedAt) {
        InboxEvent event = new InboxEvent();
        event.channel = Objects.requireNonNull(channel, "channel");
        event.providerId = Objects.requireNonNull(providerId, "providerId");
        event.address = Objects.requireNonNull(address, "address");
        event.payload = Objects.requireNonNull(payload, "payload");
        event.receivedAt = toSecond(receivedAt, "receivedAt");
        return event;
    }

    /** Marks the event processed at the given time. */
    public void markProcessed(Instant at) {
        this.processedAt = toSecond(at, "at");
    }

    /** Counts one failed processing attempt and keeps its error (cut to 500 chars). */
    public void recordFailure(String error) {
        this.attempts++;
        this.lastError = truncate(error, MAX_ERROR_LENGTH);
    }

    /** Whether {@link #markProcessed} has been called. */
    public boolean isProcessed() {
        return processedAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getChannel() {
        return channel;
    }

    public String getProviderId() {
        return providerId;
    }

    public String getAddress() {
        return address;
    }

    public String getPayload() {
        return payload;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getProcessedAt() {
        return processedAt;
    }

    /** Failed processing attempts so far. */
    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    /** Cuts an error text to the column's length without splitting a surrogate pair. */
    private static String truncate(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    /**
     * Times are kept to the whole second: MySQL Connector/J drops fractional seconds against
     * MariaDB 10.x (it reads the server as "5.5.5"), so this keeps H2, MySQL and MariaDB alike.
     */
    private static Instant toSecond(Instant time, String name) {
        return Objects.requireNonNull(time, name).truncatedTo(ChronoUnit.SECONDS);
    }

    @Override
    public String toString() {
        return "InboxEvent[id=" + id + ", channel=" + channel + ", providerId=" + providerId + ", processedAt="
                + processedAt + ", attempts=" + attempts + "]";
    }
}
