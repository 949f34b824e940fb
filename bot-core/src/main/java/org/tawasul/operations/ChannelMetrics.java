package org.tawasul.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Set;
import org.tawasul.channels.ChannelId;
import org.tawasul.db.outbox.ChannelAddresses;
import org.tawasul.db.outbox.OutboxStatus;
import org.tawasul.outbound.OutboxStatistics;
import org.tawasul.turns.InboxStatistics;

/**
 * Gauges per channel: outbox messages by status ({@code tawasul.outbox.messages}), the age of the oldest
 * pending one ({@code tawasul.outbox.oldest.pending}), addresses that get nothing by state
 * ({@code tawasul.channel.addresses}: blocked, opted out, invalid), inbound events waiting for a retry and given up
 * ({@code tawasul.inbox.pending}, {@code tawasul.inbox.given.up}). Counters and timers of turns and sends
 * are recorded where they happen (turns, outbound). Tags are channel and status only.
 */
final class ChannelMetrics implements MeterBinder {

    private final Set<ChannelId> channels;
    private final OutboxStatistics outbox;
    private final InboxStatistics inbox;

    ChannelMetrics(Set<ChannelId> channels, OutboxStatistics outbox, InboxStatistics inbox) {
        this.channels = channels;
        this.outbox = outbox;
        this.inbox = inbox;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (ChannelId channel : channels) {
            for (OutboxStatus status : OutboxStatus.values()) {
                Gauge.builder("tawasul.outbox.messages", () -> outbox.of(channel).count(status))
                        .description("Outbox messages by status").tag("channel", channel.id())
                        .tag("status", status.name().toLowerCase(java.util.Locale.ROOT)).register(registry);
            }
            Gauge.builder("tawasul.outbox.oldest.pending", () -> outbox.oldestPendingSeconds(channel))
                    .description("Age of the oldest pending outbox message").baseUnit("seconds")
                    .tag("channel", channel.id()).register(registry);
            for (ChannelAddresses.State state : ChannelAddresses.State.values()) {
                if (state != ChannelAddresses.State.ACTIVE) {
                    Gauge.builder("tawasul.channel.addresses", () -> outbox.of(channel).addresses(state))
                            .description("Addresses that get nothing: blocked, opted out, invalid")
                            .tag("channel", channel.id()).tag("state", state.name().toLowerCase(java.util.Locale.ROOT))
                            .register(registry);
                }
            }
            Gauge.builder("tawasul.inbox.pending", () -> inbox.of(channel).pending())
                    .description("Inbound events stored but not processed, waiting for a retry")
                    .tag("channel", channel.id()).register(registry);
            Gauge.builder("tawasul.inbox.given.up", () -> inbox.of(channel).givenUp())
                    .description("Inbound events given up after the last attempt, kept for staff")
                    .tag("channel", channel.id()).register(registry);
        }
    }
}
