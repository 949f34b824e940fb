package org.tawasul.db.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
 * One message to a member (row of {@code outbox}): written in the same transaction as the turn
 * that produced it, then claimed and sent by a sender; {@code choices} is a JSON array of
 * {@code {"key","label"}} objects or null.
 */
@Entity
@Table(name = "outbox")
public class OutboxMessage {

    /** The length of the {@code last_error} column. */
    public static final int MAX_ERROR_LENGTH = Columns.ERROR_LENGTH;

    private static final int PROVIDER_ID_LENGTH = 191;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "channel", nullable = false, length = 16, updatable = false)
    private String channel;

    @Convert(converter = SealedAddress.class)
    @Column(name = "recipient", nullable = false, length = 128, updatable = false)
    private String recipient;

    @Convert(converter = EncryptedText.class)
    @Column(name = "body", nullable = false, updatable = false, length = Columns.MEDIUMTEXT)
    private String body;

    @Column(name = "choices", updatable = false, length = Columns.MEDIUMTEXT)
    private String choices;

    @Column(name = "input_hint", length = 16, updatable = false)
    private String inputHint;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private OutboxStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "provider_id", length = PROVIDER_ID_LENGTH)
    private String providerId;

    @Column(name = "parts_sent", nullable = false)
    private int partsSent;

    @Column(name = "last_error", length = MAX_ERROR_LENGTH)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "inbox_id", updatable = false)
    private Long inboxId;

    @Column(name = "subject", length = 255, updatable = false)
    private String subject;

    @Column(name = "thread_key", length = 128, updatable = false)
    private String threadKey;

    @Column(name = "reply_to", length = 255, updatable = false)
    private String replyTo;

    @Column(name = "delivery_code", length = 32)
    private String deliveryCode;

    @Column(name = "reported_at")
    private Instant reportedAt;

    /** For JPA. */
    protected OutboxMessage() {
    }

    /**
     * A new, not yet saved, PENDING message due at {@code now}.
     *
     * @param choices   JSON array of {@code {"key","label"}}, or null
     * @param inputHint e.g. {@code "TEXT"}, or null
     * @param inboxId   the inbound event that caused it, or null
     */
    public static OutboxMessage pending(String channel, String recipient, String body, String choices,
            String inputHint, Long inboxId, Instant now) {
        OutboxMessage message = new OutboxMessage();
        message.channel = Objects.requireNonNull(channel, "channel");
        message.recipient = Objects.requireNonNull(recipient, "recipient");
        message.body = Objects.requireNonNull(body, "body");
        message.choices = choices;
        message.inputHint = inputHint;
        message.inboxId = inboxId;
        message.status = OutboxStatus.PENDING;
        message.attempts = 0;
        message.createdAt = Columns.toSecond(now, "now");
        message.nextAttemptAt = message.createdAt;
        return message;
    }

    /**
     * Sets the envelope of channels that need one (email): subject, thread key, reply-to address;
     * before the message is first saved.
     */
    public OutboxMessage withEnvelope(String subject, String threadKey, String replyTo) {
        if (id != null) {
            throw new IllegalStateException("The envelope of outbox message " + id + " is set already");
        }
        this.subject = subject;
        this.threadKey = threadKey;
        this.replyTo = replyTo;
        return this;
    }

    /** Makes a new message due only from {@code notBefore} (e.g. after quiet hours); before it is first saved. */
    public OutboxMessage notBefore(Instant notBefore) {
        if (id != null) {
            throw new IllegalStateException("Outbox message " + id + " is saved already");
        }
        if (notBefore != null && notBefore.isAfter(nextAttemptAt)) {
            this.nextAttemptAt = Columns.toSecond(notBefore, "notBefore");
        }
        return this;
    }

    /**
     * The provider reported the message delivered. Only a SENT message changes (a report may come
     * late, twice or out of order: a final status stays).
     *
     * @return whether the status changed
     */
    public boolean reportDelivered(Instant at) {
        if (status != OutboxStatus.SENT) {
            return false;
        }
        this.status = OutboxStatus.DELIVERED;
        this.reportedAt = Columns.toSecond(at, "at");
        return true;
    }

    /**
     * The provider reported that the message could not be delivered, with its error code. Only a SENT
     * message changes.
     *
     * @return whether the status changed
     */
    public boolean reportUndelivered(String code, String error, Instant at) {
        if (status != OutboxStatus.SENT) {
            return false;
        }
        this.status = OutboxStatus.UNDELIVERED;
        this.deliveryCode = code == null || code.length() <= 32 ? code : code.substring(0, 32);
        this.lastError = Columns.error(error);
        this.reportedAt = Columns.toSecond(at, "at");
        return true;
    }

    /**
     * Counts the attempt that succeeded: SENT, with the provider's message id (may be null); after
     * parts sent in earlier attempts, their ids come first.
     */
    public void markSent(String providerId, Instant sentAt) {
        this.attempts++;
        this.status = OutboxStatus.SENT;
        this.providerId = partsSent > 0 && this.providerId != null ? ids(this.providerId, providerId) : providerId;
        this.sentAt = Columns.toSecond(sentAt, "sentAt");
        this.lastError = null;
    }

    /**
     * Counts an attempt whose outcome is unknown (the request went out, the answer was lost): SENT,
     * without a provider id, the doubt kept as the error; a delivery report may settle it later.
     */
    public void markSentUncertain(String error, Instant at) {
        this.attempts++;
        this.status = OutboxStatus.SENT;
        this.sentAt = Columns.toSecond(at, "at");
        this.lastError = Columns.error("uncertain: " + error);
    }

    /**
     * Notes that the provider accepted the first {@code parts} parts of a long text in all (with
     * these ids, this attempt's): a later attempt starts with the part after them. Counts no attempt.
     */
    public void recordPartsSent(int parts, String providerIds) {
        if (parts <= partsSent) {
            return;
        }
        this.partsSent = parts;
        this.providerId = this.providerId == null ? ids(null, providerIds) : ids(this.providerId, providerIds);
    }

    /** Parts of a long text the provider accepted in earlier attempts. */
    public int getPartsSent() {
        return partsSent;
    }

    /** Joins message ids, keeping the first ones when they do not fit the column. */
    private static String ids(String earlier, String more) {
        String joined = earlier == null ? more : more == null ? earlier : earlier + "," + more;
        return joined == null || joined.length() <= PROVIDER_ID_LENGTH ? joined : joined.substring(0, PROVIDER_ID_LENGTH);
    }

    /** Counts a failed attempt and stays PENDING, due again at {@code nextAttemptAt}. */
    public void retryLater(String error, Instant nextAttemptAt) {
        this.attempts++;
        this.lastError = Columns.error(error);
        this.nextAttemptAt = Columns.toSecond(nextAttemptAt, "nextAttemptAt");
    }

    /**
     * Moves the next attempt time without counting an attempt: a sender's lease while it sends
     * (another claim passes over the row; if the sender dies, the row is due again when the lease
     * ends), or handing the row back early.
     */
    public void holdUntil(Instant until) {
        if (status != OutboxStatus.PENDING) {
            throw new IllegalStateException("Outbox message " + id + " is " + status + ", not PENDING");
        }
        this.nextAttemptAt = Columns.toSecond(until, "until");
    }

    /** Counts a failed attempt and gives up: FAILED. */
    public void markFailed(String error) {
        this.attempts++;
        this.status = OutboxStatus.FAILED;
        this.lastError = Columns.error(error);
    }

    public Long getId() {
        return id;
    }

    public String getChannel() {
        return channel;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getBody() {
        return body;
    }

    /** The choices as a JSON array of {@code {"key","label"}}, or null. */
    public String getChoices() {
        return choices;
    }

    public String getInputHint() {
        return inputHint;
    }

    public OutboxStatus getStatus() {
        return status;
    }

    /** Send attempts made so far, successful or not. */
    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getProviderId() {
        return providerId;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Long getInboxId() {
        return inboxId;
    }

    public String getSubject() {
        return subject;
    }

    public String getThreadKey() {
        return threadKey;
    }

    public String getReplyTo() {
        return replyTo;
    }

    /** The provider's error code from an UNDELIVERED report, or null. */
    public String getDeliveryCode() {
        return deliveryCode;
    }

    /** When the provider's last delivery report changed the status, or null. */
    public Instant getReportedAt() {
        return reportedAt;
    }

    @Override
    public String toString() {
        return "OutboxMessage[id=" + id + ", channel=" + channel + ", status=" + status + ", attempts=" + attempts
                + ", nextAttemptAt=" + nextAttemptAt + "]";
    }
}
