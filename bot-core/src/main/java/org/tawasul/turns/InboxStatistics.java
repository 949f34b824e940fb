package org.tawasul.turns;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tawasul.channels.ChannelId;
import org.tawasul.db.inbox.InboxRepository;

/**
 * Inbound events not processed, per channel: those waiting for a retry and those given up after
 * {@code tawasul.turns.max-attempts}, for health and metrics. Kept for a few seconds; counts only.
 */
@Component
public class InboxStatistics {

    private static final long KEEP_MILLIS = 5_000;

    /** A channel's unprocessed events. */
    public record Unprocessed(long pending, long givenUp) {
        static final Unprocessed NONE = new Unprocessed(0, 0);
    }

    private final InboxRepository inbox;
    private final int maxAttempts;
    private volatile Map<ChannelId, Unprocessed> snapshot = Map.of();
    private volatile long takenAt;

    InboxStatistics(InboxRepository inbox, TurnSettings settings) {
        this.inbox = inbox;
        this.maxAttempts = settings.maxAttempts();
    }

    /** The channel's unprocessed events, at most a few seconds old. */
    public Unprocessed of(ChannelId channel) {
        long now = System.currentTimeMillis();
        if (now - takenAt > KEEP_MILLIS) {
            synchronized (this) {
                if (now - takenAt > KEEP_MILLIS) {
                    snapshot = count();
                    takenAt = now;
                }
            }
        }
        return snapshot.getOrDefault(channel, Unprocessed.NONE);
    }

    Map<ChannelId, Unprocessed> count() {
        Map<ChannelId, Unprocessed> counts = new HashMap<>();
        for (Object[] row : inbox.countUnprocessedByChannel(maxAttempts)) {
            counts.put(ChannelId.of((String) row[0]), new Unprocessed(number(row[1]), number(row[2])));
        }
        return Map.copyOf(counts);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
