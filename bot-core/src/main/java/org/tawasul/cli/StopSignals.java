package org.tawasul.cli;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C and SIGTERM stop {@code serve} by closing the application first, and only then ending the JVM.
 *
 * <p>Left to the JVM, a signal starts every shutdown hook at once, and the embedded database's own hook (H2 closes
 * the database at JVM exit, and cannot be told otherwise on a URL with {@code AUTO_SERVER=TRUE}) closed it while the
 * application was still stopping: the turns of the batch in hand failed to commit (they ran again at the next
 * start), the leases were not given up, and every stop logged errors. Here the signal closes the application in
 * order (receivers stop, the turns in hand finish, the outbox and the leases are released, the pool closes the
 * database), and the JVM exits after that. A second signal during the stop ends the process at once, as the JVM's
 * own handling would (what was not committed is redone at the next start).
 */
final class StopSignals {

    private static final Logger log = LoggerFactory.getLogger(StopSignals.class);

    private static final List<String> STOP = List.of("TERM", "INT");

    private final CountDownLatch stopped = new CountDownLatch(1);

    private volatile boolean stopping;

    /** From now on, SIGTERM and SIGINT close {@code context}; see {@link #awaitStop}. */
    void closeOnSignal(ConfigurableApplicationContext context) {
        for (String name : STOP) {
            try {
                Signal.handle(new Signal(name), signal -> {
                    Signal.handle(signal, SignalHandler.SIG_DFL); // a second one ends the process at once
                    stopping = true;
                    log.info("Stopping on SIG{}", signal.getName());
                    try {
                        context.close();
                    } finally {
                        stopped.countDown();
                    }
                });
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                // this platform or JVM (-Xrs) keeps the signal: the JVM's shutdown hooks close the application
                log.debug("SIG{} left to the JVM: {}", name, e.getMessage());
            }
        }
    }

    /**
     * Called once the application has begun closing: returns when a stop begun by a signal is complete (at once
     * for a stop begun another way). Not {@code context.close()}: Spring returns from it at once when the thread
     * closing the context is waiting (for the turns in hand, say), and the JVM would exit in the middle.
     */
    void awaitStop() throws InterruptedException {
        if (stopping) {
            stopped.await();
        }
    }
}
