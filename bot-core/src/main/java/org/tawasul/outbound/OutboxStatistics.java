package org.tawasul.outbound;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tawasul.channels.ChannelId;
import org.tawasul.db.outbox.ChannelAddresses;
import org.tawasul.db.outbox.OutboxRepository;
import org.tawasul.db.outbox.OutboxStatus;

/**
 * The outbox in figures, per channel: messages by status and the oldest pending one, and the addresses
 * that get nothing (blocked, opted out, invalid), for health and metrics. One grouped query, kept for a few seconds so that health checks and scrapes do not each
 * count the table; counts only, nothing personal.
 */
@Component
public class OutboxStatistics {

    private static final long KEEP_MILLIS = 5_000;

    /**
     * A channel's outbox: messages by status, when the oldest pending one was written (null for none), and
     * the channel's addresses that get nothing, by state (blocked, opted out, invalid).
     */
    public record Backlog(Map<OutboxStatus, Long> byStatus, Instant oldestPending, Map<ChannelAddresses.State, Long> addresses) {

        static final Backlog EMPTY = new Backlog(Map.of(), null, Map.of());

        public long count(OutboxStatus status) {
            return byStatus.getOrDefault(status, 0L);
        }

        /** Addresses of the channel in this state ({@link ChannelAddresses.State#ACTIVE} is not counted: 0). */
        public long addresses(ChannelAddresses.State state) {
            return addresses.getOrDefault(state, 0L);
        }
    }

    private final OutboxRepository outbox;
    private final ChannelAddresses addresses;
    private final Clock clock;
    private volatile Map<ChannelId, Backlog> snapshot = Map.of();
    private volatile long takenAt;

    OutboxStatistics(OutboxRepository outbox, ChannelAddresses addresses, Clock clock) {
        this.outbox = outbox;
        this.addresses = addresses;
        this.clock = clock;
    }

    /** The channel's backlog, at most a few seconds old. */
    public Backlog of(ChannelId channel) {
        return snapshot().getOrDefault(channel, Backlog.EMPTY);
    }

    /** Seconds since the oldest pending message of the channel was written; 0 when none is pending. */
    public long oldestPendingSeconds(ChannelId channel) {
        Instant oldest = of(channel).oldestPending();
        return oldest == null ? 0 : Math.max(0, clock.instant().getEpochSecond() - oldest.getEpochSecond());
    }

    private Map<ChannelId, Backlog> snapshot() {
        long now = System.currentTimeMillis();
        if (now - takenAt > KEEP_MILLIS) {
            synchronized (this) {
                if (now - takenAt > KEEP_MILLIS) {
                    snapshot = count();
                    takenAt = now;
                }
            }
        }
        return snapshot;
    }

    Map<ChannelId, Backlog> count() {
        Map<ChannelId, Map<OutboxStatus, Long>> counts = new HashMap<>();
        Map<ChannelId, Instant> oldest = new HashMap<>();
        List<Object[]> rows = outbox.countByChannelAndStatus();
        for (Object[] row : rows) {
            ChannelId channel = ChannelId.of((String) row[0]);
            OutboxStatus status = (OutboxStatus) row[1];
            counts.computeIfAbsent(channel, c -> new EnumMap<>(OutboxStatus.class)).put(status, ((Number) row[2]).longValue());
            if (status == OutboxStatus.PENDING) {
                oldest.put(channel, (Instant) row[3]);
            }
        }
        Map<ChannelId, Map<ChannelAddresses.State, Long>> states = new HashMap<>();
        addresses.countByChannelAndState().forEach((channel, byState) -> states.put(ChannelId.of(channel), byState));
        Map<ChannelId, Backlog> backlog = new HashMap<>();
        counts.forEach((channel, byStatus) -> backlog.put(channel, new Backlog(Map.copyOf(byStatus), oldest.get(channel),
                Map.copyOf(states.getOrDefault(channel, Map.of())))));
        states.forEach((channel, byState) -> backlog.putIfAbsent(channel, new Backlog(Map.of(), null, Map.copyOf(byState))));
        return Map.copyOf(backlog);
    }
}
