package org.tawasul.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tawasul.TawasulApplication;
import org.tawasul.db.member.Member;
import org.tawasul.db.member.MemberRegistry;

/** The members import on a real database; run on H2 and, with -Pmysql-tests, on MariaDB. */
@SpringBootTest(classes = TawasulApplication.class, properties = "spring.main.web-application-type=none")
abstract class MemberImportIntegrationTests {

    static final Path SAMPLE = Path.of("../docs/members-sample.csv");
    static final String HEADER = "member_number,full_name,national_id,phone,category,field_of_work,preferred_language,"
            + "preferred_channel,email\n";
    static final String FAIL_IF_CALLED = "the importer must not be called";

    @Autowired MemberImport memberImport;
    @Autowired MemberRegistry registry;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;

    @TempDir Path dir;

    record Result(int status, String out, String err) {
    }

    /** In a transaction: the mysql profile's connections do not autocommit. */
    @BeforeEach
    void emptyTables() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.update("DELETE FROM member_link");
            jdbc.update("DELETE FROM member");
        });
    }

    Result importFile(Path file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = ImportMembersCommand.importFile(file, o, e, memberImport::importAll);
        }
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    Result importText(String csv) throws IOException {
        Path file = Files.createTempFile(dir, "members", ".csv");
        Files.writeString(file, csv);
        return importFile(file);
    }

    int members() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM member", Integer.class);
    }

    @Test
    void theSampleFileIsImportedWithEncryptedIdsAndPhones() {
        Result result = importFile(SAMPLE);

        assertThat(result.err()).isEmpty();
        assertThat(result.out()).isEqualTo("checked 10 rows\n10 added, 0 changed, 0 unchanged\n");
        assertThat(result.status()).isZero();
        assertThat(members()).isEqualTo(10);
        assertThat(jdbc.queryForList("SELECT phone FROM member WHERE phone IS NOT NULL", String.class))
                .hasSize(9).allSatisfy(phone -> assertThat(phone).startsWith("v2:").doesNotContain("1234567"));
        assertThat(jdbc.queryForList("SELECT national_id FROM member", String.class))
                .allSatisfy(id -> assertThat(id).startsWith("v2:").doesNotContain("1000000008", "2104567892"));

        assertThat(registry.findByPhone("+966551234567")).extracting(Member::getMemberNumber)
                .containsExactly("M-0001", "M-0002");
        Member family = registry.findByMemberNumber("M-0002").orElseThrow();
        assertThat(family.getFullName()).isEqualTo("نورة بنت سعد \"أم فهد\", القحطاني");
        Member ahmed = registry.findByNationalId("2104567892").orElseThrow();
        assertThat(ahmed.getFullName()).isEqualTo("Ahmed Khan");
        assertThat(ahmed.getPhone()).isEqualTo("+966501234567");
        assertThat(ahmed.getEmail()).isEqualTo("ahmed.khan@example.com");
        assertThat(ahmed.getPreferredLanguage()).isEqualTo("en");
        assertThat(ahmed.getPreferredChannel()).isEqualTo("email");
        assertThat(registry.findByMemberNumber("M-0009").orElseThrow().getPhone()).isNull();
    }

    @Test
    void runningTheSameFileAgainChangesNothing() {
        assertThat(importFile(SAMPLE).status()).isZero();
        Result again = importFile(SAMPLE);
        assertThat(again.out()).endsWith("0 added, 0 changed, 10 unchanged\n");
        assertThat(again.status()).isZero();
        assertThat(jdbc.queryForObject("SELECT MAX(version) FROM member", Long.class)).isZero();
    }

    @Test
    void aChangedRowIsUpdatedAndANewOneAdded() throws IOException {
        importFile(SAMPLE);
        String changed = Files.readString(SAMPLE)
                .replace("M-0004,فاطمة علي الزهراني,1012345672,0561234567", "M-0004,فاطمة علي الزهراني,1012345672,0569999999")
                + "M-0011,منصور سالم,1200000006,,عادي,زراعة,AR,Telegram,\n";
        Result result = importText(changed);

        assertThat(result.out()).isEqualTo("checked 11 rows\n1 added, 1 changed, 9 unchanged\n");
        Member fatima = registry.findByMemberNumber("M-0004").orElseThrow();
        assertThat(fatima.getPhone()).isEqualTo("+966569999999");
        assertThat(fatima.getVersion()).isEqualTo(1);
        assertThat(registry.findByPhone("+966561234567")).isEmpty();
        Member mansour = registry.findByNationalId("1200000006").orElseThrow();
        assertThat(mansour.getPreferredLanguage()).isEqualTo("ar");
        assertThat(mansour.getPreferredChannel()).isEqualTo("telegram");
    }

    @Test
    void everyBadRowIsReportedWithItsLineAndNothingIsImported() throws IOException {
        Result result = importText(HEADER
                + "M-1,\"اسم\non two lines\",1000000008,0551234567,عادي,زراعة,ar,sms,\n"        // lines 2-3: fine
                + "M-2,سارة,1000000009,0551234567,عادي,زراعة,ar,sms,\n"                         // 4: check digit
                + "M-3,ليلى,,05512,عادي,زراعة,fr,sms,\n"                                        // 5: phone, language
                + "M-4,,2104567892,,,زراعة,ar,pigeon,not-an-email\n"                            // 6: name, category, channel, email
                + "M-1,هند,1087654321,,عادي,زراعة,ar,telegram,\n"                              // 7: member number again
                + "M-5,منى,1000000008,,عادي,زراعة,ar,telegram,\n"                              // 8: national ID again
                + "M-6,عبير,1012345672,,عادي,زراعة,ar,sms,\n"                                  // 9: sms without phone
                + "M-7,too few fields\n");                                                      // 10
        assertThat(result.out()).isEqualTo("checked 8 rows\n");
        assertThat(result.err()).isEqualTo("""
                line 4: national_id 1*******09 is not a valid national ID or iqama number (10 digits starting with 1 or 2, with a correct check digit)
                line 5: phone ***12 is not a valid phone number (e.g. 05XXXXXXXX or +9665XXXXXXXX); preferred_language must be ar or en
                line 6: full_name is empty; category is empty; email is not a valid address; preferred_channel must be telegram, sms or email
                line 7: member number M-1 is also on line 2
                line 8: national ID 1*******08 is also on line 2
                line 9: preferred_channel is sms but the phone is empty
                line 10: has 2 fields, the header has 9
                7 bad rows; nothing was imported. Fix the rows above and run again.
                """);
        assertThat(result.status()).isEqualTo(1);
        assertThat(members()).isZero();
        assertThat(result.err()).doesNotContain("1000000008", "1000000009", "0551234567", "+966551234567");
    }

    /** The second file passes every check; the database refuses its 3rd data row only when it is written. */
    @Test
    void aRowTheDatabaseRefusesMidwayLeavesNothingHalfImported() throws IOException {
        importText(HEADER
                + "M-1,أحمد,1000000008,0551234567,عادي,زراعة,ar,sms,\n"
                + "M-2,محمد,2104567892,0551234567,عادي,زراعة,ar,sms,\n");

        Result result = importText(HEADER
                + "M-1,أحمد بن علي,1000000008,0551234567,عادي,زراعة,ar,sms,\n"
                + "M-3,خالد,1087654321,0551234567,عادي,زراعة,ar,sms,\n"
                + "M-4,فهد,2104567892,0551234567,عادي,زراعة,ar,sms,\n"
                + "M-5,سعود,1012345672,0551234567,عادي,زراعة,ar,sms,\n");

        assertThat(result.err()).isEqualTo("""
                line 4: national ID 2*******92 already belongs to another member in the database
                1 bad row; nothing was imported. Fix the rows above and run again.
                """);
        assertThat(result.status()).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT member_number FROM member ORDER BY member_number", String.class))
                .containsExactly("M-1", "M-2");
        Member first = registry.findByMemberNumber("M-1").orElseThrow();
        assertThat(first.getFullName()).isEqualTo("أحمد");
        assertThat(first.getVersion()).isZero();
    }

    @Test
    void aHeaderWithoutARequiredColumnStopsBeforeAnyRow() throws IOException {
        Path file = dir.resolve("no-phone.csv");
        Files.writeString(file, "member_number,full_name,national_id,category,field_of_work,preferred_language,"
                + "preferred_channel\nM-1,أحمد,1000000008,عادي,زراعة,ar,sms\n");
        Result result = importFile(file);
        assertThat(result.err()).isEqualTo(file + ": the header has no column phone. Fix: the first line must name "
                + "the columns member_number,full_name,national_id,phone,category,field_of_work,preferred_language,"
                + "preferred_channel and optionally email, in any order\n");
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(members()).isZero();
    }

    @Test
    void aMissingOrNonUtf8FileStopsWithStatus2() throws IOException {
        Result missing = importFile(dir.resolve("nowhere.csv"));
        assertThat(missing.err()).isEqualTo(dir.resolve("nowhere.csv") + " does not exist.\n");
        assertThat(missing.status()).isEqualTo(2);

        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, (HEADER + "M-1,Jos\u00e9,,,a,b,en,telegram,\n").getBytes(StandardCharsets.ISO_8859_1));
        Result notUtf8 = importFile(latin1);
        assertThat(notUtf8.err()).isEqualTo(latin1 + " is not UTF-8 text. Fix: save it as \"CSV UTF-8\".\n");
        assertThat(notUtf8.status()).isEqualTo(2);
    }

    @Test
    void aByteOrderMarkAndAnyColumnOrderAreAccepted() throws IOException {
        Path file = dir.resolve("bom.csv");
        String csv = "\uFEFFPhone,Member_Number,full_name,category,field_of_work,preferred_language,preferred_channel,"
                + "national_id\r\n٠٥٥١٢٣٤٥٦٧,M-1,\"الحربي, عبدالله \"\"أبو محمد\"\"\",عادي,زراعة,ar,sms,١٠٠٠٠٠٠٠٠٨\r\n";
        Files.writeString(file, csv);
        Result result = importFile(file);
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).endsWith("1 added, 0 changed, 0 unchanged\n");
        Member member = registry.findByNationalId("1000000008").orElseThrow();
        assertThat(member.getFullName()).isEqualTo("الحربي, عبدالله \"أبو محمد\"");
        assertThat(member.getPhone()).isEqualTo("+966551234567");
        assertThat(member.getEmail()).isNull();
    }

    @Test
    void aLargeFileReportsProgressEvery1000Rows() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        List<String> ids = nationalIds(2_500);
        for (int i = 0; i < ids.size(); i++) {
            csv.append("L-").append(i).append(",عضو ").append(i).append(',').append(ids.get(i))
                    .append(",0551234567,عادي,زراعة,ar,sms,\n");
        }
        Result result = importText(csv.toString());
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).isEqualTo("checked 1000 rows…\nchecked 2000 rows…\nchecked 2500 rows\n"
                + "2500 added, 0 changed, 0 unchanged\n");
        assertThat(members()).isEqualTo(2_500);
        assertThat(registry.findByNationalId(ids.get(1_234)).orElseThrow().getMemberNumber()).isEqualTo("L-1234");
    }

    /** Valid national IDs: 1, eight digits, and the Luhn check digit over all ten. */
    static List<String> nationalIds(int count) {
        List<String> ids = new ArrayList<>();
        for (int n = 0; ids.size() < count; n++) {
            String body = "1" + String.format("%08d", 10_000_000 + n);
            for (int check = 0; check < 10; check++) {
                if (luhn(body + check)) {
                    ids.add(body + check);
                    break;
                }
            }
        }
        return ids;
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(i) - '0';
            if (i % 2 == 0) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
