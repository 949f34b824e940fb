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
 * One failed identification try (row of {@code identification_failure}): when, on which channel, from
 * which chat address (masked for staff to read, keyed-hashed for counting) and for which mobile number
 * (keyed hash only). No national ID and no number in clear.
 */
@Entity
@Table(name = "identification_failure")
public class IdentificationFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "failed_at", nullable = false, updatable = false)
    private Instant failedAt;

    @Column(name = "channel", nullable = false, length = 16, updatable = false)
    private String channel;

    @Column(name = "address_masked", nullable = false, length = 64, updatable = false)
    private String addressMasked;

    @Column(name = "address_hash", nullable = false, length = 64, updatable = false)
    private String addressHash;

    @Column(name = "phone_hash", length = 64, updatable = false)
    private String phoneHash;

    @Column(name = "reason", nullable = false, length = 32, updatable = false)
    private String reason;

    /** For JPA. */
    protected IdentificationFailure() {
    }

    static IdentificationFailure of(Instant at, String channel, String addressMasked, String addressHash,
                                    String phoneHash, String reason) {
        IdentificationFailure failure = new IdentificationFailure();
        failure.failedAt = Columns.toSecond(at, "at");
        failure.channel = channel;
        failure.addressMasked = addressMasked.length() <= 64 ? addressMasked : addressMasked.substring(0, 64);
        failure.addressHash = addressHash;
        failure.phoneHash = phoneHash;
        failure.reason = reason;
        return failure;
    }

    public Instant getFailedAt() {
        return failedAt;
    }

    public String getChannel() {
        return channel;
    }

    public String getAddressMasked() {
        return addressMasked;
    }

    public String getReason() {
        return reason;
    }
}
