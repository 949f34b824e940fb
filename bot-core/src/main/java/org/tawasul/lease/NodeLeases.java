package org.tawasul.lease;

import java.time.Duration;
import org.springframework.stereotype.Component;
import org.tawasul.db.lease.Leases;

/**
 * Makes the {@link NodeLease}s of jobs that run on one node at a time, kept in the shared database:
 * granted for 30 s and renewed every 10 s while held, so a node that died is replaced within 30 s.
 */
@Component
public class NodeLeases {

    static final Duration DURATION = Duration.ofSeconds(30);
    static final Duration RENEW_EVERY = Duration.ofSeconds(10);

    private final Leases leases;

    NodeLeases(Leases leases) {
        this.leases = leases;
    }

    /**
     * The lease of one job.
     *
     * @param name the lease's name, the same on every node (e.g. {@code outbox-dispatcher})
     * @param job  what the holder does, for the log (e.g. "sends the outbox")
     */
    public NodeLease named(String name, String job) {
        return new DatabaseLease(leases, name, job, DURATION, RENEW_EVERY);
    }
}
