package org.tawasul.outbound;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sent, retried and failed messages, logged at INFO once a minute when there were any, and counted per
 * channel and outcome in {@code tawasul.sends} (counts only, no personal data).
 */
final class DispatchCounts {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final long MINUTE = 60_000_000_000L;

    final AtomicLong sent = new AtomicLong();
    final AtomicLong retried = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    final AtomicLong uncertain = new AtomicLong();
    private volatile long since = System.nanoTime();
    private final MeterRegistry registry;
    private final Map<String, Counter> sends = new ConcurrentHashMap<>();

    DispatchCounts(MeterRegistry registry) {
        this.registry = registry;
    }

    DispatchCounts() {
        this(new SimpleMeterRegistry());
    }

    /** Counts one send's outcome on the channel: sent, partly-sent, retry-after (429), failed, refused, uncertain. */
    void send(String channel, String outcome) {
        sends.computeIfAbsent(channel + '/' + outcome, key -> Counter.builder("tawasul.sends")
                .description("Provider calls by what the provider answered").tag("channel", channel)
                .tag("outcome", outcome).register(registry)).increment();
    }

    /** Logs and resets the counts when a minute has passed since the last line. */
    void logEveryMinute(long now) {
        if (now - since < MINUTE) {
            return;
        }
        since = now;
        long s = sent.getAndSet(0);
        long r = retried.getAndSet(0);
        long f = failed.getAndSet(0);
        long u = uncertain.getAndSet(0);
        if (s + r + f + u > 0) {
            log.info("Outbox in the last minute: {} sent, {} to retry, {} failed, {} uncertain", s, r, f, u);
        }
    }
}
