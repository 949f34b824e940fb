package org.tawasul.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.tawasul.bench.fake.FakeBotApiServer;

/**
 * {@code bin/tawasul serve} as built: from the bean definitions Spring's AOT processing wrote at build time
 * ({@code process-aot}), which fix every {@code @Conditional} by the build's own settings. Which channels run must
 * still follow the settings the node starts with: each test starts the built application in a child process with
 * other channel settings and checks the beans that exist from the outside (answers, endpoints, health). Run by
 * failsafe after {@code package}, where the generated definitions exist.
 */
@EnabledOnOs(OS.LINUX)
class ServeFromAotIT {

    private static final Path LAUNCHER = Path.of(System.getProperty("basedir", ".")).resolve("../bin/tawasul").normalize();
    private static final String MEMBER_UPDATE = "{\"update_id\":1,\"message\":{\"message_id\":1,\"date\":1767225600,"
            + "\"chat\":{\"id\":71,\"type\":\"private\"},\"text\":\"مرحبا\"}}";
    private static final String WEBHOOK_SECRET = "an-aot-webhook-secret-0123456789";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final int serverPort = freePort();
    private final int managementPort = freePort();

    @TempDir
    Path directory;

    private Process child;
    private Thread reader;
    private final StringBuilder output = new StringBuilder();

    @AfterEach
    void stop() throws Exception {
        if (child != null) {
            child.toHandle().destroy();
            if (!child.waitFor(60, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        }
    }

    @Test
    void everyChannelThatIsConfiguredRunsAndAnswers() throws Exception {
        try (FakeBotApiServer telegram = new FakeBotApiServer(List.of(MEMBER_UPDATE), 1)) {
            start("--tawasul.telegram.token=1:aot", "--tawasul.telegram.api-url=" + telegram.url(),
                    "--tawasul.telegram.poll-timeout=0s",
                    "--tawasul.twilio.account-sid=AC0123456789abcdef0123456789abcdef",
                    "--tawasul.twilio.auth-token=0123456789abcdef0123456789abcdef", "--tawasul.twilio.from=TAWASUL",
                    "--tawasul.twilio.public-url=https://bot.example.org", "--tawasul.twilio.api-url=http://127.0.0.1:9",
                    "--spring.mail.host=127.0.0.1", "--spring.mail.port=9",
                    "--tawasul.mail.from=Tawasul <tawasul@society.example>",
                    "--tawasul.mail.reply-address=tawasul+{token}@society.example",
                    "--tawasul.mail.token-key=an-integration-test-key-of-at-least-32-bytes",
                    "--tawasul.mail.imap.host=127.0.0.1", "--tawasul.mail.imap.port=9", "--tawasul.mail.imap.ssl=false",
                    "--tawasul.mail.imap.username=tawasul", "--tawasul.mail.imap.password=secret");

            telegram.awaitSends(1, Duration.ofSeconds(60)); // polled, ran the member's turn, sent the answer
            assertThat(channelsInHealth()).containsExactlyInAnyOrder("email", "sms", "telegram");
            assertThat(post("/webhooks/twilio/status").statusCode()).as("Twilio's webhook, unsigned").isEqualTo(403);
            assertThat(post("/webhooks/telegram").statusCode()).as("no Telegram webhook while polling").isEqualTo(404);
        }
        assertThat(output()).contains("Starting AOT-processed Tawasul", "Telegram long polling started");
    }

    @Test
    void telegramByWebhookHasNoPoller() throws Exception {
        try (FakeBotApiServer telegram = new FakeBotApiServer(List.of(MEMBER_UPDATE), 1)) {
            start("--tawasul.telegram.token=1:aot", "--tawasul.telegram.api-url=" + telegram.url(),
                    "--tawasul.telegram.mode=webhook", "--tawasul.telegram.webhook-secret=" + WEBHOOK_SECRET);

            assertThat(post("/webhooks/telegram").statusCode()).as("no secret").isEqualTo(403);
            HttpResponse<String> update = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + serverPort + "/webhooks/telegram"))
                    .header("X-Telegram-Bot-Api-Secret-Token", WEBHOOK_SECRET).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(MEMBER_UPDATE)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(update.statusCode()).isEqualTo(200);
            telegram.awaitSends(1, Duration.ofSeconds(30)); // the member's turn ran and the answer went out
            assertThat(telegram.firstServedNanos()).as("nothing polled getUpdates").isZero();
            assertThat(channelsInHealth()).containsExactly("telegram");
            assertThat(post("/webhooks/twilio/status").statusCode()).as("SMS is off").isEqualTo(404);
        }
        assertThat(output()).contains("Starting AOT-processed Tawasul").doesNotContain("long polling started");
    }

    @Test
    void withoutChannelSettingsNoChannelRuns() throws Exception {
        start();

        assertThat(channelsInHealth()).isEmpty();
        assertThat(post("/webhooks/telegram").statusCode()).isEqualTo(404);
        assertThat(post("/webhooks/twilio/status").statusCode()).isEqualTo(404);
        assertThat(output()).contains("Starting AOT-processed Tawasul", "Tawasul is running without a member channel");
    }

    @Test
    void aSettingTheBuildFixedIsHonouredByReadingTheConfiguration() throws Exception {
        start("--management.endpoints.web.exposure.include=health,prometheus,info");

        HttpResponse<String> info = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + managementPort + "/actuator/info")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(info.statusCode()).as("the endpoint the setting adds").isEqualTo(200);
        assertThat(output()).contains("Starting without the AOT-processed bean definitions: "
                + "management.endpoints.web.exposure.include").doesNotContain("Starting AOT-processed Tawasul");
    }

    @Test
    void aWrongChannelSettingStopsStartUpNamingTheKey() throws Exception {
        child = launch("--tawasul.twilio.account-sid=not-a-sid", "--tawasul.twilio.auth-token=x",
                "--tawasul.twilio.from=TAWASUL", "--tawasul.twilio.public-url=https://bot.example.org");
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        reader.join(10_000); // its output read to the end
        assertThat(child.exitValue()).isEqualTo(1);
        assertThat(output()).contains("Tawasul could not start: tawasul.twilio.account-sid");
    }

    /** Starts {@code bin/tawasul serve} with the settings and waits until Spring reports it started. */
    private void start(String... settings) throws Exception {
        child = launch(settings);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(50)).until(() -> {
            assertThat(child.isAlive()).as("serve ended before it started:%n%s", output()).isTrue();
            return output().contains("Started Tawasul");
        });
    }

    private Process launch(String... settings) throws IOException {
        assertThat(Files.isExecutable(LAUNCHER)).as("%s (run after package)", LAUNCHER).isTrue();
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString(), "serve", "--server.port=" + serverPort,
                "--management.server.port=" + managementPort, "--tawasul.node.id=aot-test"));
        command.addAll(List.of(settings));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().remove("TAWASUL_JAVA_OPTS");
        Process process = builder.start();
        reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        return process;
    }

    private String output() {
        synchronized (output) {
            return output.toString();
        }
    }

    /** The channels under {@code channels} in the health endpoint. */
    private List<String> channelsInHealth() throws Exception {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + managementPort + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode channels = json.readTree(health.body()).path("components").path("channels").path("components");
        List<String> names = new ArrayList<>();
        channels.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private HttpResponse<String> post(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + serverPort + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("MessageSid=SM1&MessageStatus=delivered")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
