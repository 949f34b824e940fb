package org.tawasul.turns;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.tawasul.config.OneShot;
import org.springframework.stereotype.Component;

/**
 * Runs again, every {@code tawasul.turns.retry-interval}, the turns of events stored but not
 * processed — a turn that failed (the database briefly away, a deadlock), or one a stopped node
 * left — whatever channel they came from, up to {@code tawasul.turns.max-attempts} attempts each.
 * Several nodes may do this at once: a turn already run is skipped, and two runs of one turn are
 * kept apart by the conversation's lock and version.
 */
@Component
@ConditionalOnProperty(name = OneShot.BACKGROUND, havingValue = "true", matchIfMissing = true)
public class PendingTurns implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PendingTurns.class);
    private static final int BATCH = 100;

    private final TurnProcessor turns;
    private final long intervalMillis;
    private ScheduledExecutorService scheduler;

    public PendingTurns(TurnProcessor turns, TurnSettings settings) {
        this.turns = turns;
        this.intervalMillis = settings.retryInterval().toMillis();
    }

    /** One sweep: runs the pending turns, a batch at a time, while turns succeed. */
    public int sweep() {
        int done = 0;
        int ran;
        do {
            ran = turns.processPending(BATCH);
            done += ran;
        } while (ran == BATCH);
        if (done > 0) {
            log.info("Ran {} turns left pending earlier", done);
        }
        return done;
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "pending-turns");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                sweep();
            } catch (RuntimeException e) {
                log.warn("Could not run pending turns: {}", e.getMessage());
            }
        }, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
