package org.tawasul.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} on the embedded default, stopped as systemd or Ctrl-C stops it: a child process runs the bot
 * (Telegram polling against a closed port), gets SIGTERM once it is up, and must stop cleanly: exit status 0,
 * no error in its log, the database not closed under it, and its leases given up for the next start.
 */
@EnabledOnOs(OS.LINUX)
class StopSignalsTests {

    @TempDir
    Path directory;

    @Test
    void sigtermStopsServeInOrderBeforeTheEmbeddedDatabaseCloses() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                Tawasul.class.getName(), "serve", "--tawasul.telegram.token=1:x",
                "--tawasul.telegram.api-url=http://127.0.0.1:9/", "--tawasul.telegram.poll-timeout=0s",
                "--server.port=0", "--management.server.port=0", "--tawasul.node.id=stop-test")
                .directory(directory.toFile()).redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        CompletableFuture<Void> polling = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    String all;
                    synchronized (output) {
                        all = output.append(line).append('\n').toString();
                    }
                    if (all.contains("Started Tawasul") && all.contains("getUpdates failed")
                            && all.contains("sends the outbox")) {
                        polling.complete(null); // up, polling (the port is closed) and sending: its leases held
                    }
                }
            } catch (Exception e) {
                polling.completeExceptionally(e);
            }
            polling.completeExceptionally(new AssertionError("serve ended before it polled"));
        });
        reader.start();
        try {
            polling.get(120, TimeUnit.SECONDS);
            child.toHandle().destroy(); // SIGTERM (Process.destroy would also close the pipe of its output)
            assertThat(child.waitFor(90, TimeUnit.SECONDS)).as("serve stopped").isTrue();
            reader.join(10_000);
        } finally {
            child.destroyForcibly();
        }
        String log;
        synchronized (output) {
            log = output.toString();
        }
        assertThat(log).contains("Closing JPA EntityManagerFactory") // the application closed, its output read to the end
                .doesNotContain("Database is already closed", " ERROR ", "Could not release the lease");
        assertThat(child.exitValue()).as("exit status after a clean stop").isZero();

        String url = "jdbc:h2:file:" + directory.resolve("data/tawasul") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE";
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name, held_until FROM lease WHERE holder = 'stop-test'")) {
            int leases = 0;
            while (rows.next()) {
                leases++;
                assertThat(rows.getLong("held_until")).as("lease %s given up", rows.getString("name")).isZero();
            }
            assertThat(leases).as("the leases serve took (Telegram polling, the outbox)").isGreaterThanOrEqualTo(2);
        }
    }
}
