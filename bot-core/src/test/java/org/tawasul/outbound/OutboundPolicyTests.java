package org.tawasul.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dispatcher's settings, backoff and pacing, without Spring or a database. */
class OutboundPolicyTests {

    private static OutboundSettings settings(int batchSize, Map<String, OutboundSettings.Channel> channels) {
        return new OutboundSettings(Duration.ofMillis(200), batchSize, Duration.ofSeconds(60), 10, Duration.ofSeconds(2), 2,
                Duration.ofMinutes(10), channels);
    }

    @Test
    void badSettingsNameTheKeyAndTheFix() {
        assertThatThrownBy(() -> settings(0, Map.of()))
                .hasMessageContaining("tawasul.outbound.batch-size").hasMessageContaining("Fix:");
        assertThatThrownBy(() -> settings(50, Map.of("sms", new OutboundSettings.Channel(0, Duration.ofSeconds(1)))))
                .hasMessageContaining("tawasul.outbound.channels.sms.rate-per-second").hasMessageContaining("Fix:");
        assertThatThrownBy(() -> new OutboundSettings(Duration.ofMillis(200), 50, Duration.ofSeconds(60), 10,
                Duration.ofMinutes(1), 2, Duration.ofSeconds(10), Map.of()))
                .hasMessageContaining("tawasul.outbound.backoff-max");
    }

    @Test
    void unnamedChannelsGetTelegramsLimits() {
        OutboundSettings.Channel channel = settings(50, Map.of()).channel("telegram");
        assertThat(channel.ratePerSecond()).isEqualTo(30);
        assertThat(channel.perRecipientInterval()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void backoffGrowsWithJitterUpToTheMaximum() {
        Backoff backoff = new Backoff(settings(50, Map.of()));
        for (int i = 0; i < 100; i++) {
            assertThat(backoff.after(0)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
            assertThat(backoff.after(3)).isBetween(Duration.ofSeconds(8), Duration.ofSeconds(16));
            assertThat(backoff.after(30)).isBetween(Duration.ofMinutes(5), Duration.ofMinutes(10));
        }
    }

    @Test
    void delaysAreRoundedUpToTheSecondNeverDown() {
        Instant now = Instant.parse("2026-11-22T10:00:00.300Z");
        assertThat(Backoff.notBefore(now, Duration.ofMillis(800))).isEqualTo(Instant.parse("2026-11-22T10:00:02Z"));
        assertThat(Backoff.notBefore(now, Duration.ofMillis(700))).isEqualTo(Instant.parse("2026-11-22T10:00:01Z"));
        assertThat(Backoff.notBefore(now, Duration.ofSeconds(-5))).isEqualTo(Instant.parse("2026-11-22T10:00:01Z"));
    }

    @Test
    void theBucketKeepsTheRateAndTheRecipientItsInterval() {
        Pacer pacer = new Pacer(settings(50, Map.of("tg", new OutboundSettings.Channel(10, Duration.ofSeconds(1)))));
        long t = 1_000_000_000L;
        assertThat(pacer.tryTake("tg", t)).isZero();
        long wait = pacer.tryTake("tg", t);
        assertThat(wait).isBetween(99_000_000L, 100_000_000L);
        assertThat(pacer.tryTake("tg", t + wait)).isZero();
        // idle for a minute: at most one second's worth (10) at once
        long later = t + 60_000_000_000L;
        for (int i = 0; i < 10; i++) {
            assertThat(pacer.tryTake("tg", later)).isZero();
        }
        assertThat(pacer.tryTake("tg", later)).isPositive();

        assertThat(pacer.recipientReady("tg", "42", t)).isTrue();
        pacer.sent("tg", "42", t);
        assertThat(pacer.recipientReady("tg", "42", t + 999_000_000L)).isFalse();
        assertThat(pacer.recipientReady("tg", "42", t + 1_000_000_000L)).isTrue();
        assertThat(pacer.recipientReady("tg", "43", t)).isTrue();
    }
}
