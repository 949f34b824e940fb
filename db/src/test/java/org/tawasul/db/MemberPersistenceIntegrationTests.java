package org.tawasul.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tawasul.db.member.Member;
import org.tawasul.db.member.MemberDetails;
import org.tawasul.db.member.MemberLink;
import org.tawasul.db.member.MemberLinkRepository;
import org.tawasul.db.member.MemberRegistry;
import org.tawasul.db.member.MemberRegistry.Change;
import org.tawasul.db.member.MemberRepository;
import org.tawasul.db.privacy.CiphertextRejected;
import org.tawasul.db.privacy.KeyedHash;
import org.tawasul.db.privacy.PiiCipher;

/**
 * The member registry on a real database (national ID and phone encrypted by the JPA converter, which
 * Hibernate gets from Spring), run against each database by a subclass.
 */
@SpringBootTest(classes = DbTestApplication.class, properties = {
        "spring.jpa.open-in-view=false",
        "spring.jpa.hibernate.ddl-auto=validate",
        "spring.flyway.clean-disabled=false"})
abstract class MemberPersistenceIntegrationTests {

    static final Instant T0 = Instant.parse("2026-03-01T10:15:30Z");
    static final String NAME = "عبدالله بن محمد \"أبو فهد\", الحربي";
    static final String ID_1 = "1000000008";
    static final String ID_2 = "2104567892";
    static final String PHONE_A = "+966501234567";
    static final String PHONE_B = "+966551234567";

    @Autowired MemberRegistry registry;
    @Autowired MemberRepository members;
    @Autowired MemberLinkRepository links;
    @Autowired JdbcTemplate jdbc;
    @Autowired PiiCipher cipher;
    @Autowired KeyedHash hash;

    @BeforeEach
    void emptyTables() {
        jdbc.update("DELETE FROM member_link");
        jdbc.update("DELETE FROM member");
    }

    static MemberDetails details(String number, String nationalId, String phone) {
        return new MemberDetails(number, NAME, nationalId, phone, "مؤسس", "زراعة", "ar", "sms", null);
    }

    @Test
    void theNationalIdAndPhoneAreEncryptedAtRest() {
        assertThat(registry.upsert(details("M-1", ID_1, PHONE_A), T0)).isEqualTo(Change.ADDED);

        Map<String, Object> row = jdbc.queryForMap(
                "SELECT national_id, national_id_hash, phone, phone_hash FROM member WHERE member_number = 'M-1'");
        String storedId = (String) row.get("national_id");
        String storedPhone = (String) row.get("phone");
        assertThat(storedId).startsWith("v2:").doesNotContain(ID_1);
        assertThat(storedPhone).startsWith("v2:").doesNotContain(PHONE_A).doesNotContain("501234567");
        assertThat(cipher.decrypt(storedId)).isEqualTo(ID_1);
        assertThat(cipher.decrypt(storedPhone)).isEqualTo(PHONE_A);
        assertThat(row.get("national_id_hash")).isEqualTo(hash.ofNationalId(ID_1));
        assertThat(row.get("phone_hash")).isEqualTo(hash.ofPhone(PHONE_A));

        Member member = registry.findByMemberNumber("M-1").orElseThrow();
        assertThat(member.getNationalId()).isEqualTo(ID_1);
        assertThat(member.getPhone()).isEqualTo(PHONE_A);
        assertThat(member.getFullName()).isEqualTo(NAME);
        assertThat(member.getCategory()).isEqualTo("مؤسس");
        assertThat(member.getFieldOfWork()).isEqualTo("زراعة");
        assertThat(member.getPreferredLanguage()).isEqualTo("ar");
        assertThat(member.getPreferredChannel()).isEqualTo("sms");
        assertThat(member.getEmail()).isNull();
        assertThat(member.getCreatedAt()).isEqualTo(T0);
        assertThat(member.getUpdatedAt()).isEqualTo(T0);
        assertThat(member.getVersion()).isZero();
        assertThat(member.details()).isEqualTo(details("M-1", ID_1, PHONE_A));
        assertThat(member.toString()).doesNotContain(ID_1, PHONE_A, NAME);
    }

    @Test
    void membersAreFoundByPhoneAndNationalIdThroughTheHash() {
        registry.upsert(details("M-1", ID_1, PHONE_A), T0);
        registry.upsert(details("M-2", ID_2, PHONE_A), T0);
        registry.upsert(details("M-3", null, PHONE_B), T0);
        registry.upsert(details("M-4", null, null), T0);

        assertThat(registry.findByPhone(PHONE_A)).extracting(Member::getMemberNumber).containsExactly("M-1", "M-2");
        assertThat(registry.findByPhone(PHONE_B)).extracting(Member::getMemberNumber).containsExactly("M-3");
        assertThat(registry.findByPhone("+966500000000")).isEmpty();
        assertThat(registry.findByNationalId(ID_1)).map(Member::getMemberNumber).hasValue("M-1");
        assertThat(registry.findByNationalId(ID_2)).map(Member::getMemberNumber).hasValue("M-2");
        assertThat(registry.findByNationalId("1087654321")).isEmpty();
        assertThat(members.findByPhoneHash(hash.ofPhone(PHONE_A))).hasSize(2);
        assertThat(members.findByNationalIdHash(hash.ofNationalId(ID_1))).isPresent();
        assertThat(registry.findByMemberNumber("M-4").orElseThrow().getPhone()).isNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM member WHERE phone IS NULL AND phone_hash IS NULL",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void aNationalIdBelongsToOneMember() {
        registry.upsert(details("M-1", ID_1, PHONE_A), T0);
        assertThatThrownBy(() -> registry.upsert(details("M-2", ID_1, PHONE_B), T0))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(members.count()).isEqualTo(1);
    }

    @Test
    void anUpsertChangesOnlyWhatDiffers() {
        registry.upsert(details("M-1", ID_1, PHONE_A), T0);
        String storedPhone = storedPhone("M-1");

        assertThat(registry.upsert(details("M-1", ID_1, PHONE_A), T0.plusSeconds(60))).isEqualTo(Change.UNCHANGED);
        Member same = registry.findByMemberNumber("M-1").orElseThrow();
        assertThat(same.getVersion()).isZero();
        assertThat(same.getUpdatedAt()).isEqualTo(T0);
        assertThat(storedPhone("M-1")).as("not encrypted again").isEqualTo(storedPhone);

        assertThat(registry.upsert(details("M-1", ID_1, PHONE_B), T0.plusSeconds(120))).isEqualTo(Change.CHANGED);
        Member changed = registry.findByMemberNumber("M-1").orElseThrow();
        assertThat(changed.getPhone()).isEqualTo(PHONE_B);
        assertThat(changed.getVersion()).isEqualTo(1);
        assertThat(changed.getCreatedAt()).isEqualTo(T0);
        assertThat(changed.getUpdatedAt()).isEqualTo(T0.plusSeconds(120));
        assertThat(registry.findByPhone(PHONE_A)).isEmpty();
        assertThat(registry.findByPhone(PHONE_B)).extracting(Member::getId).containsExactly(changed.getId());
    }

    @Test
    void aTamperedCiphertextIsRejected() {
        registry.upsert(details("M-1", ID_1, PHONE_A), T0);
        String stored = storedPhone("M-1");
        String prefix = stored.substring(0, stored.lastIndexOf(':') + 1);
        byte[] raw = Base64.getDecoder().decode(stored.substring(prefix.length()));
        raw[raw.length - 1] ^= 1;
        jdbc.update("UPDATE member SET phone = ? WHERE member_number = 'M-1'",
                prefix + Base64.getEncoder().encodeToString(raw));

        assertThatThrownBy(() -> registry.findByMemberNumber("M-1"))
                .satisfies(e -> assertThat(causes(e)).anyMatch(CiphertextRejected.class::isInstance))
                .satisfies(e -> assertThat(causes(e)).allSatisfy(cause -> assertThat(String.valueOf(cause.getMessage()))
                        .doesNotContain(PHONE_A, ID_1, stored.substring(12, 30))));
    }

    @Test
    void aChatAddressIsLinkedToOneMember() {
        registry.upsert(details("M-1", ID_1, PHONE_A), T0);
        registry.upsert(details("M-2", ID_2, PHONE_A), T0);
        Member first = registry.findByMemberNumber("M-1").orElseThrow();
        Member second = registry.findByMemberNumber("M-2").orElseThrow();
        assertThat(registry.findLinkedMember("telegram", "12345")).isEmpty();

        registry.link("telegram", "12345", first, false, T0);
        MemberLink link = registry.findLink("telegram", "12345").orElseThrow();
        assertThat(link.getMemberId()).isEqualTo(first.getId());
        assertThat(link.isVerified()).isFalse();
        assertThat(link.getLinkedAt()).isEqualTo(T0);
        assertThat(registry.findLinkedMember("telegram", "12345")).map(Member::getMemberNumber).hasValue("M-1");
        assertThat(registry.findLinkedMember("sms", "12345")).isEmpty();

        registry.link("telegram", "12345", second, true, T0.plusSeconds(5));
        MemberLink relinked = links.findByChannelAndAddress("telegram", "12345").orElseThrow();
        assertThat(relinked.getId()).isEqualTo(link.getId());
        assertThat(relinked.getMemberId()).isEqualTo(second.getId());
        assertThat(relinked.isVerified()).isTrue();
        assertThat(relinked.getLinkedAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(links.count()).isEqualTo(1);
    }

    private String storedPhone(String memberNumber) {
        return jdbc.queryForObject("SELECT phone FROM member WHERE member_number = ?", String.class, memberNumber);
    }

    private static List<Throwable> causes(Throwable e) {
        List<Throwable> all = new ArrayList<>();
        for (Throwable t = e; t != null && !all.contains(t); t = t.getCause()) {
            all.add(t);
        }
        return all;
    }
}
