package org.tawasul.lease;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Duration;
import java.util.UUID;
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
 * died is replaced within that time, one that stops cleanly at once. While the database is away the
 * holder keeps the lease only within the time already granted.
 */
public final class DatabaseLease implements NodeLease {

    private static final Logger log = LoggerFactory.getLogger(DatabaseLease.class);

    private final Leases leases;
    private final String name;
    private final String job;
    private final String holder;
    private final Duration duration;
    private final Duration renewEvery;
    private final long retryMillis;
    private ScheduledExecutorService keepAlive;
    private long renewedAt;
    private volatile boolean held;
    private String waitingFor;

    /**
     * @param name       the lease's name, the same on every node (e.g. {@code outbox-dispatcher})
     * @param job        what the holder does, for the log (e.g. "sends the outbox")
     * @param duration   how long a grant lasts: how soon a dead holder is replaced
     * @param renewEvery how often the holder renews; well under {@code duration}
     */
    public DatabaseLease(Leases leases, String name, String job, Duration duration, Duration renewEvery) {
        if (renewEvery.multipliedBy(2).compareTo(duration) > 0) {
            throw new IllegalArgumentException("A lease must be renewed at least twice in its duration");
        }
        this.leases = leases;
        this.name = name;
        this.job = job;
        this.holder = nodeName();
        this.duration = duration;
        this.renewEvery = renewEvery;
        this.retryMillis = Math.max(1_000, Math.min(5_000, renewEvery.toMillis()));
    }

    @Override
    public synchronized boolean hold() {
        if (held) {
            return true;
        }
        boolean taken;
        try {
            taken = leases.acquire(name, holder, duration);
        } catch (RuntimeException e) {
            log.warn("Could not take the lease '{}': {}", name, e.getMessage());
            return false;
        }
        if (taken) {
            held = true;
            renewedAt = System.nanoTime();
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

    /** Renews the lease in the background while it is held. */
    private void startKeepAlive() {
        if (keepAlive == null) {
            keepAlive = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "lease-" + name);
                thread.setDaemon(true);
                return thread;
            });
            keepAlive.scheduleWithFixedDelay(this::renew, renewEvery.toMillis(), renewEvery.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private synchronized void renew() {
        if (!held) {
            return;
        }
        long now = System.nanoTime();
        try {
            if (leases.acquire(name, holder, duration)) {
                renewedAt = now;
                return;
            }
            held = false;
            log.warn("The lease '{}' was taken by node {}: this node stops ({} no more)", name, leases.holderOf(name), job);
        } catch (RuntimeException e) {
            // the database is away: keep the job within the time already granted, then stop it
            held = now - renewedAt < duration.minus(renewEvery).toNanos();
            log.warn("Could not renew the lease '{}' ({}): {}", name, held ? "still held" : "no longer held", e.getMessage());
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
