package org.tawasul.lease;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tawasul.db.lease.Leases;

/**
 * A {@link NodeLease} kept in the shared database ({@link Leases}, timed by the database's clock).
 * The holder renews it every {@code renewEvery} while it asks; it lasts {@code duration}, so a node
 * that died is replaced within that time, and one that stops cleanly at once. While the database
 * is away the holder keeps the lease only within the time already granted.
 */
public final class DatabaseLease implements NodeLease {

    private static final Logger log = LoggerFactory.getLogger(DatabaseLease.class);

    private final Leases leases;
    private final String name;
    private final String job;
    private final String holder;
    private final Duration duration;
    private final long renewEveryNanos;
    private final long retryMillis;
    private long renewedAt;
    private boolean held;
    private String waitingFor;

    /**
     * @param name       the lease's name, the same on every node (e.g. {@code outbox-dispatcher})
     * @param job        what the holder does, for the log (e.g. "sends the outbox")
     * @param duration   how long a grant lasts; longer than the job can go without asking
     * @param renewEvery how often the holder renews; well under {@code duration}
     */
    public DatabaseLease(Leases leases, String name, String job, Duration duration, Duration renewEvery) {
        if (renewEvery.compareTo(duration) >= 0) {
            throw new IllegalArgumentException("A lease must be renewed more often than it lasts");
        }
        this.leases = leases;
        this.name = name;
        this.job = job;
        this.holder = nodeName();
        this.duration = duration;
        this.renewEveryNanos = renewEvery.toNanos();
        this.retryMillis = Math.max(1_000, Math.min(5_000, renewEvery.toMillis()));
    }

    @Override
    public synchronized boolean hold() {
        long now = System.nanoTime();
        if (held && now - renewedAt < renewEveryNanos) {
            return true;
        }
        boolean nowHeld;
        try {
            nowHeld = leases.acquire(name, holder, duration);
        } catch (RuntimeException e) {
            // the database is away: keep the job within the time already granted, then stop it
            held = held && now - renewedAt < duration.toNanos() - renewEveryNanos;
            log.warn("Could not renew the lease '{}' ({}): {}", name, held ? "still held" : "no longer held", e.getMessage());
            return held;
        }
        if (nowHeld) {
            renewedAt = now;
            if (!held) {
                log.info("This node ({}) {} (lease '{}')", holder, job, name);
            }
            waitingFor = null;
        } else {
            String other = leases.holderOf(name);
            if (other != null && !other.equals(waitingFor)) {
                log.info("Node {} {}; this node waits and takes over if it stops (lease '{}')", other, job, name);
                waitingFor = other;
            }
        }
        held = nowHeld;
        return nowHeld;
    }

    @Override
    public long retryMillis() {
        return retryMillis;
    }

    @Override
    public synchronized void release() {
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

    /** This node's name in the lease table: host, process id and a random part (two processes on one host differ). */
    private static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "unknown-host";
        }
        String name = host + "/" + ManagementFactory.getRuntimeMXBean().getPid() + "/" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() <= 200 ? name : name.substring(name.length() - 200);
    }
}
