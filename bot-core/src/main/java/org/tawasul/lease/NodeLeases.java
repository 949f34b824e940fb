package org.tawasul.lease;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.tawasul.db.lease.Leases;

/**
 * Makes the {@link NodeLease}s of jobs that run on one node at a time, kept in the shared database:
 * granted for 30 s and renewed every 10 s while held, so a node that died is replaced within 30 s.
 */
@Component
@EnableConfigurationProperties(NodeSettings.class)
public class NodeLeases {

    static final Duration DURATION = Duration.ofSeconds(30);
    static final Duration RENEW_EVERY = Duration.ofSeconds(10);

    private final Leases leases;
    private final NodeIdentity identity;

    NodeLeases(Leases leases, NodeSettings settings) {
        this.leases = leases;
        this.identity = NodeIdentity.resolve(settings.id(), Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** This node's name in the lease table. */
    public String nodeName() {
        return identity.name();
    }

    /**
     * The lease of one job.
     *
     * @param name the lease's name, the same on every node (e.g. {@code outbox-dispatcher})
     * @param job  what the holder does, for the log (e.g. "sends the outbox")
     */
    public NodeLease named(String name, String job) {
        return new DatabaseLease(leases, name, job, DURATION, RENEW_EVERY, identity.name());
    }
}
