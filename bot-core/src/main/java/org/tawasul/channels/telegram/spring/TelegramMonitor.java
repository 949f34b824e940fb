package org.tawasul.channels.telegram.spring;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.tawasul.channels.ChannelId;
import org.tawasul.lease.NodeLease;
import org.tawasul.operations.ChannelMonitor;
import org.tawasul.operations.ReceiverStatus;

/**
 * The Telegram channel's {@link ChannelMonitor}: how updates arrive, when Telegram was last heard from
 * (a {@code getUpdates} that returned, a webhook call stored) and, when polling, which node holds the
 * polling lease. A polling node that has not heard from Telegram for {@code stale-after} is DOWN.
 */
final class TelegramMonitor implements ChannelMonitor {

    private final TelegramSettings settings;
    private final Clock clock;
    private final Instant since;
    private final AtomicReference<Instant> lastReceived = new AtomicReference<>();
    private volatile NodeLease lease;
    private volatile boolean receiving;

    TelegramMonitor(TelegramSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.since = clock.instant();
        this.receiving = settings.mode() == TelegramSettings.Mode.WEBHOOK;
    }

    /** Telegram answered a poll, or a webhook call was stored. */
    void received() {
        lastReceived.set(clock.instant());
    }

    /** The poller runs under this lease; {@code holding} says whether this node holds it now. */
    void polling(NodeLease lease, boolean holding) {
        this.lease = lease;
        this.receiving = holding;
    }

    @Override
    public ChannelId channel() {
        return ChannelId.TELEGRAM;
    }

    @Override
    public ReceiverStatus status() {
        String mode = settings.mode().name().toLowerCase(Locale.ROOT).replace('_', '-');
        NodeLease polling = lease;
        return new ReceiverStatus(mode, receiving, lastReceived.get(), since,
                polling == null ? null : polling.holder(),
                settings.mode() == TelegramSettings.Mode.POLLING ? settings.staleAfter() : null);
    }
}
