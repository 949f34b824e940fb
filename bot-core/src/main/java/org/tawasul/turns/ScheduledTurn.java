package org.tawasul.turns;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.tawasul.db.Columns;
import org.tawasul.db.privacy.EncryptedText;
import org.tawasul.db.privacy.SealedAddress;

/** A dialog the application starts for a member once due (row of {@code scheduled_turn}); run once, by key. */
@Entity
@Table(name = "scheduled_turn")
class ScheduledTurn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "turn_key", nullable = false, length = 128, updatable = false)
    private String key;

    @Column(name = "channel", nullable = false, length = 16, updatable = false)
    private String channel;

    @Convert(converter = SealedAddress.class)
    @Column(name = "address", nullable = false, length = 128, updatable = false)
    private String address;

    @Convert(converter = EncryptedText.class)
    @Column(name = "payload", nullable = false, length = Columns.MEDIUMTEXT, updatable = false)
    private String payload;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "done_at")
    private Instant doneAt;

    protected ScheduledTurn() {
    }

    static ScheduledTurn of(String key, String channel, String address, String payload, Instant dueAt) {
        ScheduledTurn turn = new ScheduledTurn();
        turn.key = key;
        turn.channel = channel;
        turn.address = address;
        turn.payload = payload;
        turn.dueAt = Columns.toSecond(dueAt, "dueAt");
        return turn;
    }

    void postpone(Instant until) {
        dueAt = Columns.toSecond(until, "until");
    }

    void done(Instant at) {
        doneAt = Columns.toSecond(at, "at");
    }

    Long getId() {
        return id;
    }

    String getKey() {
        return key;
    }

    String getChannel() {
        return channel;
    }

    String getAddress() {
        return address;
    }

    String getPayload() {
        return payload;
    }

    Instant getDueAt() {
        return dueAt;
    }
}
