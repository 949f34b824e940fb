package org.tawasul.cli;


import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.tawasul.TawasulApplication;

/**
 * {@code tawasul serve [Spring options]}: runs the application with its configured channels (and
 * its HTTP server, for webhooks) until stopped: Ctrl-C or SIGTERM close it cleanly ({@link StopSignals}), and the
 * process then exits with status 0.
 */
final class ServeCommand {

    private ServeCommand() {
    }

    /** Runs until the application is stopped; returns the exit code. */
    static int run(String[] args) {
        SpringApplication application = new SpringApplication(TawasulApplication.class);
        application.setDefaultProperties(Map.of("logging.file.name", "data/tawasul.log"));
        CountDownLatch closed = new CountDownLatch(1);
        StopSignals signals = new StopSignals();
        application.addListeners(new AotStart(), event -> {
            if (event instanceof ApplicationPreparedEvent prepared) {
                signals.closeOnSignal(prepared.getApplicationContext()); // a stop during start-up waits for it
            } else if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        try {
            ConfigurableApplicationContext context = application.run(args);
            // Start-up leaves garbage behind (Hibernate's boot model, parsed configuration, the flows' and
            // FAQ's sources) that an idle bot would otherwise keep committed for good: one full collection
            // now lets the heap shrink to what is live (bin/tawasul sets the free ratios that allow it).
            System.gc();
            if (!context.containsBean("telegramClient") && !context.getEnvironment().containsProperty("tawasul.twilio.account-sid")) {
                System.err.println("Tawasul is running without a member channel: set tawasul.telegram.token "
                        + "(e.g. TAWASUL_TELEGRAM_TOKEN) to serve Telegram, or tawasul.twilio.account-sid for SMS.");
            }
            closed.await();
            signals.awaitStop(); // a stop by a signal: until it is complete (a shutdown hook's holds the exit itself)
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (SpringApplication.AbandonedRunException e) {
            throw e; // the build's AOT processing stops the run once the bean definitions are known
        } catch (Exception e) {
            System.err.println("Tawasul could not start: " + reason(e));
            System.err.println("Details are in data/tawasul.log.");
            return 1;
        }
    }

    /** Our own message (naming a setting or the channel) if the chain has one, else the root cause's. */
    static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            String message = cause.getMessage();
            if (message != null && (message.startsWith("Telegram") || message.startsWith("tawasul."))) {
                return message;
            }
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }
}
