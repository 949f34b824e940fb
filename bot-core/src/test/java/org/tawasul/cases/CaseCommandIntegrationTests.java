package org.tawasul.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tawasul.TawasulApplication;
import org.tawasul.conversations.message.Language;

/**
 * {@code case}: staff move a case while the bot runs, here on the embedded database, from another process;
 * the member is told, and a wrong reference or a forbidden change is refused naming what is allowed.
 */
class CaseCommandIntegrationTests {

    @TempDir Path data;

    private String url() {
        return "jdbc:h2:file:" + data.resolve("tawasul") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE";
    }

    /** Runs the command in another JVM, as staff would beside the running bot. */
    private Result inAnotherProcess(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.tawasul.cli.Tawasul", "case"));
        command.addAll(List.of(args));
        command.add("--spring.datasource.url=" + url());
        Process process = new ProcessBuilder(command).directory(data.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), out, err);
    }

    private Result inThisProcess(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--spring.datasource.url=" + url());
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int status = CaseCommand.run(all.toArray(String[]::new));
            return new Result(status, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    record Result(int status, String out, String err) { }

    @Test
    void staffMoveACaseFromAnotherProcessWhileTheBotHoldsTheDatabaseAndTheMemberIsTold() throws Exception {
        SpringApplication application = new SpringApplication(TawasulApplication.class);
        try (ConfigurableApplicationContext bot = application.run("--spring.main.web-application-type=none",
                "--tawasul.background=false", "--spring.datasource.url=" + url())) {
            OpenedCase opened = bot.getBean(CaseService.class).open(new OpenCase(CaseType.COMPLAINT, null, null, null, null,
                    "console", "guest", Language.AR, Map.of("description", "تأخر الرد"), null, Instant.now()));
            String reference = opened.reference().value();

            Result moved = inAnotherProcess("status", reference, "UNDER_REVIEW", "--by=sara", "--note=called the member");
            assertThat(moved.status()).as(moved.err()).isZero();
            assertThat(moved.out()).contains(reference + " is now UNDER_REVIEW");

            JdbcTemplate jdbc = bot.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("SELECT status FROM case_file", String.class)).isEqualTo("UNDER_REVIEW");
            org.tawasul.db.privacy.PiiCipher cipher = bot.getBean(org.tawasul.db.privacy.PiiCipher.class);
            assertThat(jdbc.queryForList("SELECT body FROM outbox WHERE recipient = 'guest'", String.class).stream()
                    .map(cipher::decrypt).toList())
                    .containsExactly("شكواك رقم " + reference + " قيد الدراسة الآن، وسنبلغك بالنتيجة.");

            Result forbidden = inThisProcess("status", reference, "APPROVED");
            assertThat(forbidden.status()).isEqualTo(1);
            assertThat(forbidden.err()).contains("only service requests are");
            Result wrongStep = inThisProcess("status", reference, "CLOSED");
            assertThat(wrongStep.err()).contains("is UNDER_REVIEW: it cannot become CLOSED",
                    "it can become [AWAITING_MEMBER, ANSWERED, APPROVED, REJECTED]");
            Result unknown = inThisProcess("show", "CMP-2026-999999");
            assertThat(unknown.status()).isEqualTo(1);
            assertThat(unknown.err()).contains("No case has the reference CMP-2026-999999");
            Result badLine = inThisProcess("status", reference, "FINISHED");
            assertThat(badLine.status()).isEqualTo(2);
            assertThat(badLine.err()).contains("'FINISHED' is not a status", "Usage:");

            Result listed = inThisProcess("list", "--status=UNDER_REVIEW");
            assertThat(listed.out()).contains(reference + "\tCOMPLAINT\tUNDER_REVIEW\tcommittee:follow-up").contains("1 case");
            Result shown = inThisProcess("show", reference);
            assertThat(shown.out()).contains("STATUS_CHANGED SUBMITTED -> UNDER_REVIEW  by staff:sara",
                    "note: called the member", "description: تأخر الرد");
        }
    }

    @Test
    void caseShowTellsStaffWhenTheMembersPhoneWasRefusedAsInvalid() {
        SpringApplication application = new SpringApplication(TawasulApplication.class);
        try (ConfigurableApplicationContext bot = application.run("--spring.main.web-application-type=none",
                "--tawasul.background=false", "--spring.datasource.url=" + url())) {
            org.tawasul.db.member.MemberRegistry registry = bot.getBean(org.tawasul.db.member.MemberRegistry.class);
            registry.upsert(new org.tawasul.db.member.MemberDetails("M-7", "هدى العتيبي", "1000000008", "+966501234567",
                    "founding", "agriculture", "ar", "sms", null), Instant.now());
            long memberId = registry.findByMemberNumber("M-7").orElseThrow().getId();
            String reference = bot.getBean(CaseService.class).open(new OpenCase(CaseType.COMPLAINT, null, memberId, "founding",
                    "agriculture", "console", "member", Language.AR, Map.of("description", "تأخر الرد"), null, Instant.now()))
                    .reference().value();

            assertThat(inThisProcess("show", reference).out()).contains("member:   #" + memberId).doesNotContain("PHONE INVALID");
            assertThat(registry.markPhoneInvalid("+966501234567", "sms twilio 400/21211: not a valid phone number",
                    Instant.parse("2026-01-04T07:00:00Z"))).containsExactly(memberId);
            assertThat(inThisProcess("show", reference).out())
                    .contains("PHONE INVALID since 2026-01-04T07:00:00Z (sms twilio 400/21211: not a valid phone number)",
                            "correct the phone in the register")
                    .doesNotContain("501234567");

            registry.upsert(new org.tawasul.db.member.MemberDetails("M-7", "هدى العتيبي", "1000000008", "+966551234567",
                    "founding", "agriculture", "ar", "sms", null), Instant.now());
            assertThat(inThisProcess("show", reference).out()).as("a new phone in the register clears the flag")
                    .doesNotContain("PHONE INVALID");
        }
    }
}
