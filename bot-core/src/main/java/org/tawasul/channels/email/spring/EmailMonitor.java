package org.tawasul.channels.email.spring;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.tawasul.channels.ChannelId;
import org.tawasul.lease.NodeLease;
import org.tawasul.operations.ChannelMonitor;
import org.tawasul.operations.ReceiverStatus;

/**
 * The staff mailbox's {@link ChannelMonitor}: whether this node reads it (holds the reader's lease), whether it
 * waits with IDLE or polls, and when the IMAP server last answered (a pass over the folder, an IDLE that
 * returned). The reading node is DOWN when the server has not answered for {@code stale-after} (the server
 * away, a login refused): the reader keeps trying meanwhile.
 */
final class EmailMonitor implements ChannelMonitor {

    private final Clock clock;
    private final Instant since;
    private final java.time.Duration staleAfter;
    private final AtomicReference<Instant> lastReceived = new AtomicReference<>();
    private volatile NodeLease lease;
    private volatile boolean receiving;
    private volatile String mode = "imap";

    EmailMonitor(MailSettings.Imap settings, Clock clock) {
        this.clock = clock;
        this.since = clock.instant();
        this.staleAfter = settings.staleAfterOrDefault();
    }

    /** The server answered. */
    void received() {
        lastReceived.set(clock.instant());
    }

    /** Whether this node holds the reader's lease now. */
    void reading(NodeLease lease, boolean holding) {
        this.lease = lease;
        this.receiving = holding;
    }

    /** How this node waits for mail: {@code imap-idle} or {@code imap-polling}. */
    void mode(boolean idle) {
        this.mode = idle ? "imap-idle" : "imap-polling";
    }

    @Override
    public ChannelId channel() {
        return ChannelId.EMAIL;
    }

    @Override
    public ReceiverStatus status() {
        NodeLease held = lease;
        return new ReceiverStatus(mode, receiving, lastReceived.get(), since, held == null ? null : held.holder(),
                staleAfter);
    }
}
