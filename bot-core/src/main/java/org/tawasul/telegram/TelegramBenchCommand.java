package org.tawasul.telegram;

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
import org.tawasul.db.inbox.InboxRepository;

/**
 * {@code tawasul bench-telegram [--updates=3000] [--chats=300] [--batch=100]}: inbound updates per
 * second through the long-polling path (the real TelegramBots poller, translation, inbox, turn)
 * against a fake Bot API on loopback, on a throwaway H2 file; ends with one {@code key=value} line.
 */
public final class TelegramBenchCommand {

    private TelegramBenchCommand() {
    }

    /** Runs the benchmark; returns the exit code. */
    public static int run(String[] args) {
        int updates = 3000;
        int chats = 300;
        int batch = 100;
        for (String arg : args) {
            String value = arg.substring(arg.indexOf('=') + 1);
            try {
                if (arg.startsWith("--updates=")) {
                    updates = Integer.parseInt(value);
                } else if (arg.startsWith("--chats=")) {
                    chats = Integer.parseInt(value);
                } else if (arg.startsWith("--batch=")) {
                    batch = Integer.parseInt(value);
                } else {
                    System.err.println("bench-telegram: options are --updates=N --chats=N --batch=1..100, got '" + arg + "'");
                    return 2;
                }
            } catch (NumberFormatException e) {
                System.err.println("bench-telegram: " + arg + " needs a whole number");
                return 2;
            }
        }
        if (updates < 1 || chats < 1 || batch < 1 || batch > 100) {
            System.err.println("bench-telegram: --updates and --chats must be positive, --batch 1..100");
            return 2;
        }
        try {
            measure(updates, chats, batch);
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

    private static void measure(int updates, int chats, int batch) throws Exception {
        Path directory = Files.createTempDirectory("tawasul-bench-telegram");
        try (FakeBotApiServer api = new FakeBotApiServer(workload(updates, chats), batch);
             ConfigurableApplicationContext context = start(api.url(), directory)) {
            InboxRepository inbox = context.getBean(InboxRepository.class);
            while (inbox.count() < updates || !inbox.findByProcessedAtIsNullOrderByIdAsc(Limit.of(1)).isEmpty()) {
                Thread.sleep(20);
            }
            double seconds = (System.nanoTime() - api.firstServedNanos()) / 1e9;
            double perSecond = updates / seconds;
            System.out.printf(Locale.ROOT, "updates                      %d from %d chats, %d per getUpdates%n", updates, chats, batch);
            System.out.printf(Locale.ROOT, "stored and processed in      %.2f s%n", seconds);
            System.out.printf(Locale.ROOT, "throughput                   %.0f updates/s%n", perSecond);
            System.out.printf(Locale.ROOT, "mode=telegram-polling updates=%d chats=%d batch=%d seconds=%.3f updates_per_s=%.0f%n",
                    updates, chats, batch, seconds, perSecond);
        } finally {
            try (var files = Files.walk(directory)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
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
                "--tawasul.telegram.api-url=" + apiUrl);
    }
}
