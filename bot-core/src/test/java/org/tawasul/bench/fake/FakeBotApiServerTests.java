package org.tawasul.bench.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** The fake Bot API of the polling benchmark and the training run: batches of updates, counted sends. */
class FakeBotApiServerTests {

    private final HttpClient http = HttpClient.newHttpClient();

    private String call(FakeBotApiServer api, String method) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(api.url() + "/bot1:x/" + method))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void handsOutTheUpdatesABatchAtATimeThenNone() throws Exception {
        try (FakeBotApiServer api = new FakeBotApiServer(List.of("{\"update_id\":1}", "{\"update_id\":2}",
                "{\"update_id\":3}"), 2)) {
            assertThat(api.firstServedNanos()).isZero();
            assertThat(call(api, "getUpdates")).isEqualTo("{\"ok\":true,\"result\":[{\"update_id\":1},{\"update_id\":2}]}");
            assertThat(api.firstServedNanos()).isPositive();
            assertThat(call(api, "getUpdates")).isEqualTo("{\"ok\":true,\"result\":[{\"update_id\":3}]}");
            assertThat(call(api, "getUpdates")).isEqualTo("{\"ok\":true,\"result\":[]}");
            assertThat(call(api, "setMyCommands")).isEqualTo("{\"ok\":true,\"result\":true}");
        }
    }

    @Test
    void awaitSendsReturnsOnceThatManyMessagesWereSentAndOtherwiseSaysHowManyWere() throws Exception {
        try (FakeBotApiServer api = new FakeBotApiServer(List.of(), 1)) {
            assertThat(call(api, "sendMessage")).contains("\"message_id\":1");
            assertThat(call(api, "sendMessage")).contains("\"message_id\":2");
            api.awaitSends(2, Duration.ofSeconds(5));
            assertThat(api.sends()).isEqualTo(2);
            assertThatThrownBy(() -> api.awaitSends(3, Duration.ofMillis(50)))
                    .isInstanceOf(TimeoutException.class).hasMessage("2 of 3 messages were sent within 50 ms");
        }
    }
}
