package org.tawasul.turns;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The turns of a received batch (polled updates, mail read over IMAP), a queue per conversation (the stored
 * events' address): each conversation's turns run in arrival order, one at a time, on the worker pool, while other
 * conversations' turns run beside them and the receiver goes on to its next batch without waiting: one chat's burst
 * delays only that chat. After a turn that did not run, the rest of its conversation's queue is left to the pending
 * sweep (the inbox keeps them, and the turn processor runs them oldest first).
 */
public final class TurnQueues {

    private static final Logger log = LoggerFactory.getLogger(TurnQueues.class);

    private final Map<String, Deque<TurnProcessor.Received>> queues = new HashMap<>();
    private final ExecutorService workers;
    private final Predicate<TurnProcessor.Received> turn;
    private final Runnable heldBack;
    private final String name;
    private int queued;

    /**
     * @param name     what the turns are, for the log (e.g. "Telegram")
     * @param turn     runs one turn; false when it did not run
     * @param heldBack told when a conversation's turns were left for the sweep
     */
    public TurnQueues(String name, ExecutorService workers, Predicate<TurnProcessor.Received> turn, Runnable heldBack) {
        this.name = name;
        this.workers = workers;
        this.turn = turn;
        this.heldBack = heldBack;
    }

    /** Queues the stored turns behind their conversations' earlier ones; a conversation without a running queue gets one. */
    public synchronized void submit(List<TurnProcessor.Received> stored) {
        List<String> started = new java.util.ArrayList<>();
        for (TurnProcessor.Received received : stored) {
            Deque<TurnProcessor.Received> queue = queues.get(received.address());
            if (queue == null) {
                queue = new ArrayDeque<>();
                queues.put(received.address(), queue);
                started.add(received.address());
            }
            queue.add(received);
            queued++;
        }
        started.forEach(chat -> workers.execute(() -> drain(chat))); // once their queues hold the batch
    }

    /** Waits while more than {@code limit} turns are queued (the poller's bound on memory). */
    public synchronized void awaitAtMost(int limit) throws InterruptedException {
        while (queued > limit) {
            wait();
        }
    }

    /** Waits until every queued turn ran, or {@code millis} passed; whether all ran. */
    public synchronized boolean awaitEmpty(long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (queued > 0) {
            long left = end - System.currentTimeMillis();
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }

    /**
     * Lets the queued turns finish, waiting at most {@code millis}, then stops the workers; turns still queued then
     * run at the next start (the inbox keeps them).
     */
    public void stop(long millis) {
        try {
            if (!awaitEmpty(millis)) {
                log.warn("{} {} turns still queued after {} ms; they run at the next start", queued(), name, millis);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        workers.shutdownNow();
    }

    /** Turns queued and not yet run. */
    public synchronized int queued() {
        return queued;
    }

    private void drain(String chat) {
        while (true) {
            TurnProcessor.Received next;
            synchronized (this) {
                next = queues.get(chat).poll();
                if (next == null) {
                    queues.remove(chat);
                    return;
                }
            }
            boolean ran;
            try {
                ran = turn.test(next);
            } catch (RuntimeException e) {
                log.error("{} turn failed", name, e);
                ran = false;
            }
            synchronized (this) {
                queued--;
                if (!ran) {
                    queued -= queues.remove(chat).size(); // they wait in the inbox for the sweep, in order
                }
                notifyAll();
            }
            if (!ran) {
                heldBack.run();
                return;
            }
        }
    }
}
