package org.tawasul.outbound;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Paces one node's sends: a token bucket per channel (its rate, a burst of one second's worth) and a
 * shortest interval per recipient. Thread-safe; times are {@link System#nanoTime()} values.
 */
final class Pacer {

    private final OutboundSettings settings;
    private final Map<String, Bucket> buckets = new HashMap<>();
    private final Map<String, Long> lastSent = new HashMap<>();
    private long lastPrune;

    Pacer(OutboundSettings settings) {
        this.settings = settings;
    }

    /** Whether the recipient's interval has passed since the last message this node sent it. */
    synchronized boolean recipientReady(String channel, String recipient, long now) {
        Long last = lastSent.get(channel + '\n' + recipient);
        return last == null || now - last >= settings.channel(channel).perRecipientInterval().toNanos();
    }

    /** Takes a token of the channel if one is there; otherwise the nanoseconds until one is. */
    synchronized long tryTake(String channel, long now) {
        return buckets.computeIfAbsent(channel, c -> new Bucket(settings.channel(c).ratePerSecond(), now)).tryTake(now);
    }

    /** Notes a message handed to the provider. */
    synchronized void sent(String channel, String recipient, long now) {
        lastSent.put(channel + '\n' + recipient, now);
        if (now - lastPrune > 60_000_000_000L) {
            prune(now);
        }
    }

    /** Forgets recipients whose interval passed long ago, so the map holds only recent ones. */
    private void prune(long now) {
        lastPrune = now;
        for (Iterator<Map.Entry<String, Long>> it = lastSent.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Long> entry = it.next();
            String channel = entry.getKey().substring(0, entry.getKey().indexOf('\n'));
            if (now - entry.getValue() > settings.channel(channel).perRecipientInterval().toNanos()) {
                it.remove();
            }
        }
    }

    /** A token bucket holding at most one second of tokens (at least one). */
    private static final class Bucket {
        private final double perNano;
        private final double capacity;
        private double tokens;
        private long updated;

        Bucket(double ratePerSecond, long now) {
            this.perNano = ratePerSecond / 1e9;
            this.capacity = Math.max(1, ratePerSecond);
            this.tokens = 1;
            this.updated = now;
        }

        long tryTake(long now) {
            tokens = Math.min(capacity, tokens + (now - updated) * perNano);
            updated = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / perNano));
        }
    }
}
