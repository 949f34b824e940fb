package org.tawasul.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.tawasul.db.Columns;

/** A notification about a case, on one channel (row of {@code case_notification}); ids only, no text. */
@Entity
@Table(name = "case_notification")
class CaseNotification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "kind", nullable = false, length = 32, updatable = false)
    private String kind;

    @Column(name = "channel", nullable = false, length = 16, updatable = false)
    private String channel;

    @Column(name = "outbox_id", updatable = false)
    private Long outboxId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CaseNotification() {
    }

    static CaseNotification of(long caseId, String kind, String channel, Long outboxId, Instant at) {
        CaseNotification notification = new CaseNotification();
        notification.caseId = caseId;
        notification.kind = kind;
        notification.channel = channel;
        notification.outboxId = outboxId;
        notification.createdAt = Columns.toSecond(at, "at");
        return notification;
    }

    long getCaseId() {
        return caseId;
    }

    String getKind() {
        return kind;
    }

    String getChannel() {
        return channel;
    }
}
