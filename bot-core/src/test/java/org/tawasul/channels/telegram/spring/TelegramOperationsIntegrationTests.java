package org.tawasul.channels.telegram.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.tawasul.TawasulApplication;
import org.tawasul.channels.telegram.FakeBotApi;
import org.tawasul.testing.MutableClock;

/**
 * What an operator sees of a Telegram bot that polls: the health of the channel and the Prometheus
 * metrics, on the management port, which listens on loopback only.
 */
class TelegramOperationsIntegrationTests {

    @TempDir Path data;
    private final FakeBotApi api = new FakeBotApi();
    private final MutableClock clock = MutableClock.startingNow();
    private ConfigurableApplicationContext context;
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        if (context != null) {
            context.close();
        }
        api.close();
    }

    private void start() {
        SpringApplication application = new SpringApplication(TawasulApplication.class);
        clock.register(application);
        context = application.run(
                "--server.port=0", "--server.address=127.0.0.1", "--management.server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("tawasul") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE",
                "--tawasul.telegram.token=" + FakeBotApi.TOKEN,
                "--tawasul.telegram.api-url=" + api.url(),
                "--tawasul.telegram.poll-timeout=0s", "--tawasul.telegram.stale-after=1m");
    }

    private static JsonNode json(String response) throws Exception {
        return new ObjectMapper().readTree(response.substring(response.indexOf(' ') + 1));
    }

    private int managementPort() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.management.port"));
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + managementPort() + path)).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }

    @Test
    void aPollingBotIsUpWithItsLeaseHolderLastPollAndBacklogAndDownOncePollsStopSucceeding() throws Exception {
        api.updates("hello", List.of(Updates.text(901, "مرحبا")));
        start();
        await().atMost(Duration.ofSeconds(20)).until(() -> get("/actuator/health").contains("\"lastReceived\":\"20"));

        String health = get("/actuator/health");
        assertThat(health).startsWith("200 ").doesNotContain("مرحبا").doesNotContain("555");
        JsonNode components = json(health).path("components");
        assertThat(components.path("db").path("status").asText()).isEqualTo("UP");
        JsonNode telegram = components.path("channels").path("components").path("telegram");
        assertThat(telegram.path("status").asText()).isEqualTo("UP");
        assertThat(telegram.path("details").path("mode").asText()).isEqualTo("polling");
        assertThat(telegram.path("details").path("receiving").asBoolean()).isTrue();
        assertThat(telegram.path("details").path("leaseHolder").asText()).isNotBlank();
        assertThat(telegram.path("details").path("outboxPending").isNumber()).isTrue();
        assertThat(telegram.path("details").path("outboxOldestPendingSeconds").isNumber()).isTrue();
        assertThat(telegram.path("details").path("inboxGivenUp").asInt()).isZero();

        api.server.stubFor(WireMock.any(FakeBotApi.path("getupdates")).atPriority(1)
                .willReturn(WireMock.aResponse().withStatus(502).withBody("{\"ok\":false,\"error_code\":502}")));
        // the clock stands still unless moved: each look moves it past the threshold since the last poll that returned
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            clock.advance(Duration.ofMinutes(2));
            return get("/actuator/health").startsWith("503 ");
        });
        assertThat(json(get("/actuator/health")).path("components").path("channels").path("components")
                .path("telegram").path("status").asText()).isEqualTo("DOWN");
    }

    @Test
    void prometheusCountsTurnsSendsAndTheOutboxPerChannelWithNothingPersonal() throws Exception {
        api.updates("hello", List.of(Updates.text(911, "مرحبا")));
        start();
        await().atMost(Duration.ofSeconds(20)).until(() -> api.sent("sendmessage").size() >= 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> get("/actuator/prometheus")
                .contains("tawasul_sends_total{channel=\"telegram\",outcome=\"sent\"}"));

        String metrics = get("/actuator/prometheus");
        assertThat(metrics).startsWith("200 ")
                .contains("tawasul_turns_total{channel=\"telegram\",outcome=\"processed\"} 1.0")
                .contains("tawasul_turn_duration_seconds_count{channel=\"telegram\"} 1")
                .contains("tawasul_outbox_messages{channel=\"telegram\",status=\"sent\"}")
                .contains("tawasul_outbox_oldest_pending_seconds{channel=\"telegram\"}")
                .contains("tawasul_inbox_pending{channel=\"telegram\"} 0.0")
                .contains("tawasul_inbox_given_up{channel=\"telegram\"} 0.0")
                .doesNotContain("\"555\"").doesNotContain("مرحبا");
    }

    @Test
    void theManagementPortIsNotReachableFromOtherHosts() throws Exception {
        Optional<InetAddress> external = externalAddress();
        assumeThat(external).as("a non-loopback address to try").isPresent();
        start();
        assertThat(get("/actuator/health")).startsWith("200 ");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(external.get(), managementPort()), 2_000);
            throw new AssertionError("the management port answered on " + external.get());
        } catch (ConnectException refused) {
            // as it should: it listens on 127.0.0.1 only
        }
    }

    private static Optional<InetAddress> externalAddress() throws IOException {
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (network.isUp() && !network.isLoopback()) {
                for (InetAddress address : Collections.list(network.getInetAddresses())) {
                    if (address instanceof Inet4Address) {
                        return Optional.of(address);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
