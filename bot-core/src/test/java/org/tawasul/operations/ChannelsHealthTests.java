package org.tawasul.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When a receiver counts as stale, without Spring. */
class ChannelsHealthTests {

    private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");

    private static ReceiverStatus polling(Instant last, boolean receiving) {
        return new ReceiverStatus("polling", receiving, last, T0, "node-a", Duration.ofMinutes(2));
    }

    @Test
    void aPollingNodeThatHeardFromTheProviderWithinTheThresholdIsNotStale() {
        assertThat(polling(T0.plusSeconds(100), true).isStale(T0.plusSeconds(200))).isFalse();
    }

    @Test
    void aPollingNodeSilentForLongerThanTheThresholdIsStale() {
        assertThat(polling(T0.plusSeconds(10), true).isStale(T0.plusSeconds(131))).isTrue();
    }

    @Test
    void aPollingNodeThatNeverHeardAnythingIsStaleOnceTheThresholdHasPassedSinceItStarted() {
        assertThat(polling(null, true).isStale(T0.plusSeconds(119))).isFalse();
        assertThat(polling(null, true).isStale(T0.plusSeconds(121))).isTrue();
    }

    @Test
    void aStandbyNodeOrAWebhookIsNeverStale() {
        assertThat(polling(T0, false).isStale(T0.plus(Duration.ofHours(5)))).as("another node polls").isFalse();
        assertThat(new ReceiverStatus("webhook", true, T0, T0, null, null).isStale(T0.plus(Duration.ofDays(2))))
                .as("no webhook traffic is no failure").isFalse();
    }
}
