package org.tawasul.bench.telegram;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.Limit;
import org.tawasul.TawasulApplication;
import org.tawasul.bench.fake.FakeBotApiServer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code tawasul bench-telegram [--updates=10000] [--warmup=5000] [--chats=300] [--batch=100]}: inbound updates per
 * second through the long-polling path (the real TelegramBots poller, translation, inbox, turn)
 * against a fake Bot API on loopback, on a throwaway H2 file; ends with one {@code key=value} line.
 */
public final class TelegramBenchCommand {

    private TelegramBenchCommand() {
    }

    /** Runs the benchmark; returns the exit code. */
    public static int run(String[] args) {
        int updates = 10_000;
        int warmup = 5_000;
        int chats = 300;
        int batch = 100;
        for (String arg : args) {
            String value = arg.substring(arg.indexOf('=') + 1);
            try {
                if (arg.startsWith("--updates=")) {
                    updates = Integer.parseInt(value);
                } else if (arg.startsWith("--warmup=")) {
                    warmup = Integer.parseInt(value);
                } else if (arg.startsWith("--chats=")) {
                    chats = Integer.parseInt(value);
                } else if (arg.startsWith("--batch=")) {
                    batch = Integer.parseInt(value);
                } else {
                    System.err.println("bench-telegram: options are --updates=N --warmup=N --chats=N --batch=1..100, got '" + arg + "'");
                    return 2;
                }
            } catch (NumberFormatException e) {
                System.err.println("bench-telegram: " + arg + " needs a whole number");
                return 2;
            }
        }
        if (updates < 1 || warmup < 0 || chats < 1 || batch < 1 || batch > 100) {
            System.err.println("bench-telegram: --updates and --chats must be positive, --warmup 0 or more, --batch 1..100");
            return 2;
        }
        try {
            measure(updates, warmup, chats, batch);
            return 0;
        } catch (Exception e) {
            System.err.println("bench-telegram failed: " + e);
            return 1;
        }
    }

    /** Each chat cycles through the menu, the complaint's first question and a cancel. */
    static List<String> workload(int updates, int chats) {
        List<String> list = new ArrayList<>(updates);
        for (int i = 0; i < updates; i++) {
            long chat = 1_000_000L + i % chats;
            String update = switch ((i / chats) % 3) {
                case 0 -> "\"message\":{\"message_id\":%d,\"date\":1767225600,\"chat\":{\"id\":%d,\"type\":\"private\"},\"text\":\"مرحبا\"}";
                case 1 -> "\"callback_query\":{\"id\":\"q%d\",\"chat_instance\":\"c\",\"data\":\"complaint\",\"from\":{\"id\":%d,"
                        + "\"is_bot\":false,\"first_name\":\"n\"}}";
                default -> "\"message\":{\"message_id\":%d,\"date\":1767225600,\"chat\":{\"id\":%d,\"type\":\"private\"},\"text\":\"/cancel\"}";
            };
            list.add("{\"update_id\":" + (i + 1) + "," + update.formatted(i + 1, chat) + "}");
        }
        return list;
    }

    /**
     * Serves {@code warmup + updates} updates; the figures cover those processed after the first
     * {@code warmup} (the JIT compiler has done most of its work by then), from that moment to the last.
     */
    private static void measure(int updates, int warmup, int chats, int batch) throws Exception {
        Path directory = Files.createTempDirectory("tawasul-bench-telegram");
        int total = warmup + updates;
        try (FakeBotApiServer api = new FakeBotApiServer(workload(total, chats), batch);
             ConfigurableApplicationContext context = start(api.url(), directory)) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            long startNanos = 0;
            long cpuBefore = 0;
            long processedBefore = 0;
            if (warmup == 0) {
                while (api.firstServedNanos() == 0) {
                    Thread.sleep(1);
                }
                startNanos = api.firstServedNanos();
                cpuBefore = processCpuNanos();
            }
            while (true) {
                long processed = jdbc.queryForObject("SELECT COUNT(*) FROM inbox WHERE processed_at IS NOT NULL", Long.class);
                if (startNanos == 0 && processed >= warmup) {
                    startNanos = System.nanoTime();
                    cpuBefore = processCpuNanos();
                    processedBefore = processed;
                    System.out.printf(Locale.ROOT, "warm-up                      %d updates processed; measuring%n", processed);
                }
                if (processed >= total) {
                    break;
                }
                Thread.sleep(20);
            }
            long measured = total - processedBefore;
            double seconds = (System.nanoTime() - startNanos) / 1e9;
            double perSecond = measured / seconds;
            double cpuMicrosPerUpdate = (processCpuNanos() - cpuBefore) / 1e3 / measured;
            System.out.printf(Locale.ROOT, "updates                      %d measured (after %d of warm-up) from %d chats, %d per getUpdates%n",
                    measured, processedBefore, chats, batch);
            System.out.printf(Locale.ROOT, "stored and processed in      %.2f s%n", seconds);
            System.out.printf(Locale.ROOT, "throughput                   %.0f updates/s%n", perSecond);
            System.out.printf(Locale.ROOT, "CPU per update               %.0f µs (all threads of this process, the fake API's too; %d cores)%n",
                    cpuMicrosPerUpdate, Runtime.getRuntime().availableProcessors());
            System.out.printf(Locale.ROOT, "mode=telegram-polling updates=%d warmup=%d chats=%d batch=%d seconds=%.3f updates_per_s=%.0f "
                    + "cpu_us_per_update=%.0f%n", measured, processedBefore, chats, batch, seconds, perSecond, cpuMicrosPerUpdate);
        } finally {
            try (var files = Files.walk(directory)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** CPU time used by this process so far, all threads. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static ConfigurableApplicationContext start(String apiUrl, Path directory) {
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
                // the bench's chats send far faster than a member can type: measure turns, not the limit's replies
                "--tawasul.limits.turns-per-minute=" + Integer.MAX_VALUE,
                "--tawasul.telegram.api-url=" + apiUrl);
    }
}
