package org.tawasul.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tawasul.channels.Pacing;

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
        assertThatThrownBy(() -> settings(50, Map.of("sms", new OutboundSettings.Channel(0.0, Duration.ofSeconds(1)))))
                .hasMessageContaining("tawasul.outbound.channels.sms.rate-per-second").hasMessageContaining("Fix:");
        assertThatThrownBy(() -> new OutboundSettings(Duration.ofMillis(200), 50, Duration.ofSeconds(60), 10,
                Duration.ofMinutes(1), 2, Duration.ofSeconds(10), Map.of()))
                .hasMessageContaining("tawasul.outbound.backoff-max");
    }

    @Test
    void aChannelNotNamedKeepsItsSendersOwnPacing() {
        Pacing declared = new Pacing(10, Duration.ofSeconds(3));
        assertThat(settings(50, Map.of()).pacing("sms", declared)).isEqualTo(declared);
        assertThat(settings(50, Map.of("telegram", new OutboundSettings.Channel(5.0, null))).pacing("sms", declared))
                .as("another channel's setting").isEqualTo(declared);
    }

    @Test
    void aNamedChannelOverridesOnlyWhatIsSet() {
        Pacing declared = new Pacing(30, Duration.ofSeconds(1));
        assertThat(settings(50, Map.of("telegram", new OutboundSettings.Channel(5.0, null))).pacing("telegram", declared))
                .isEqualTo(new Pacing(5, Duration.ofSeconds(1)));
        assertThat(settings(50, Map.of("telegram", new OutboundSettings.Channel(null, Duration.ZERO))).pacing("telegram", declared))
                .isEqualTo(new Pacing(30, Duration.ZERO));
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

    private static Pacer pacer(double rate) {
        return new Pacer(channel -> new Pacing(rate, Duration.ofSeconds(1)));
    }

    @Test
    void sendsKeepASchedule1OverTheRateApartWithNoBurstAfterIdling() {
        Pacer pacer = pacer(10);
        long t = 1_000_000_000L;
        long slot = 100_000_000L;
        assertThat(pacer.tryTake("tg", t)).isZero();
        assertThat(pacer.tryTake("tg", t)).isEqualTo(slot);
        assertThat(pacer.tryTake("tg", t + slot)).isZero();
        // 30 ms late: the schedule does not move, the next start is still at t + 3 slots
        assertThat(pacer.tryTake("tg", t + 2 * slot + 30_000_000L)).isZero();
        assertThat(pacer.tryTake("tg", t + 3 * slot - 1)).isEqualTo(1);
        assertThat(pacer.tryTake("tg", t + 3 * slot)).isZero();
        for (int i = 0; i < 4; i++) {
            pacer.sent("tg", "r" + i, t + 3 * slot + 1_000_000L);
        }
        // idle for a minute: two back to back at most, then one a slot (the former bucket let 10 go at once)
        long later = t + 60_000_000_000L;
        assertThat(pacer.tryTake("tg", later)).isZero();
        assertThat(pacer.tryTake("tg", later)).isZero();
        assertThat(pacer.tryTake("tg", later)).isEqualTo(slot);
    }

    @Test
    void aSendStartsOnlyWhenFewerThanTheRateEndedWithinTheLastSecond() {
        Pacer pacer = pacer(3);
        long t = 1_000_000_000L;
        long ms = 1_000_000L;
        // three sends, 334 ms apart, each taking 50 ms until the provider's answer
        for (int i = 0; i < 3; i++) {
            assertThat(pacer.tryTake("tg", t + i * 334 * ms)).isZero();
            pacer.sent("tg", "r" + i, t + i * 334 * ms + 50 * ms);
        }
        // the spacing allows a fourth at t + 1002 ms, but the first send ended at t + 50 ms: the provider may
        // have read it as late as that, so the fourth waits until a second after that end
        long fourth = t + 1002 * ms;
        long wait = pacer.tryTake("tg", fourth);
        assertThat(wait).isEqualTo(48 * ms + 1);
        assertThat(pacer.tryTake("tg", fourth + wait)).isZero();
    }

    @Test
    void sendsUnderWayFillTheWindowUntilTheyEnd() {
        Pacer pacer = pacer(2);
        long t = 1_000_000_000L;
        assertThat(pacer.tryTake("tg", t)).isZero();
        assertThat(pacer.tryTake("tg", t + 500_000_000L)).isZero();
        // both still under way (no answer yet): no third, however long ago they started
        assertThat(pacer.tryTake("tg", t + 5_000_000_000L)).isPositive();
        pacer.sent("tg", "a", t + 5_000_000_000L);
        pacer.sent("tg", "b", t + 5_000_000_000L);
        assertThat(pacer.tryTake("tg", t + 5_500_000_000L)).isEqualTo(500_000_001L);
        assertThat(pacer.tryTake("tg", t + 6_000_000_001L)).isZero();
    }

    @Test
    void aRateBelowOnePerSecondSpreadsSingleSends() {
        Pacer pacer = pacer(0.5);
        long t = 1_000_000_000L;
        assertThat(pacer.tryTake("tg", t)).isZero();
        pacer.sent("tg", "a", t + 10_000_000L);
        assertThat(pacer.tryTake("tg", t + 1_000_000_000L)).isEqualTo(1_010_000_001L);
    }

    @Test
    void aRecipientWaitsItsIntervalFromTheEndOfItsLastSend() {
        Pacer pacer = pacer(10);
        long t = 1_000_000_000L;
        assertThat(pacer.recipientReady("tg", "42", t)).isTrue();
        pacer.sent("tg", "42", t);
        assertThat(pacer.recipientReady("tg", "42", t + 999_000_000L)).isFalse();
        assertThat(pacer.recipientWait("tg", "42", t + 400_000_000L)).isEqualTo(600_000_000L);
        assertThat(pacer.recipientReady("tg", "42", t + 1_000_000_000L)).isTrue();
        assertThat(pacer.recipientWait("tg", "42", t + 1_000_000_000L)).isZero();
        assertThat(pacer.recipientReady("tg", "43", t)).isTrue();
    }
}
