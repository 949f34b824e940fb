package org.tawasul.outbound;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Sends the outbox through the registered {@link ChannelSender}s on one thread per node, paced per
 * channel and per recipient, in order per recipient; channels without a sender (the console) are
 * left alone, and without any sender the dispatcher does not start.
 * <p>Each round claims and leases due messages in one short transaction, then sends them with no
 * transaction open, recording each outcome in its own transaction. A message is sent twice only if
 * the node stops between the provider accepting it and that commit (the lease then runs out and the
 * message is sent again), or if a send outlives the lease.
 */
public class OutboxDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final Map<String, ChannelSender> senders;
    private final OutboxLedger ledger;
    private final Pacer pacer;
    private final DispatchCounts counts;
    private final OutboundSettings settings;
    private final Object wakeUp = new Object();
    private volatile boolean running;
    private Thread thread;

    OutboxDispatcher(List<ChannelSender> senders, OutboxLedger ledger, DispatchCounts counts, OutboundSettings settings) {
        this.senders = senders.stream().collect(Collectors.toUnmodifiableMap(ChannelSender::channel, Function.identity(),
                (a, b) -> {
                    throw new IllegalStateException("Two channel senders for channel '" + a.channel() + "': "
                            + a.getClass().getName() + " and " + b.getClass().getName() + ". Fix: register one per channel");
                }));
        this.ledger = ledger;
        this.pacer = new Pacer(settings);
        this.counts = counts;
        this.settings = settings;
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
        List<OutboxLedger.Claimed> claimed = ledger.claim(senders.keySet(),
                (channel, recipient) -> pacer.recipientReady(channel, recipient, System.nanoTime()));
        for (int i = 0; i < claimed.size(); i++) {
            OutboundMessage message = claimed.get(i).message();
            if (!awaitToken(message.channel())) {
                ledger.release(claimed.subList(i, claimed.size()));
                return i;
            }
            SendOutcome outcome = send(message);
            pacer.sent(message.channel(), message.recipient(), System.nanoTime());
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
            SendOutcome outcome = senders.get(message.channel()).send(message);
            return outcome != null ? outcome : new SendOutcome.Failed("the sender returned no outcome");
        } catch (RuntimeException e) {
            log.warn("The {} sender threw for outbox message {}", message.channel(), message.outboxId(), e);
            return new SendOutcome.Failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Waits for the channel's next token; false when stopping meanwhile (only a running loop is ever stopped). */
    private boolean awaitToken(String channel) {
        for (long wait; (wait = pacer.tryTake(channel, System.nanoTime())) > 0; ) {
            if (thread == Thread.currentThread() && !running) {
                return false;
            }
            pause(wait);
        }
        return thread != Thread.currentThread() || running;
    }

    private void loop() {
        log.info("Outbox dispatcher started for {}", senders.keySet());
        while (running) {
            int handed = 0;
            try {
                handed = dispatchOnce();
            } catch (RuntimeException e) {
                log.error("Outbox round failed; trying again after the poll interval", e);
            }
            counts.logEveryMinute(System.nanoTime());
            if (handed < settings.batchSize() && running) {
                pause(settings.pollInterval().toNanos());
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
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
