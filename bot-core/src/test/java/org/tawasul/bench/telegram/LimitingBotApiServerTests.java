package org.tawasul.bench.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The limit-enforcing fake Bot API of the pacing benchmark: its limits on given times, and its 429 answer. */
class LimitingBotApiServerTests {

    private static final long SECOND = LimitingBotApiServer.Limits.SECOND;

    @Test
    void atMostTheRateInAnySlidingWindow() {
        var limits = new LimitingBotApiServer.Limits(3, SECOND, SECOND);
        long t = 5 * SECOND;
        assertThat(limits.offer("1", t)).isZero();
        assertThat(limits.offer("2", t + 400_000_000L)).isZero();
        assertThat(limits.offer("3", t + 800_000_000L)).isZero();
        // a fourth within the second that began with the first: refused, wait at least a second
        assertThat(limits.offer("4", t + 999_999_999L)).isEqualTo(1);
        // a second after the first, the first has left the window
        assertThat(limits.offer("4", t + SECOND)).isZero();
        assertThat(limits.offer("5", t + SECOND + 1)).isEqualTo(1);
        assertThat(limits.overRate()).isEqualTo(2);
        assertThat(limits.accepted()).containsExactly(t, t + 400_000_000L, t + 800_000_000L, t + SECOND);
        assertThat(limits.maxInAnyWindow()).isEqualTo(3);
    }

    @Test
    void oneMessagePerChatPerInterval() {
        var limits = new LimitingBotApiServer.Limits(30, SECOND, SECOND);
        long t = 5 * SECOND;
        assertThat(limits.offer("7", t)).isZero();
        assertThat(limits.offer("7", t + 999_000_000L)).isEqualTo(1);
        assertThat(limits.offer("8", t + 999_000_000L)).isZero();
        assertThat(limits.offer("7", t + SECOND)).isZero();
        assertThat(limits.overChat()).isEqualTo(1);
        assertThat(limits.overRate()).isZero();
        // refused calls are not delivered and do not count against the window
        assertThat(limits.accepted()).hasSize(3);
    }

    @Test
    void theWaitIsRoundedUpToWholeSeconds() {
        var limits = new LimitingBotApiServer.Limits(1, 3 * SECOND, SECOND);
        assertThat(limits.offer("1", 0)).isZero();
        assertThat(limits.offer("2", SECOND / 2)).isEqualTo(3);
    }

    @Test
    void aCallOverTheLimitGetsTelegrams429() throws Exception {
        // a window of an hour: the second call is over the limit however slow the machine
        try (var api = new LimitingBotApiServer(1, TimeUnit.HOURS.toNanos(1))) {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> first = http.send(sendMessage(api, "555"), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> second = http.send(sendMessage(api, "556"), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> again = http.send(sendMessage(api, "555"), HttpResponse.BodyHandlers.ofString());

            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.body()).contains("\"ok\":true", "\"id\":555");
            assertThat(second.statusCode()).isEqualTo(429);
            assertThat(second.body()).contains("\"error_code\":429", "Too Many Requests: retry after 3600",
                    "\"parameters\":{\"retry_after\":3600}");
            assertThat(again.statusCode()).isEqualTo(429);
            assertThat(api.limits().accepted()).hasSize(1);
            assertThat(api.limits().overRate()).isEqualTo(1);
            assertThat(api.limits().overChat()).isEqualTo(1);

            HttpResponse<String> other = http.send(HttpRequest.newBuilder(URI.create(api.url() + "/bot1:x/deleteWebhook"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(other.body()).isEqualTo("{\"ok\":true,\"result\":true}");
        }
    }

    private static HttpRequest sendMessage(LimitingBotApiServer api, String chat) {
        return HttpRequest.newBuilder(URI.create(api.url() + "/bot1:x/sendmessage"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"chat_id\":\"" + chat + "\",\"text\":\"hello\"}")).build();
    }
}
