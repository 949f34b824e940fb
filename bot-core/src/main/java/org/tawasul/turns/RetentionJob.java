package org.tawasul.turns;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tawasul.config.OneShot;
import org.tawasul.lease.NodeLease;
import org.tawasul.lease.NodeLeases;

/**
 * Every {@code tawasul.retention.run-every} (1 h), on one node at a time, forgets the members' words kept longer
 * than needed ({@link Retention}); logs counts only.
 */
@Component
@ConditionalOnProperty(name = OneShot.BACKGROUND, havingValue = "true", matchIfMissing = true)
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final Retention retention;
    private final NodeLease lease;

    RetentionJob(Retention retention, NodeLeases leases) {
        this.retention = retention;
        this.lease = leases.named("retention", "forgets members' words past their retention period");
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        lease.release();
    }

    @Scheduled(fixedDelayString = "${tawasul.retention.run-every:1h}", initialDelayString = "${tawasul.retention.run-every:1h}")
    void run() {
        try {
            if (lease.hold()) {
                Retention.Report report = retention.run();
                if (report.total() > 0) {
                    log.info("Retention: {} inbox payloads, {} outbox bodies and {} abandoned dialogs' answers forgotten",
                            report.inboxPayloads(), report.outboxBodies(), report.dialogAnswers());
                }
            }
        } catch (RuntimeException e) {
            log.warn("Could not run the retention job: {}", e.getMessage());
        }
    }
}
