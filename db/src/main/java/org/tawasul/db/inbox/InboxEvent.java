package org.tawasul.db.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.tawasul.db.Columns;
import org.tawasul.db.privacy.EncryptedText;
import org.tawasul.db.privacy.SealedAddress;

/**
 * One inbound provider event (row of {@code inbox}), unique per channel and provider id so that a
 * redelivered event is recorded only once; processed when {@code processedAt} is set.
 */
@Entity
@Table(name = "inbox")
public class InboxEvent {

    /** The length of the {@code last_error} column. */
    public static final int MAX_ERROR_LENGTH = Columns.ERROR_LENGTH;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "channel", nullable = false, length = 16, updatable = false)
    private String channel;

    @Column(name = "provider_id", nullable = false, length = 191, updatable = false)
    private String providerId;

    @Convert(converter = SealedAddress.class)
    @Column(name = "address", nullable = false, length = 128, updatable = false)
    private String address;

    @Convert(converter = EncryptedText.class)
    @Column(name = "payload", nullable = false, updatable = false, length = Columns.MEDIUMTEXT)
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
        event.receivedAt = Columns.toSecond(receivedAt, "receivedAt");
        return event;
    }

    /** Marks the event processed at the given time. */
    public void markProcessed(Instant at) {
        this.processedAt = Columns.toSecond(at, "at");
    }

    /** Counts one failed processing attempt and keeps its error (cut to 500 chars). */
    public void recordFailure(String error) {
        this.attempts++;
        this.lastError = Columns.error(error);
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

    @Override
    public String toString() {
        return "InboxEvent[id=" + id + ", channel=" + channel + ", providerId=" + providerId + ", processedAt="
                + processedAt + ", attempts=" + attempts + "]";
    }
}
