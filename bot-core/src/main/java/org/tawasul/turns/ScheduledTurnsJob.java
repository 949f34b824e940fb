package org.tawasul.turns;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tawasul.config.OneShot;
import org.tawasul.lease.NodeLease;
import org.tawasul.lease.NodeLeases;

/** Every 15 seconds, on one node at a time, starts the scheduled dialogs that are due. */
@Component
@ConditionalOnProperty(name = OneShot.BACKGROUND, havingValue = "true", matchIfMissing = true)
class ScheduledTurnsJob {

    private static final Logger log = LoggerFactory.getLogger(ScheduledTurnsJob.class);

    private final ScheduledTurns turns;
    private final NodeLease lease;

    ScheduledTurnsJob(ScheduledTurns turns, NodeLeases leases) {
        this.turns = turns;
        this.lease = leases.named("scheduled-turns", "starts scheduled dialogs");
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        lease.release();
    }

    @Scheduled(fixedDelayString = "${tawasul.turns.scheduled-interval:15s}", initialDelayString = "5s")
    void run() {
        try {
            if (lease.hold()) {
                turns.runDue(100);
            }
        } catch (RuntimeException e) {
            log.warn("Could not start scheduled dialogs: {}", e.getMessage());
        }
    }
}
