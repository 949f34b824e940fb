package org.tawasul.channels.twilio.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tawasul.TawasulApplication;
import org.tawasul.channels.ChannelId;
import org.tawasul.channels.twilio.FakeTwilioApi;
import org.tawasul.channels.twilio.TwilioSignatures;
import org.tawasul.outbound.Outbox;

/**
 * What an operator sees of the SMS channel: its health (receiving by webhook, when Twilio last called,
 * the backlog, refused messages, opted-out and invalid numbers) and its metrics, built the same way as
 * Telegram's through the {@code ChannelMonitor} role; nothing personal.
 */
class TwilioOperationsIntegrationTests {

    private static final String MEMBER = "+966501234567";
    private static final String INVALID = "+966500000009";

    @TempDir Path data;
    private final FakeTwilioApi twilio = new FakeTwilioApi();
    private final HttpClient http = HttpClient.newHttpClient();
    private final TwilioSignatures signatures = new TwilioSignatures(FakeTwilioApi.AUTH_TOKEN);
    private ConfigurableApplicationContext context;

    @AfterEach
    void stop() {
        if (context != null) {
            context.close();
        }
        twilio.close();
    }

    private void start() {
        context = new SpringApplication(TawasulApplication.class).run(
                "--server.port=0", "--server.address=127.0.0.1", "--management.server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("tawasul") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE",
                "--tawasul.privacy.key-file=" + data.resolve("privacy.keys"),
                "--tawasul.twilio.account-sid=" + FakeTwilioApi.ACCOUNT_SID,
                "--tawasul.twilio.auth-token=" + FakeTwilioApi.AUTH_TOKEN,
                "--tawasul.twilio.from=TAWASUL",
                "--tawasul.twilio.public-url=https://bot.example.org",
                "--tawasul.twilio.api-url=" + twilio.url(),
                "--tawasul.outbound.poll-interval=50ms");
    }

    private String get(String property, String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + context.getEnvironment().getProperty(property) + path)).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }

    private JsonNode sms() throws Exception {
        String health = get("local.management.port", "/actuator/health");
        return new ObjectMapper().readTree(health.substring(health.indexOf(' ') + 1))
                .path("components").path("channels").path("components").path("sms");
    }

    private int memberTexts(String text) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("MessageSid", "SM" + "3".repeat(32));
        form.put("AccountSid", FakeTwilioApi.ACCOUNT_SID);
        form.put("From", MEMBER);
        form.put("To", "+14155550100");
        form.put("Body", text);
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + context.getEnvironment()
                        .getProperty("local.server.port") + "/webhooks/twilio/sms"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(TwilioSignatures.HEADER, signatures.sign("https://bot.example.org/webhooks/twilio/sms", form))
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    @Test
    void theSmsChannelReportsItsWebhooksBacklogRefusalsAndOptOutsLikeTelegramWithNothingPersonal() throws Exception {
        start();
        JsonNode before = sms();
        assertThat(before.path("status").asText()).isEqualTo("UP");
        assertThat(before.path("details").path("mode").asText()).as("no longer send-only").isEqualTo("webhook");
        assertThat(before.path("details").path("receiving").asBoolean()).isTrue();
        assertThat(before.path("details").path("twoWay").asBoolean()).isFalse();
        assertThat(before.path("details").path("lastReceived").asText()).isEqualTo("never");
        assertThat(before.path("details").path("lastInboundSms").asText()).isEqualTo("never");

        twilio.fail(400, 21211, "The 'To' number is not a valid phone number.");
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult(status ->
                context.getBean(Outbox.class).enqueue(Outbox.Entry.text(ChannelId.SMS, INVALID, "test", null)));
        assertThat(memberTexts("STOP")).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode details = sms().path("details");
            assertThat(details.path("outboxFailed").asLong()).isEqualTo(1);
            assertThat(details.path("addressesInvalid").asLong()).isEqualTo(1);
            assertThat(details.path("addressesOptedOut").asLong()).isEqualTo(1);
        });
        JsonNode after = sms();
        assertThat(after.path("status").asText()).isEqualTo("UP");
        assertThat(after.path("details").path("lastReceived").asText()).startsWith("20");
        assertThat(after.path("details").path("lastInboundSms").asText()).startsWith("20");
        assertThat(after.path("details").path("lastDeliveryReport").asText()).isEqualTo("never");
        assertThat(after.path("details").path("outboxPending").asLong()).isZero();
        assertThat(after.path("details").path("outboxUndelivered").isNumber()).isTrue();
        assertThat(after.path("details").path("addressesBlocked").asLong()).isZero();
        assertThat(after.toString()).doesNotContain("501234567").doesNotContain("500000009");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(get("local.management.port", "/actuator/prometheus"))
                .contains("tawasul_channel_addresses{channel=\"sms\",state=\"opted_out\"} 1.0")
                .contains("tawasul_channel_addresses{channel=\"sms\",state=\"invalid\"} 1.0")
                .contains("tawasul_outbox_messages{channel=\"sms\",status=\"failed\"} 1.0")
                .contains("tawasul_outbox_oldest_pending_seconds{channel=\"sms\"}")
                .doesNotContain("501234567").doesNotContain("500000009"));
    }
}
