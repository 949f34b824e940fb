package org.tawasul.bench.telegram;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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
 * {@code tawasul bench-pacing [--messages=1500] [--chats=300] [--rate=30]}: how closely the outbox
 * dispatcher paces Telegram sends to the configured limits, against {@link LimitingBotApiServer}
 * (at most {@code --rate} messages in any sliding second, one per chat per second, 429 otherwise).
 * The application runs in send-only mode on a throwaway H2 file with
 * {@code tawasul.outbound.channels.telegram.rate-per-second} set to {@code --rate}; the messages
 * (chat {@code i % chats} gets message {@code i}) are written to the outbox in one transaction, as
 * turns write them, and the bench waits until none is PENDING.
 * <p>The limit to reach is {@code min(rate, chats)} per second (each chat takes one per second).
 * The achieved rate is {@code j / (t[j] - t[0])} over the fake's acceptance times {@code t} (when it
 * read each call, in order), with {@code j = messages - chats}: the half-open span from the first
 * acceptance to the {@code j+1}-th holds exactly {@code j} of them. With few chats the messages go
 * in rounds of one per chat per second, and that span is whole rounds (first message of the first
 * round to the first of the last); with many chats they go one by one at the rate, and the span is
 * simply all but the last {@code chats}. Start-up (the application, the first claim) and the last,
 * partly filled round do not count. Ends with one {@code key=value} line.
 */
public final class PacingBenchCommand {

    private PacingBenchCommand() {
    }

    /** Runs the benchmark; returns the exit code. */
    public static int run(String[] args) {
        int messages = 1500;
        int chats = 300;
        int rate = 30;
        for (String arg : args) {
            String value = arg.substring(arg.indexOf('=') + 1);
            try {
                if (arg.startsWith("--messages=")) {
                    messages = Integer.parseInt(value);
                } else if (arg.startsWith("--chats=")) {
                    chats = Integer.parseInt(value);
                } else if (arg.startsWith("--rate=")) {
                    rate = Integer.parseInt(value);
                } else {
                    System.err.println("bench-pacing: options are --messages=N --chats=N --rate=1..1000, got '" + arg + "'");
                    return 2;
                }
            } catch (NumberFormatException e) {
                System.err.println("bench-pacing: " + arg + " needs a whole number");
                return 2;
            }
        }
        if (chats < 1 || messages < 2L * chats || rate < 1 || rate > 1000) {
            System.err.println("bench-pacing: --chats must be positive, --messages at least twice --chats, --rate 1..1000");
            return 2;
        }
        try {
            measure(messages, chats, rate);
            return 0;
        } catch (Exception e) {
            System.err.println("bench-pacing failed: " + e);
            return 1;
        }
    }

    /** The recipients of the messages, in order: message {@code i} goes to chat {@code i % chats}. */
    static List<String> recipients(int messages, int chats) {
        List<String> list = new ArrayList<>(messages);
        for (int i = 0; i < messages; i++) {
            list.add(String.valueOf(2_000_000L + i % chats));
        }
        return list;
    }

    private static void measure(int messages, int chats, int rate) throws Exception {
        Path directory = Files.createTempDirectory("tawasul-bench-pacing");
        try (LimitingBotApiServer api = new LimitingBotApiServer(rate);
             ConfigurableApplicationContext context = start(api.url(), rate, directory)) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            Outbox outbox = context.getBean(Outbox.class);
            List<String> recipients = recipients(messages, chats);
            long started = System.nanoTime();
            new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult(status -> {
                for (int i = 0; i < messages; i++) {
                    outbox.enqueue(Outbox.Entry.text(ChannelId.TELEGRAM, recipients.get(i), "Message " + (i + 1)
                            + " of the pacing benchmark", null));
                }
            });
            int limit = Math.min(rate, chats);
            long patience = started + (long) ((messages / (double) limit * 3 + 60) * 1e9);
            while (pending(jdbc) > 0) {
                if (System.nanoTime() > patience) {
                    throw new IllegalStateException(pending(jdbc) + " messages still PENDING after "
                            + (System.nanoTime() - started) / 1_000_000_000L + " s");
                }
                Thread.sleep(50);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            report(api.limits(), messages, chats, rate, limit, seconds,
                    jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE status = 'FAILED'", Long.class));
        } finally {
            try (var files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static long pending(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE status = 'PENDING'", Long.class);
    }

    private static void report(LimitingBotApiServer.Limits limits, int messages, int chats, int rate, int limit,
                               double seconds, long failed) {
        List<Long> accepted = limits.accepted();
        double span = (accepted.get(accepted.size() - 1) - accepted.get(0)) / 1e9;
        int j = accepted.size() - chats;
        double achieved = j / ((accepted.get(j) - accepted.get(0)) / 1e9);
        double accuracy = 100 * achieved / limit;
        long tooMany = limits.overRate() + limits.overChat();
        System.out.printf(Locale.ROOT, "messages                     %d to %d chats, %d/s configured (%d/s reachable)%n",
                messages, chats, rate, limit);
        System.out.printf(Locale.ROOT, "accepted by the fake         %d in %.2f s (first to last), %d FAILED%n",
                accepted.size(), span, failed);
        System.out.printf(Locale.ROOT, "achieved                     %.2f messages/s, %.1f%% of %d/s%n", achieved, accuracy, limit);
        System.out.printf(Locale.ROOT, "429 answers                  %d (%d over the rate, %d over a chat's 1/s)%n",
                tooMany, limits.overRate(), limits.overChat());
        System.out.printf(Locale.ROOT, "most in any 1 s              %d%n", limits.maxInAnyWindow());
        System.out.printf(Locale.ROOT, "mode=telegram-pacing messages=%d chats=%d configured_per_s=%d limit_per_s=%d "
                        + "achieved_per_s=%.2f accuracy_pct=%.1f http_429=%d max_in_1s=%d failed=%d seconds=%.3f%n",
                messages, chats, rate, limit, achieved, accuracy, tooMany, limits.maxInAnyWindow(), failed, seconds);
    }

    private static ConfigurableApplicationContext start(String apiUrl, int rate, Path directory) {
        SecureRandom random = new SecureRandom();
        byte[] key = new byte[32];
        byte[] hashKey = new byte[32];
        random.nextBytes(key);
        random.nextBytes(hashKey);
        return new SpringApplication(TawasulApplication.class).run(
                "--spring.main.web-application-type=none",
                "--logging.threshold.console=WARN",
                "--spring.datasource.url=jdbc:h2:file:" + directory.resolve("bench") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE",
                // the bench touches no member data: throwaway keys, no key file written
                "--tawasul.privacy.key=" + Base64.getEncoder().encodeToString(key),
                "--tawasul.privacy.hash-key=" + Base64.getEncoder().encodeToString(hashKey),
                "--tawasul.telegram.token=1:bench",
                "--tawasul.telegram.mode=send-only",
                "--tawasul.telegram.api-url=" + apiUrl,
                "--tawasul.outbound.channels.telegram.rate-per-second=" + rate);
    }
}
