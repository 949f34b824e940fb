package org.tawasul.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.tawasul.channels.ChannelId;
import org.tawasul.db.outbox.ChannelAddresses;
import org.tawasul.db.outbox.OutboxStatus;
import org.tawasul.outbound.OutboxStatistics;
import org.tawasul.turns.InboxStatistics;

/**
 * The health of one channel: its receiver (mode, who holds its lease, when it last heard from the
 * provider, and what else its monitor reports), its outbox backlog (pending messages and the age of the
 * oldest, failed and undelivered ones), its addresses that get nothing (blocked, opted out, invalid) and
 * its inbox (events waiting for a retry, events given up). DOWN when the receiver is stale (a polling node that has not
 * polled successfully for longer than its threshold); UP otherwise. Counts and times only.
 */
final class ChannelsHealth implements HealthIndicator {

    private final ChannelId channel;
    private final ChannelMonitor monitor;
    private final OutboxStatistics outbox;
    private final InboxStatistics inbox;
    private final Clock clock;

    ChannelsHealth(ChannelId channel, ChannelMonitor monitor, OutboxStatistics outbox, InboxStatistics inbox, Clock clock) {
        this.channel = channel;
        this.monitor = monitor;
        this.outbox = outbox;
        this.inbox = inbox;
        this.clock = clock;
    }

    /** The channels to report: those that send and those that receive. */
    static Set<ChannelId> channels(List<ChannelId> senders, List<ChannelMonitor> monitors) {
        Set<ChannelId> channels = new TreeSet<>((a, b) -> a.id().compareTo(b.id()));
        channels.addAll(senders);
        monitors.forEach(m -> channels.add(m.channel()));
        return channels;
    }

    @Override
    public Health health() {
        Instant now = clock.instant();
        Map<String, Object> details = new LinkedHashMap<>();
        boolean stale = false;
        if (monitor != null) {
            ReceiverStatus status = monitor.status();
            details.put("mode", status.mode());
            details.put("receiving", status.receiving());
            if (status.leaseHolder() != null) {
                details.put("leaseHolder", status.leaseHolder());
            }
            details.put("lastReceived", status.lastReceived() == null ? "never" : status.lastReceived().toString());
            if (status.lastReceived() != null) {
                details.put("secondsSinceLastReceived", Duration.between(status.lastReceived(), now).toSeconds());
            }
            if (status.staleAfter() != null) {
                details.put("staleAfterSeconds", status.staleAfter().toSeconds());
            }
            stale = status.isStale(now);
            details.putAll(monitor.details());
        } else {
            details.put("mode", "send-only");
        }
        OutboxStatistics.Backlog backlog = outbox.of(channel);
        details.put("outboxPending", backlog.count(OutboxStatus.PENDING));
        details.put("outboxOldestPendingSeconds", outbox.oldestPendingSeconds(channel));
        details.put("outboxFailed", backlog.count(OutboxStatus.FAILED));
        details.put("outboxUndelivered", backlog.count(OutboxStatus.UNDELIVERED));
        details.put("addressesBlocked", backlog.addresses(ChannelAddresses.State.BLOCKED));
        details.put("addressesOptedOut", backlog.addresses(ChannelAddresses.State.OPTED_OUT));
        details.put("addressesInvalid", backlog.addresses(ChannelAddresses.State.INVALID));
        InboxStatistics.Unprocessed unprocessed = inbox.of(channel);
        details.put("inboxPending", unprocessed.pending());
        details.put("inboxGivenUp", unprocessed.givenUp());
        return (stale ? Health.down() : Health.up()).withDetails(details).build();
    }
}
