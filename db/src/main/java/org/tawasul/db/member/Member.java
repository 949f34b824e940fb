package org.tawasul.db.member;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.tawasul.db.Columns;
import org.tawasul.db.privacy.EncryptedString;
import org.tawasul.db.privacy.EncryptedText;

/**
 * A member of the society (row of {@code member}): national ID and phone encrypted at rest, each with a
 * keyed hash to find it; created and changed only through {@link MemberRegistry}, which sets the hashes.
 */
@Entity
@Table(name = "member")
public class Member {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_number", nullable = false, length = 32, updatable = false)
    private String memberNumber;

    @Convert(converter = EncryptedText.class)
    @Column(name = "full_name", nullable = false, length = 1200)
    private String fullName;

    @Convert(converter = EncryptedString.class)
    @Column(name = "national_id")
    private String nationalId;

    @Column(name = "national_id_hash", length = 64)
    private String nationalIdHash;

    @Convert(converter = EncryptedString.class)
    @Column(name = "phone")
    private String phone;

    @Column(name = "phone_hash", length = 64)
    private String phoneHash;

    @Column(name = "category", nullable = false, length = 64)
    private String category;

    @Column(name = "field_of_work", nullable = false, length = 64)
    private String fieldOfWork;

    @Column(name = "preferred_language", nullable = false, length = 2)
    private String preferredLanguage;

    @Column(name = "preferred_channel", nullable = false, length = 16)
    private String preferredChannel;

    @Convert(converter = EncryptedText.class)
    @Column(name = "email", length = 512)
    private String email;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "phone_invalid_at")
    private Instant phoneInvalidAt;

    @Column(name = "phone_invalid_reason", length = 200)
    private String phoneInvalidReason;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For JPA. */
    protected Member() {
    }

    static Member create(MemberDetails details, String nationalIdHash, String phoneHash, Instant now) {
        Member member = new Member();
        member.memberNumber = details.memberNumber();
        member.createdAt = Columns.toSecond(now, "now");
        member.apply(details, nationalIdHash, phoneHash, now);
        return member;
    }

    /** Takes the details (same member number) with their hashes; returns whether anything changed. */
    boolean update(MemberDetails details, String nationalIdHash, String phoneHash, Instant now) {
        if (!details.memberNumber().equals(memberNumber)) {
            throw new IllegalArgumentException("member number " + details.memberNumber() + " is not " + memberNumber);
        }
        if (details.sameAs(this)) {
            return false;
        }
        apply(details, nationalIdHash, phoneHash, now);
        return true;
    }

    private void apply(MemberDetails details, String nationalIdHash, String phoneHash, Instant now) {
        if (!java.util.Objects.equals(phoneHash, this.phoneHash)) {
            this.phoneInvalidAt = null; // a new phone from the register: the old one's refusal no longer says anything
            this.phoneInvalidReason = null;
        }
        this.fullName = details.fullName();
        this.nationalId = details.nationalId();
        this.nationalIdHash = nationalIdHash;
        this.phone = details.phone();
        this.phoneHash = phoneHash;
        this.category = details.category();
        this.fieldOfWork = details.fieldOfWork();
        this.preferredLanguage = details.preferredLanguage();
        this.preferredChannel = details.preferredChannel();
        this.email = details.email();
        this.updatedAt = Columns.toSecond(now, "now");
    }

    /** The details as stored, e.g. to change one and pass them to {@link MemberRegistry#upsert}. */
    public MemberDetails details() {
        return new MemberDetails(memberNumber, fullName, nationalId, phone, category, fieldOfWork, preferredLanguage,
                preferredChannel, email);
    }

    public Long getId() {
        return id;
    }

    public String getMemberNumber() {
        return memberNumber;
    }

    public String getFullName() {
        return fullName;
    }

    /** The national ID or iqama number (10 digits, decrypted), or null; mask it before logging. */
    public String getNationalId() {
        return nationalId;
    }

    /** The phone number in E.164 (decrypted), or null; mask it before logging. */
    public String getPhone() {
        return phone;
    }

    public String getCategory() {
        return category;
    }

    public String getFieldOfWork() {
        return fieldOfWork;
    }

    /** {@code ar} or {@code en}. */
    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    /** {@code telegram}, {@code sms} or {@code email}. */
    public String getPreferredChannel() {
        return preferredChannel;
    }

    public String getEmail() {
        return email;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /**
     * Records that the provider refused the registered phone as not a valid mobile number, for staff to
     * correct the register; {@code reason} is the provider's code and text, never the number.
     */
    public void markPhoneInvalid(Instant at, String reason) {
        this.phoneInvalidAt = Columns.toSecond(at, "at");
        this.phoneInvalidReason = reason == null ? null : reason.length() > 200 ? reason.substring(0, 200) : reason;
    }

    /** When the provider refused the registered phone as invalid, or null. */
    public Instant getPhoneInvalidAt() {
        return phoneInvalidAt;
    }

    /** The provider's code and reason for refusing the registered phone, or null. */
    public String getPhoneInvalidReason() {
        return phoneInvalidReason;
    }

    /** The optimistic-locking version, 0 after the first insert. */
    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "Member[id=" + id + ", memberNumber=" + memberNumber + ", version=" + version + "]"; // no personal data
    }
}
