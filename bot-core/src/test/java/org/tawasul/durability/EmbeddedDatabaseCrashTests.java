package org.tawasul.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A commit on the embedded default survives a crash: a child process commits on the URL of
 * {@code application.properties}, says so, and is killed with SIGKILL ({@code destroyForcibly} on
 * Linux) at once; reopened, the database has the row. H2's default write delay (half a second of
 * commits kept in memory) loses it: the URL must carry {@code WRITE_DELAY=0}.
 */
@EnabledOnOs(OS.LINUX)
class EmbeddedDatabaseCrashTests {

    @TempDir
    Path directory;

    @Test
    void aCommitOnTheDefaultUrlSurvivesSigkillRightAfterIt() throws Exception {
        String url = defaultUrl().replace("./data/tawasul", directory.resolve("tawasul").toString());
        assertThat(url).as("the default URL, pointed at a temporary directory").contains(directory.toString());

        commitThenKill(url);

        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM acknowledged")) {
            rows.next();
            assertThat(rows.getInt(1)).as("the row committed before the kill").isEqualTo(1);
        }
    }

    private static String defaultUrl() throws Exception {
        Properties properties = new Properties();
        try (InputStream in = EmbeddedDatabaseCrashTests.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        return properties.getProperty("spring.datasource.url");
    }

    private static void commitThenKill(String url) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CommitThenWait.class.getName(), url).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("committed")) {
                // the child's other output, if any
            }
            assertThat(line).as("the child committed").isEqualTo("committed");
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no close
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
    }
}
