package org.tawasul.cases;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongFunction;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;
import org.tawasul.conversations.message.Language;
import org.tawasul.db.Columns;
import org.tawasul.db.privacy.EncryptedString;
import org.tawasul.codec.Json;
import org.tawasul.db.privacy.SealedAddress;

/**
 * A member's enquiry, service request or complaint (row of {@code case_file}): the aggregate that owns its
 * status and audit trail. A status change from the wrong status throws {@link IllegalStateException} naming
 * it; each change records a {@link CaseEvent} and publishes a {@link CaseStatusChanged} when saved.
 */
@Entity(name = "CaseFile")
@Table(name = "case_file")
public class Case {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Convert(converter = CaseReferenceConverter.class)
    @Column(name = "reference", nullable = false, length = 32, updatable = false)
    private CaseReference reference;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 16, updatable = false)
    private CaseType type;

    @Column(name = "service_id", length = 64, updatable = false)
    private String serviceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 24)
    private CaseStatus status;

    @Column(name = "member_id", updatable = false)
    private Long memberId;

    @Column(name = "channel", nullable = false, length = 16, updatable = false)
    private String channel;

    @Convert(converter = SealedAddress.class)
    @Column(name = "address", nullable = false, length = 128, updatable = false)
    private String address;

    @Convert(converter = LanguageConverter.class)
    @Column(name = "language", nullable = false, length = 2)
    private Language language;

    /** Encrypted at rest (P13): complaint texts and a service's own fields are personal. */
    @Convert(converter = EncryptedString.class)
    @Column(name = "answers", nullable = false, length = Columns.MEDIUMTEXT, updatable = false)
    private String answers;

    @Column(name = "attestation_text", length = Columns.MEDIUMTEXT, updatable = false)
    private String attestationText;

    @Column(name = "attestation_hash", length = 64, updatable = false)
    private String attestationHash;

    @Column(name = "attested_at", updatable = false)
    private Instant attestedAt;

    @Column(name = "attested_channel", length = 16, updatable = false)
    private String attestedChannel;

    @Enumerated(EnumType.STRING)
    @Column(name = "assignee_kind", nullable = false, length = 16)
    private AssigneeKind assigneeKind;

    @Column(name = "assignee_id", nullable = false, length = 64)
    private String assigneeId;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<CaseEvent> events = new ArrayList<>();

    /** Domain events waiting for the next save, built from the id the case has by then. */
    @Transient
    private final List<LongFunction<Object>> pending = new ArrayList<>();

    /** For JPA. */
    protected Case() {
    }

    /** A new SUBMITTED case with its OPENED line; {@link CaseOpened} is published when it is saved. */
    static Case open(OpenCase command, CaseReference reference, AssigneeKind assigneeKind, String assigneeId,
            LocalDate dueOn) {
        Case opened = new Case();
        opened.reference = Objects.requireNonNull(reference, "reference");
        opened.type = command.type();
        opened.serviceId = command.serviceId();
        opened.status = CaseStatus.SUBMITTED;
        opened.memberId = command.memberId();
        opened.channel = command.channel();
        opened.address = command.address();
        opened.language = command.language();
        opened.answers = Json.answers(command.answers());
        Attestation attestation = command.attestation();
        if (attestation != null) {
            opened.attestationText = attestation.text();
            opened.attestationHash = attestation.summaryHash();
            opened.attestedAt = Columns.toSecond(attestation.at(), "attestation.at");
            opened.attestedChannel = attestation.channel();
        }
        opened.assigneeKind = Objects.requireNonNull(assigneeKind, "assigneeKind");
        opened.assigneeId = Objects.requireNonNull(assigneeId, "assigneeId");
        opened.dueOn = Objects.requireNonNull(dueOn, "dueOn");
        opened.createdAt = Columns.toSecond(command.now(), "now");
        opened.updatedAt = opened.createdAt;
        String actor = command.memberId() == null ? "guest" : "member:" + command.memberId();
        opened.events.add(new CaseEvent(opened, command.now(), CaseEvent.OPENED, null, actor));
        opened.pending.add(id -> new CaseOpened(id, reference, opened.type));
        return opened;
    }

    /** SUBMITTED to UNDER_REVIEW: the officer or committee has taken the case up. */
    public void startReview(String actor, Instant at) {
        changeStatus(CaseStatus.UNDER_REVIEW, actor, at, null, null);
    }

    /** SUBMITTED, UNDER_REVIEW or AWAITING_MEMBER to ANSWERED. */
    public void answer(String actor, Instant at) {
        changeStatus(CaseStatus.ANSWERED, actor, at, null, null);
    }

    /** UNDER_REVIEW to APPROVED; only service requests are approved. */
    public void approve(String actor, Instant at) {
        changeStatus(CaseStatus.APPROVED, actor, at, null, null);
    }

    /** UNDER_REVIEW or AWAITING_MEMBER to REJECTED; only service requests are rejected. */
    public void reject(String actor, Instant at) {
        changeStatus(CaseStatus.REJECTED, actor, at, null, null);
    }

    /** ANSWERED, APPROVED or REJECTED to CLOSED. */
    public void close(String actor, Instant at) {
        changeStatus(CaseStatus.CLOSED, actor, at, null, null);
    }

    /**
     * Moves the case to {@code target}, recording who, when, staff's note and what the member is told (the
     * answer, the reason, what is missing); publishes {@link CaseStatusChanged} when saved. A change the
     * lifecycle does not allow throws {@link IllegalStateException} naming the status and the allowed ones.
     */
    public void changeStatus(CaseStatus target, String actor, Instant at, String note, String message) {
        if (target == CaseStatus.APPROVED || target == CaseStatus.REJECTED) {
            requireServiceRequest(target == CaseStatus.APPROVED ? "approved" : "rejected");
        }
        if (!status.canMoveTo(target)) {
            throw new IllegalStateException("Case " + reference + " is " + status + ": it cannot become " + target
                    + " (only from " + from(target) + "); from " + status + " it can become " + allowedFrom(status));
        }
        CaseStatus before = status;
        status = target;
        updatedAt = Columns.toSecond(at, "at");
        events.add(new CaseEvent(this, at, CaseEvent.STATUS_CHANGED, before + " -> " + target,
                Objects.requireNonNull(actor, "actor"), note, message));
        pending.add(id -> new CaseStatusChanged(id, reference, before, target));
    }

    /**
     * Why the case cannot move to {@code target} now (the same checks as {@link #changeStatus}), or empty
     * when it can: for callers that must answer a refused change without failing their transaction.
     */
    public java.util.Optional<String> refusalOf(CaseStatus target) {
        if ((target == CaseStatus.APPROVED || target == CaseStatus.REJECTED) && type != CaseType.SERVICE_REQUEST) {
            return java.util.Optional.of("Case " + reference + " is of type " + type + ": it cannot be "
                    + (target == CaseStatus.APPROVED ? "approved" : "rejected") + " (only service requests are)");
        }
        if (!status.canMoveTo(target)) {
            return java.util.Optional.of("Case " + reference + " is " + status + ": it cannot become " + target
                    + "; from " + status + " it can become " + allowedFrom(status));
        }
        return java.util.Optional.empty();
    }

    /** Staff wrote to the member about the case (a relayed email): kept, encrypted, on the trail. */
    public void staffWrote(String actor, Instant at, String text) {
        updatedAt = Columns.toSecond(at, "at");
        events.add(new CaseEvent(this, at, CaseEvent.STAFF_MESSAGE, null, Objects.requireNonNull(actor, "actor"), null, text));
    }

    /** The member wrote to staff about the case outside an awaited answer (relayed to the officer). */
    public void memberWrote(String actor, Instant at, String text) {
        updatedAt = Columns.toSecond(at, "at");
        events.add(new CaseEvent(this, at, CaseEvent.MEMBER_MESSAGE, null, Objects.requireNonNull(actor, "actor"), null, text));
    }

    /** Staff's internal note on the case, never shown to the member. */
    public void staffNote(String actor, Instant at, String note) {
        updatedAt = Columns.toSecond(at, "at");
        events.add(new CaseEvent(this, at, CaseEvent.NOTE, null, Objects.requireNonNull(actor, "actor"), note, null));
    }

    /** The case goes to another officer or committee; publishes {@link CaseAssigned} when saved. */
    public void assign(AssigneeKind kind, String id, String actor, Instant at) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        String before = assigneeKind + ":" + assigneeId;
        assigneeKind = kind;
        assigneeId = id;
        updatedAt = Columns.toSecond(at, "at");
        events.add(new CaseEvent(this, at, CaseEvent.ASSIGNED, before + " -> " + kind + ":" + id,
                Objects.requireNonNull(actor, "actor")));
        pending.add(caseId -> new CaseAssigned(caseId, reference, kind, id));
    }

    /** The member sent what the case awaited: kept on the case, which goes back to UNDER_REVIEW. */
    public void memberReplied(String actor, Instant at, String text) {
        if (status != CaseStatus.AWAITING_MEMBER) {
            throw new IllegalStateException("Case " + reference + " is " + status + ": it awaits nothing from the member");
        }
        events.add(new CaseEvent(this, at, CaseEvent.MEMBER_REPLIED, null, actor, null, text));
        changeStatus(CaseStatus.UNDER_REVIEW, actor, at, null, null);
    }

    /** What the member was last told with a change to the current status (answer, reason, missing), if anything. */
    public java.util.Optional<String> messageForStatus() {
        for (int i = events.size() - 1; i >= 0; i--) {
            CaseEvent event = events.get(i);
            if (CaseEvent.STATUS_CHANGED.equals(event.getKind())) {
                return java.util.Optional.ofNullable(event.getMessage());
            }
        }
        return java.util.Optional.empty();
    }

    private static java.util.Set<CaseStatus> allowedFrom(CaseStatus status) {
        return status.next();
    }

    private void requireServiceRequest(String verb) {
        if (type != CaseType.SERVICE_REQUEST) {
            throw new IllegalStateException("Case " + reference + " is " + status + " and of type " + type
                    + ": it cannot be " + verb + " (only service requests are)");
        }
    }

    private static List<CaseStatus> from(CaseStatus target) {
        List<CaseStatus> sources = new ArrayList<>();
        for (CaseStatus candidate : CaseStatus.values()) {
            if (candidate.canMoveTo(target)) {
                sources.add(candidate);
            }
        }
        return sources;
    }

    @DomainEvents
    List<Object> domainEvents() {
        return pending.stream().map(event -> event.apply(id)).toList();
    }

    @AfterDomainEventPublication
    void clearDomainEvents() {
        pending.clear();
    }

    public Long getId() {
        return id;
    }

    public CaseReference getReference() {
        return reference;
    }

    public CaseType getType() {
        return type;
    }

    public String getServiceId() {
        return serviceId;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public Long getMemberId() {
        return memberId;
    }

    public String getChannel() {
        return channel;
    }

    public String getAddress() {
        return address;
    }

    public Language getLanguage() {
        return language;
    }

    /** The dialog's answers by step id, in order. */
    public Map<String, String> getAnswers() {
        return Json.answers(answers);
    }

    public String getAttestationText() {
        return attestationText;
    }

    /** SHA-256 hex of the summary the member confirmed, or null. */
    public String getAttestationHash() {
        return attestationHash;
    }

    public Instant getAttestedAt() {
        return attestedAt;
    }

    public String getAttestedChannel() {
        return attestedChannel;
    }

    public AssigneeKind getAssigneeKind() {
        return assigneeKind;
    }

    public String getAssigneeId() {
        return assigneeId;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** The audit trail, oldest first (loaded lazily: read it inside a transaction). */
    public List<CaseEvent> getEvents() {
        return Collections.unmodifiableList(events);
    }

    @Override
    public String toString() {
        return "Case[id=" + id + ", reference=" + reference + ", status=" + status + ", version=" + version + "]";
    }
}
