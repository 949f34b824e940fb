package org.tawasul.bench.sms;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tawasul.TawasulApplication;
import org.tawasul.channels.ChannelId;
import org.tawasul.outbound.Outbox;

/**
 * {@code tawasul bench-sms [--members=1000] [--mps=10]}: a status update by SMS for each of
 * {@code --members} members, sent by the outbox dispatcher through the Twilio SDK (the application's
 * own SMS channel, {@code tawasul.twilio.mps} set to {@code --mps}) to {@link LimitingTwilioServer},
 * which accepts at most {@code --mps} creates in any sliding second and answers 429 / 20429 above it.
 * The application runs on a throwaway H2 file; the notifications (the Arabic "under review" text,
 * one UCS-2 segment, each with its own reference) are written to the outbox in one transaction, and
 * the bench waits until none is PENDING. The achieved rate is {@code (n - 1) / (t[n-1] - t[0])} over
 * the fake's acceptance times, so the application's start and the first claim do not count. Ends
 * with one {@code key=value} line.
 */
public final class SmsBenchCommand {

    /** The text sent, as the notification for "under review" reads by SMS. */
    static final String TEXT = "معاملتك %s قيد الدراسة، وسنبلغك بالنتيجة.";

    private SmsBenchCommand() {
    }

    /** Runs the benchmark; returns the exit code. */
    public static int run(String[] args) {
        int members = 1000;
        int mps = 10;
        for (String arg : args) {
            String value = arg.substring(arg.indexOf('=') + 1);
            try {
                if (arg.startsWith("--members=")) {
                    members = Integer.parseInt(value);
                } else if (arg.startsWith("--mps=")) {
                    mps = Integer.parseInt(value);
                } else {
                    System.err.println("bench-sms: options are --members=N --mps=1..1000, got '" + arg + "'");
                    return 2;
                }
            } catch (NumberFormatException e) {
                System.err.println("bench-sms: " + arg + " needs a whole number");
                return 2;
            }
        }
        if (members < 2 || mps < 1 || mps > 1000) {
            System.err.println("bench-sms: --members must be at least 2, --mps 1..1000");
            return 2;
        }
        try {
            measure(members, mps);
            return 0;
        } catch (Exception e) {
            System.err.println("bench-sms failed: " + e);
            return 1;
        }
    }

    /** Member {@code i}'s mobile number: distinct Saudi numbers, +9665 and eight digits. */
    static String phone(int i) {
        return String.format(Locale.ROOT, "+9665%08d", 10_000_000 + i);
    }

    private static void measure(int members, int mps) throws Exception {
        Path directory = Files.createTempDirectory("tawasul-bench-sms");
        try (LimitingTwilioServer api = new LimitingTwilioServer(mps);
             ConfigurableApplicationContext context = start(api.url(), mps, directory)) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            Outbox outbox = context.getBean(Outbox.class);
            long started = System.nanoTime();
            new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult(status -> {
                for (int i = 0; i < members; i++) {
                    String reference = String.format(Locale.ROOT, "CMP-2026-%06d", i + 1);
                    outbox.enqueue(Outbox.Entry.text(ChannelId.SMS, phone(i), String.format(TEXT, reference), null));
                }
            });
            long patience = started + (long) ((members / (double) mps * 3 + 60) * 1e9);
            while (pending(jdbc) > 0) {
                if (System.nanoTime() > patience) {
                    throw new IllegalStateException(pending(jdbc) + " messages still PENDING after "
                            + (System.nanoTime() - started) / 1_000_000_000L + " s");
                }
                Thread.sleep(50);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            report(api.window(), members, mps, seconds,
                    jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE status = 'FAILED'", Long.class),
                    jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE status = 'SENT'", Long.class));
        } finally {
            try (var files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static long pending(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE status = 'PENDING'", Long.class);
    }

    private static void report(LimitingTwilioServer.Window window, int members, int mps, double seconds, long failed,
                               long sent) {
        List<Long> accepted = window.accepted();
        double span = (accepted.get(accepted.size() - 1) - accepted.get(0)) / 1e9;
        double achieved = (accepted.size() - 1) / span;
        double accuracy = 100 * achieved / mps;
        System.out.printf(Locale.ROOT, "notifications                %d members, %d/s configured%n", members, mps);
        System.out.printf(Locale.ROOT, "accepted by the fake         %d in %.2f s (first to last); %d SENT, %d FAILED%n",
                accepted.size(), span, sent, failed);
        System.out.printf(Locale.ROOT, "achieved                     %.2f messages/s, %.1f%% of %d/s%n", achieved, accuracy, mps);
        System.out.printf(Locale.ROOT, "429 / 20429 answers          %d%n", window.refused());
        System.out.printf(Locale.ROOT, "most in any 1 s              %d%n", window.maxInAnyWindow());
        System.out.printf(Locale.ROOT, "mode=sms-pacing members=%d configured_mps=%d achieved_mps=%.2f accuracy_pct=%.1f "
                        + "http_429=%d max_in_1s=%d sent=%d failed=%d seconds=%.3f%n",
                members, mps, achieved, accuracy, window.refused(), window.maxInAnyWindow(), sent, failed, seconds);
    }

    private static ConfigurableApplicationContext start(String apiUrl, int mps, Path directory) {
        SecureRandom random = new SecureRandom();
        byte[] key = new byte[32];
        byte[] hashKey = new byte[32];
        byte[] token = new byte[16];
        random.nextBytes(key);
        random.nextBytes(hashKey);
        random.nextBytes(token);
        return new SpringApplication(TawasulApplication.class).run(
                "--spring.main.web-application-type=none",
                "--logging.threshold.console=WARN",
                "--spring.datasource.url=jdbc:h2:file:" + directory.resolve("bench") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE",
                // the bench touches no member data: throwaway keys, no key file written
                "--tawasul.privacy.key=" + Base64.getEncoder().encodeToString(key),
                "--tawasul.privacy.hash-key=" + Base64.getEncoder().encodeToString(hashKey),
                "--tawasul.twilio.account-sid=AC" + "0123456789abcdef".repeat(2),
                "--tawasul.twilio.auth-token=" + Base64.getEncoder().encodeToString(token),
                "--tawasul.twilio.from=TAWASUL",
                "--tawasul.twilio.public-url=https://bench.invalid",
                "--tawasul.twilio.api-url=" + apiUrl,
                "--tawasul.twilio.mps=" + mps);
    }
}
