package org.tawasul.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.tawasul.db.Columns;
import org.tawasul.db.privacy.EncryptedString;

/** One line of a case's audit trail (row of {@code case_event}): what happened, when and by whom. */
@Entity
@Table(name = "case_event")
public class CaseEvent {

    /** The kind of the first line of every case. */
    public static final String OPENED = "OPENED";

    /** The kind of a line recording a status change; the detail is "FROM -> TO". */
    public static final String STATUS_CHANGED = "STATUS_CHANGED";

    /** The kind of a line recording what the member sent while the case awaited them. */
    public static final String MEMBER_REPLIED = "MEMBER_REPLIED";

    /** The kind of a line recording what staff wrote to the member (a relayed email); the text is the message. */
    public static final String STAFF_MESSAGE = "STAFF_MESSAGE";

    /** The kind of a line recording what the member wrote to staff outside an awaited answer. */
    public static final String MEMBER_MESSAGE = "MEMBER_MESSAGE";

    /** The kind of a line recording staff's internal note (never shown to the member). */
    public static final String NOTE = "NOTE";

    /** The kind of a line recording a reassignment; the detail is "KIND:id -> KIND:id". */
    public static final String ASSIGNED = "ASSIGNED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private Case caseFile;

    @Column(name = "at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "kind", nullable = false, length = 32, updatable = false)
    private String kind;

    @Column(name = "detail", length = Columns.ERROR_LENGTH, updatable = false)
    private String detail;

    @Column(name = "actor", nullable = false, length = 64, updatable = false)
    private String actor;

    /** Staff's own note (never shown to the member); personal, so encrypted at rest. */
    @Convert(converter = EncryptedString.class)
    @Column(name = "note", length = Columns.MEDIUMTEXT, updatable = false)
    private String note;

    /** What the member is told with the change (the answer, the reason, what is missing), or sent; encrypted. */
    @Convert(converter = EncryptedString.class)
    @Column(name = "message", length = Columns.MEDIUMTEXT, updatable = false)
    private String message;

    /** For JPA. */
    protected CaseEvent() {
    }

    CaseEvent(Case caseFile, Instant at, String kind, String detail, String actor) {
        this(caseFile, at, kind, detail, actor, null, null);
    }

    CaseEvent(Case caseFile, Instant at, String kind, String detail, String actor, String note, String message) {
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.message = message == null || message.isBlank() ? null : message.strip();
        this.caseFile = caseFile;
        this.at = Columns.toSecond(at, "at");
        this.kind = kind;
        this.detail = Columns.error(detail);
        this.actor = actor.length() > 64 ? actor.substring(0, 64) : actor;
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    /** e.g. {@link #OPENED}. */
    public String getKind() {
        return kind;
    }

    public String getDetail() {
        return detail;
    }

    /** Staff's note, or null. */
    public String getNote() {
        return note;
    }

    /** What the member was told with the change (or sent, for a reply), or null. */
    public String getMessage() {
        return message;
    }

    /** Who did it, e.g. {@code member:42}, {@code guest} or a staff id. */
    public String getActor() {
        return actor;
    }

    @Override
    public String toString() {
        return "CaseEvent[id=" + id + ", kind=" + kind + ", detail=" + detail + "]";
    }
}
