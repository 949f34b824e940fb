package org.tawasul.turns;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Turns by channel and outcome ({@code tawasul.turns}: processed, redelivered, failed) and how long
 * they took ({@code tawasul.turn.duration}, processed turns only). Tags are channel and outcome only.
 */
final class TurnMetrics {

    private final MeterRegistry registry;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    TurnMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void processed(String channel, long startNanos) {
        count(channel, "processed");
        timers.computeIfAbsent(channel, c -> Timer.builder("tawasul.turn.duration")
                .description("Time to run a turn, from the event stored to its commit")
                .tag("channel", c).publishPercentileHistogram().register(registry))
                .record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
    }

    void redelivered(String channel) {
        count(channel, "redelivered");
    }

    void failed(String channel) {
        count(channel, "failed");
    }

    /** An event whose turn failed its last attempt: the member was told, the event waits for staff. */
    void givenUp(String channel) {
        count(channel, "given-up");
    }

    /** A member's message beyond {@code tawasul.limits.turns-per-minute}: not run as an answer. */
    void throttled(String channel) {
        count(channel, "throttled");
    }

    private void count(String channel, String outcome) {
        counters.computeIfAbsent(channel + '/' + outcome, key -> Counter.builder("tawasul.turns")
                .description("Inbound events by what their turn did").tag("channel", channel).tag("outcome", outcome)
                .register(registry)).increment();
    }
}
