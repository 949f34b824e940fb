package org.tawasul.db.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.tawasul.db.Columns;
import jakarta.persistence.Convert;
import org.tawasul.db.privacy.SealedAddress;

/**
 * Which member a chat address belongs to (row of {@code member_link}), one per channel and address;
 * verified once the member has proved it (e.g. a code sent to the registered phone).
 */
@Entity
@Table(name = "member_link")
public class MemberLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "channel", nullable = false, length = 16, updatable = false)
    private String channel;

    @Convert(converter = SealedAddress.class)
    @Column(name = "address", nullable = false, length = 128, updatable = false)
    private String address;

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Column(name = "verified", nullable = false)
    private boolean verified;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    /** For JPA. */
    protected MemberLink() {
    }

    static MemberLink create(String channel, String address, long memberId, boolean verified, Instant now) {
        MemberLink link = new MemberLink();
        link.channel = Objects.requireNonNull(channel, "channel");
        link.address = Objects.requireNonNull(address, "address");
        link.relink(memberId, verified, now);
        return link;
    }

    void relink(long memberId, boolean verified, Instant now) {
        this.memberId = memberId;
        this.verified = verified;
        this.linkedAt = Columns.toSecond(now, "now");
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

    public Long getMemberId() {
        return memberId;
    }

    public boolean isVerified() {
        return verified;
    }

    public Instant getLinkedAt() {
        return linkedAt;
    }

    @Override
    public String toString() {
        return "MemberLink[id=" + id + ", channel=" + channel + ", memberId=" + memberId + ", verified=" + verified + "]";
    }
}
