package org.tawasul.lease;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tawasul.db.lease.Leases;

/**
 * A {@link NodeLease} kept in the shared database ({@link Leases}, timed by the database's clock).
 * Once taken it is renewed every {@code renewEvery} by a background thread, however long the job's
 * own steps take (a long poll waits up to a minute); a grant lasts {@code duration}, so a node that
 * died is replaced within that time, one that stops cleanly at once.
 *
 * <p>This node never believes it holds the lease longer than the database granted it, whatever the
 * database does: a grant is counted from <em>before</em> the attempt that got it, and believed only for
 * {@link #validity} of it (less than {@code duration}, for the database's whole seconds and for clocks
 * running at slightly different rates). A renewal that fails, or that blocks in the database for longer
 * than that, ends the hold in time: {@link #hold()} checks the age of the last grant without waiting for
 * the renewing thread.
 *
 * <p>The holder's name is the node's identity ({@link NodeIdentity}): stable across restarts, so a
 * restarted node takes its own lease back at once instead of waiting for its old grant to run out.
 */
public final class DatabaseLease implements NodeLease {

    private static final Logger log = LoggerFactory.getLogger(DatabaseLease.class);

    private final Leases leases;
    private final String name;
    private final String job;
    private final String holder;
    private final Duration duration;
    private final Duration renewEvery;
    private final long validityNanos;
    private final long retryMillis;
    private ScheduledExecutorService keepAlive;
    /** {@link System#nanoTime()} taken just before the attempt that got the current grant. */
    private volatile long grantedFrom;
    private volatile boolean held;
    private String waitingFor;

    /**
     * @param name       the lease's name, the same on every node (e.g. {@code outbox-dispatcher})
     * @param job        what the holder does, for the log (e.g. "sends the outbox")
     * @param duration   how long a grant lasts: how soon a dead holder is replaced
     * @param renewEvery how often the holder renews; well under {@code duration}
     * @param holder     this node's name in the lease table ({@link NodeIdentity#name()})
     */
    public DatabaseLease(Leases leases, String name, String job, Duration duration, Duration renewEvery, String holder) {
        if (renewEvery.multipliedBy(2).compareTo(duration) > 0) {
            throw new IllegalArgumentException("A lease must be renewed at least twice in its duration");
        }
        this.leases = leases;
        this.name = name;
        this.job = job;
        this.holder = holder;
        this.duration = duration;
        this.renewEvery = renewEvery;
        this.validityNanos = validity(duration).toNanos();
        this.retryMillis = Math.max(1_000, Math.min(5_000, renewEvery.toMillis()));
    }

    /**
     * How long this node believes a grant of {@code duration}: nine tenths of it, less one second more
     * for grants of 5 s or more (the database counts whole seconds).
     */
    static Duration validity(Duration duration) {
        Duration believed = duration.minus(duration.dividedBy(10));
        return duration.compareTo(Duration.ofSeconds(5)) >= 0 ? believed.minusSeconds(1) : believed;
    }

    @Override
    public boolean hold() {
        if (held) {
            if (fresh()) {
                return true;
            }
            expire("its last grant is older than this node may believe it");
        }
        synchronized (this) {
            long attempt = System.nanoTime();
            boolean taken;
            try {
                taken = leases.acquire(name, holder, duration);
            } catch (RuntimeException e) {
                log.warn("Could not take the lease '{}': {}", name, e.getMessage());
                return false;
            }
            if (taken) {
                grantedFrom = attempt;
                held = true;
                waitingFor = null;
                log.info("This node ({}) {} (lease '{}')", holder, job, name);
                startKeepAlive();
            } else {
                String other = leases.holderOf(name);
                if (other != null && !other.equals(waitingFor)) {
                    log.info("Node {} {}; this node waits and takes over if it stops (lease '{}')", other, job, name);
                    waitingFor = other;
                }
            }
            return taken;
        }
    }

    private boolean fresh() {
        return System.nanoTime() - grantedFrom < validityNanos;
    }

    private void expire(String why) {
        if (held) {
            held = false;
            log.warn("The lease '{}' is no longer held by this node: {} ({} no more until it is taken again)", name, why, job);
        }
    }

    /** Renews the lease in the background while it is held. */
    private synchronized void startKeepAlive() {
        if (keepAlive == null) {
            keepAlive = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "lease-" + name);
                thread.setDaemon(true);
                return thread;
            });
            keepAlive.scheduleWithFixedDelay(this::renew, renewEvery.toMillis(), renewEvery.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Runs on the keep-alive thread, without the lease's lock: a renewal stuck in the database blocks no {@link #hold()}. */
    private void renew() {
        if (!held) {
            return;
        }
        long attempt = System.nanoTime();
        try {
            if (leases.acquire(name, holder, duration)) {
                if (held && attempt - grantedFrom > 0) {
                    grantedFrom = attempt;
                }
                return;
            }
            expire("node " + leases.holderOf(name) + " took it");
        } catch (RuntimeException e) {
            // the database is away: keep the job within the time already granted, then stop it
            if (!fresh()) {
                expire("it could not be renewed: " + e.getMessage());
            } else {
                log.warn("Could not renew the lease '{}' (still held within its grant): {}", name, e.getMessage());
            }
        }
    }

    @Override
    public String holder() {
        try {
            return leases.holderOf(name);
        } catch (RuntimeException e) {
            return held ? holder : null;
        }
    }

    @Override
    public long retryMillis() {
        return retryMillis;
    }

    @Override
    public synchronized void release() {
        if (keepAlive != null) {
            keepAlive.shutdownNow();
            keepAlive = null;
        }
        if (!held) {
            return;
        }
        held = false;
        try {
            leases.release(name, holder);
        } catch (RuntimeException e) {
            log.warn("Could not release the lease '{}'; another node takes it when it runs out: {}", name, e.getMessage());
        }
    }
}
