package org.tawasul.members.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.tawasul.db.Columns;

/**
 * A one-time code sent to a phone (row of {@code one_time_code}): keyed hashes of the number, of
 * the chat it was asked from and of the code; when it expires, the attempts made and when it was used.
 */
@Entity
@Table(name = "one_time_code")
class OneTimeCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "phone_hash", nullable = false, length = 64, updatable = false)
    private String phoneHash;

    @Column(name = "address_hash", nullable = false, length = 64, updatable = false)
    private String addressHash;

    @Column(name = "code_hash", nullable = false, length = 64, updatable = false)
    private String codeHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "used_at")
    private Instant usedAt;

    /** For JPA. */
    protected OneTimeCode() {
    }

    static OneTimeCode of(String phoneHash, String addressHash, String codeHash, Instant now, Instant expiresAt) {
        OneTimeCode code = new OneTimeCode();
        code.phoneHash = phoneHash;
        code.addressHash = addressHash;
        code.codeHash = codeHash;
        code.createdAt = Columns.toSecond(now, "now");
        code.expiresAt = Columns.toSecond(expiresAt, "expiresAt");
        return code;
    }

    String codeHash() {
        return codeHash;
    }

    String addressHash() {
        return addressHash;
    }

    int attempts() {
        return attempts;
    }

    boolean usable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void attempted() {
        attempts++;
    }

    void used(Instant now) {
        usedAt = Columns.toSecond(now, "now");
    }
}
