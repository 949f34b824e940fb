package org.tawasul.outbound;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.tawasul.channels.ChannelSender;
import org.tawasul.channels.OutboundMessage;
import org.tawasul.channels.SendOutcome;
import org.tawasul.lease.NodeLease;

/**
 * Sends the outbox through the registered {@link ChannelSender}s on one thread per node, paced per
 * channel and per recipient, in order per recipient; channels without a sender (the console) are
 * left alone, and without any sender the dispatcher does not start.
 * <p>Pacing is the {@link Pacer}'s. A round also claims the messages of recipients whose interval
 * ends within {@link #LOOKAHEAD} and sends each when its recipient is ready (those ready first go
 * first), so the claim's own time does not stretch the interval; a recipient further off is left for
 * a later round, which comes just before it is ready (at most the poll interval later).
 * <p>Each round claims and leases due messages in one short transaction, then sends them with no
 * transaction open, recording each outcome in its own transaction. A message is sent twice only if
 * the node stops between the provider accepting it and that commit (the lease then runs out and the
 * message is sent again), or if a send outlives the lease.
 */
public class OutboxDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    /** The shortest pause between rounds while a recipient left behind for its interval is nearly ready. */
    private static final long MIN_PAUSE = 1_000_000L;
    /** How far ahead of its recipient's interval a message is claimed (longer than a claim takes). */
    static final long LOOKAHEAD = 50_000_000L;

    private final Map<String, ChannelSender> senders;
    private final OutboxLedger ledger;
    private final Pacer pacer;
    private final DispatchCounts counts;
    private final OutboundSettings settings;
    private final NodeLease lease;
    private final Object wakeUp = new Object();
    private volatile boolean running;
    private Thread thread;
    /** When (nanoTime) the soonest recipient the last round left behind for its interval is ready; 0 for none. */
    private volatile long recipientReadyAt;

    OutboxDispatcher(List<ChannelSender> senders, OutboxLedger ledger, DispatchCounts counts, OutboundSettings settings) {
        this(senders, ledger, counts, settings, NodeLease.ALWAYS);
    }

    /** With {@code lease}: only the node holding it sends, so the channels' rates hold for all nodes together. */
    OutboxDispatcher(List<ChannelSender> senders, OutboxLedger ledger, DispatchCounts counts, OutboundSettings settings,
                     NodeLease lease) {
        this.senders = senders.stream().collect(Collectors.toUnmodifiableMap(sender -> sender.channel().id(), Function.identity(),
                (a, b) -> {
                    throw new IllegalStateException("Two channel senders for channel '" + a.channel() + "': "
                            + a.getClass().getName() + " and " + b.getClass().getName() + ". Fix: register one per channel");
                }));
        this.ledger = ledger;
        this.pacer = new Pacer(channel -> settings.pacing(channel, this.senders.get(channel).defaultPacing()));
        this.counts = counts;
        this.settings = settings;
        this.lease = lease;
    }

    /**
     * Runs one round now, on the calling thread: claims due messages and sends them.
     *
     * @return the number of messages handed to senders
     */
    public int dispatchOnce() {
        if (senders.isEmpty()) {
            return 0;
        }
        recipientReadyAt = 0;
        long[] soonest = {0};
        List<OutboxLedger.Claimed> claimed = new ArrayList<>(ledger.claim(senders.keySet(), (channel, recipient) -> {
            long now = System.nanoTime();
            long wait = pacer.recipientWait(channel, recipient, now);
            if (wait > LOOKAHEAD && (soonest[0] == 0 || now + wait - soonest[0] < 0)) {
                soonest[0] = now + wait;
            }
            return wait <= LOOKAHEAD;
        }));
        recipientReadyAt = soonest[0];
        // one message per recipient: reordering across recipients keeps each recipient's order
        long claimedAt = System.nanoTime();
        claimed.sort(Comparator.comparingLong(c -> pacer.recipientWait(c.message().channel().id(),
                c.message().recipient(), claimedAt)));
        for (int i = 0; i < claimed.size(); i++) {
            OutboundMessage message = claimed.get(i).message();
            if (!awaitTurn(message)) {
                ledger.release(claimed.subList(i, claimed.size()));
                return i;
            }
            SendOutcome outcome = send(message);
            pacer.sent(message.channel().id(), message.recipient(), System.nanoTime());
            try {
                ledger.record(claimed.get(i), outcome);
            } catch (RuntimeException e) {
                log.error("Could not record the outcome of outbox message {} ({}); it is due again when its lease "
                        + "ends", message.outboxId(), outcome.getClass().getSimpleName(), e);
            }
        }
        return claimed.size();
    }

    /** The channels this dispatcher sends on. */
    public Set<String> channels() {
        return senders.keySet();
    }

    private SendOutcome send(OutboundMessage message) {
        try {
            SendOutcome outcome = senders.get(message.channel().id()).send(message);
            return outcome != null ? outcome : new SendOutcome.Failed("the sender returned no outcome");
        } catch (RuntimeException e) {
            log.warn("The {} sender threw for outbox message {}", message.channel(), message.outboxId(), e);
            return new SendOutcome.Failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /**
     * Waits until the message's recipient is ready, then for the channel's turn, and takes it (the
     * caller then sends); false, taking nothing, when stopping meanwhile (only a running loop is ever stopped).
     */
    private boolean awaitTurn(OutboundMessage message) {
        while (thread != Thread.currentThread() || running) {
            long wait = pacer.recipientWait(message.channel().id(), message.recipient(), System.nanoTime());
            if (wait == 0) {
                wait = pacer.tryTake(message.channel().id(), System.nanoTime());
                if (wait == 0) {
                    return true;
                }
            }
            pause(wait);
        }
        return false;
    }

    private void loop() {
        log.info("Outbox dispatcher started for {}", senders.keySet());
        while (running) {
            int handed = 0;
            try {
                if (!lease.hold()) {
                    pause(TimeUnit.MILLISECONDS.toNanos(lease.retryMillis()));
                    continue;
                }
                handed = dispatchOnce();
            } catch (RuntimeException e) {
                log.error("Outbox round failed; trying again after the poll interval", e);
            }
            counts.logEveryMinute(System.nanoTime());
            if (handed < settings.batchSize() && running) {
                // a recipient left behind for its interval is claimed just before it is ready, not a poll later
                long pause = settings.pollInterval().toNanos();
                long readyAt = recipientReadyAt;
                if (readyAt != 0) {
                    pause = Math.min(pause, Math.max(MIN_PAUSE, readyAt - LOOKAHEAD / 2 - System.nanoTime()));
                }
                pause(pause);
            }
        }
        log.info("Outbox dispatcher stopped");
    }

    private void pause(long nanos) {
        synchronized (wakeUp) {
            try {
                if (running || thread != Thread.currentThread()) {
                    TimeUnit.NANOSECONDS.timedWait(wakeUp, nanos);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }

    @Override
    public synchronized void start() {
        if (running || senders.isEmpty()) {
            if (senders.isEmpty()) {
                log.debug("No channel sender registered: the outbox dispatcher stays off");
            }
            return;
        }
        running = true;
        thread = new Thread(this::loop, "outbox-dispatcher");
        thread.start();
    }

    /** Stops after the message being sent, handing back the rest of the round; waits up to the lease. */
    @Override
    public void stop() {
        Thread current;
        synchronized (this) {
            running = false;
            current = thread;
        }
        synchronized (wakeUp) {
            wakeUp.notifyAll();
        }
        if (current != null) {
            try {
                current.join(settings.lease().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            lease.release();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
