package org.tawasul.db.conversation;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.tawasul.db.Columns;
import org.tawasul.db.privacy.EncryptedText;
import org.tawasul.db.privacy.SealedAddress;

/**
 * One conversation's state between turns (row of {@code conversation}), unique per channel and
 * address and guarded by optimistic locking; {@code answers} is a compact JSON object.
 */
@Entity
@Table(name = "conversation")
public class ConversationRecord {

    /** The answers of a conversation that has none. */
    public static final String NO_ANSWERS = "{}";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "channel", nullable = false, length = 16, updatable = false)
    private String channel;

    @Convert(converter = SealedAddress.class)
    @Column(name = "address", nullable = false, length = 128, updatable = false)
    private String address;

    @Column(name = "flow_id", length = 64)
    private String flowId;

    @Column(name = "flow_version")
    private Integer flowVersion;

    @Column(name = "step_id", length = 64)
    private String stepId;

    @Column(name = "resume_step_id", length = 64)
    private String resumeStepId;

    @Column(name = "status", nullable = false, length = 16)
    private String status;

    @Convert(converter = EncryptedText.class)
    @Column(name = "answers", nullable = false, length = Columns.MEDIUMTEXT)
    private String answers;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "language", nullable = false, length = 2)
    private String language;

    @Column(name = "last_activity", nullable = false)
    private Instant lastActivity;

    @Column(name = "run", nullable = false)
    private int run;

    @Column(name = "window_start")
    private Instant windowStart;

    @Column(name = "window_turns", nullable = false)
    private int windowTurns;

    @Column(name = "slowed_down", nullable = false)
    private boolean slowedDown;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For JPA. */
    protected ConversationRecord() {
    }

    /**
     * A new, not yet saved conversation: no flow, no step, no answers ({@code "{}"}), no attempts.
     *
     * @param status   e.g. {@code "IDLE"}
     * @param language an ISO 639-1 code, e.g. {@code "ar"}
     */
    public static ConversationRecord start(String channel, String address, String status, String language,
            Instant now) {
        ConversationRecord record = new ConversationRecord();
        record.channel = Objects.requireNonNull(channel, "channel");
        record.address = Objects.requireNonNull(address, "address");
        record.status = Objects.requireNonNull(status, "status");
        record.language = Objects.requireNonNull(language, "language");
        record.lastActivity = Columns.toSecond(now, "now");
        record.answers = NO_ANSWERS;
        record.attempts = 0;
        return record;
    }

    public Long getId() {
        return id;
    }

    public String getChannel() {
        return channel;
    }

    public String getAddress() {
        return address;
    }

    public String getFlowId() {
        return flowId;
    }

    public void setFlowId(String flowId) {
        this.flowId = flowId;
    }

    public Integer getFlowVersion() {
        return flowVersion;
    }

    public void setFlowVersion(Integer flowVersion) {
        this.flowVersion = flowVersion;
    }

    public String getStepId() {
        return stepId;
    }

    public void setStepId(String stepId) {
        this.stepId = stepId;
    }

    public String getResumeStepId() {
        return resumeStepId;
    }

    public void setResumeStepId(String resumeStepId) {
        this.resumeStepId = resumeStepId;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = Objects.requireNonNull(status, "status");
    }

    /** The answers as a compact JSON object, never null ({@code "{}"} when there are none). */
    public String getAnswers() {
        return answers;
    }

    /** Sets the answers JSON object; null means none and is stored as {@code "{}"}. */
    public void setAnswers(String answers) {
        this.answers = answers == null ? NO_ANSWERS : answers;
    }

    public int getAttempts() {
        return attempts;
    }

    public void setAttempts(int attempts) {
        this.attempts = attempts;
    }

    /** Dialogs started in the conversation so far. */
    public int getRun() {
        return run;
    }

    public void setRun(int run) {
        this.run = run;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = Objects.requireNonNull(language, "language");
    }

    public Instant getLastActivity() {
        return lastActivity;
    }

    public void setLastActivity(Instant lastActivity) {
        this.lastActivity = Columns.toSecond(lastActivity, "lastActivity");
    }

    /**
     * Counts a turn the member sent at {@code at} in the conversation's one-minute window (a new window starts
     * with the first turn after the last one ended).
     *
     * @return the turns counted in the window so far, this one included
     */
    public int countTurn(Instant at, java.time.Duration window) {
        Instant when = Columns.toSecond(at, "at");
        if (windowStart == null || !when.isBefore(windowStart.plus(window)) || when.isBefore(windowStart)) {
            windowStart = when;
            windowTurns = 0;
            slowedDown = false;
        }
        return ++windowTurns;
    }

    /**
     * Whether the member is to be asked to slow down now: true once per window (the first turn over the limit),
     * false for the turns after it in the same window.
     */
    public boolean slowDownOnce() {
        boolean first = !slowedDown;
        slowedDown = true;
        return first;
    }

    /** The optimistic-locking version, 0 after the first insert. */
    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "ConversationRecord[id=" + id + ", channel=" + channel + ", status=" + status + ", flowId=" + flowId
                + ", stepId=" + stepId + ", version=" + version + "]";
    }
}
