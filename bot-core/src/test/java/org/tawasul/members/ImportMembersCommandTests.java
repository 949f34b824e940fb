package org.tawasul.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The command as {@code java -jar tawasul.jar import-members} runs it, each run starting its own application. */
@ExtendWith(OutputCaptureExtension.class)
class ImportMembersCommandTests {

    @TempDir Path dir;

    private String[] args(String file, String... more) {
        String[] base = {file, "--spring.datasource.url=jdbc:h2:mem:import-command;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "DB_CLOSE_DELAY=-1", "--logging.file.name=" + dir.resolve("tawasul.log")};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void importsTheSampleAndThenFindsNothingToChange(CapturedOutput output) {
        assertThat(ImportMembersCommand.run(args("../docs/members-sample.csv"))).isZero();
        assertThat(output.getOut()).contains("checked 10 rows\n10 added, 0 changed, 0 unchanged\n");
        assertThat(ImportMembersCommand.run(args("../docs/members-sample.csv"))).isZero();
        assertThat(output.getOut()).contains("0 added, 0 changed, 10 unchanged\n");
    }

    @Test
    void withoutAFileItPrintsTheUsage(CapturedOutput output) {
        assertThat(ImportMembersCommand.run(new String[0])).isEqualTo(2);
        assertThat(ImportMembersCommand.run(new String[] {"--spring.profiles.active=mysql"})).isEqualTo(2);
        assertThat(output.getErr()).contains("Usage: java -jar tawasul.jar import-members FILE.csv [Spring options]");
    }

    @Test
    void aMissingFileStopsBeforeTheApplicationStarts(CapturedOutput output) {
        assertThat(ImportMembersCommand.run(args("/nonexistent/members.csv"))).isEqualTo(2);
        assertThat(output.getErr()).isEqualTo("/nonexistent/members.csv does not exist.\n");
    }

    @Test
    void theMysqlProfileWithoutAPrivacyKeyImportsNothing(CapturedOutput output) throws Exception {
        Path file = dir.resolve("members.csv");
        Files.copy(Path.of("../docs/members-sample.csv"), file);
        int status = ImportMembersCommand.run(args(file.toString(), "--spring.profiles.active=mysql",
                "--spring.datasource.driver-class-name=org.h2.Driver", "--spring.datasource.username=sa",
                "--spring.datasource.password=", "--tawasul.privacy.key=", "--tawasul.privacy.hash-key="));
        assertThat(status).isEqualTo(1);
        assertThat(output.getErr()).contains("Tawasul could not import the members: tawasul.privacy.key is not set. "
                + "Fix: set it to 32 random bytes in Base64, e.g. from `openssl rand -base64 32`, through the "
                + "TAWASUL_PRIVACY_KEY environment variable\nNothing was imported.");
    }
}
