package org.tawasul.staff.mail;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tawasul.config.OneShot;
import org.tawasul.lease.NodeLease;
import org.tawasul.lease.NodeLeases;

/** Checks the deadlines of open cases every {@code tawasul.mail.deadlines.check-every}, on one node at a time. */
@Component
@ConditionalOnProperty(name = OneShot.BACKGROUND, havingValue = "true", matchIfMissing = true)
class DeadlinesJob {

    private static final Logger log = LoggerFactory.getLogger(DeadlinesJob.class);

    private final Deadlines deadlines;
    private final Clock clock;
    private final NodeLease lease;

    DeadlinesJob(Deadlines deadlines, Clock clock, NodeLeases leases) {
        this.deadlines = deadlines;
        this.clock = clock;
        this.lease = leases.named("mail-deadlines", "reminds staff of case deadlines by email");
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        lease.release();
    }

    @Scheduled(fixedDelayString = "${tawasul.mail.deadlines.check-every:15m}", initialDelayString = "60s")
    void run() {
        try {
            if (lease.hold()) {
                int written = deadlines.run(clock.instant());
                if (written > 0) {
                    log.info("Deadlines: {} reminders, escalations and digests written", written);
                }
            }
        } catch (RuntimeException e) {
            log.warn("Could not check case deadlines: {}", e.getMessage());
        }
    }
}
