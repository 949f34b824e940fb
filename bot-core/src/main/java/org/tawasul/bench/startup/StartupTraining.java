package org.tawasul.bench.startup;

import java.io.BufferedReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.tawasul.TawasulApplication;
import org.tawasul.bench.fake.FakeBotApiServer;
import org.tawasul.channels.console.spring.ChatCommand;
import org.tawasul.channels.console.spring.ConsoleChat;

/**
 * {@code startup-training}: the build's training run for the class-data-sharing archive (JDK 17 to 24) or the
 * ahead-of-time cache (JDK 25 or newer) that {@code bin/tawasul} starts from; {@code serve} starts the way
 * {@code bin/tawasul} starts it, from the bean definitions of the build's AOT processing. Such an archive holds the
 * classes the training run loaded, so the run goes the whole way a real start goes, not only to the end of
 * Spring's refresh: {@code serve} against a fake Bot API on loopback until it has polled, run a member's
 * turns and sent the answers, and answered its health endpoint; then a console chat of a few lines. Everything
 * is in memory (an in-memory database, throwaway keys): nothing is written to disk but the archive.
 * Exits 1 if either part does not get that far within a minute, so a build whose bot cannot start fails here.
 */
public final class StartupTraining {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    /**
     * Updates the fake hands out, each from its own chat (a chat's answers are paced a second apart): a command,
     * a new member's first words, and a menu choice.
     */
    static final List<String> UPDATES = List.of(update(1, "/start"), update(2, "مرحبا"), update(3, "1"));

    /** Throwaway keys for the in-memory database (32 bytes each, Base64), used for nothing else. */
    private static final Map<String, Object> IN_MEMORY = Map.of(
            "logging.file.name", "",
            "logging.level.root", "WARN",
            "tawasul.privacy.key", "dHJhaW5pbmctcnVuLWtleS1ub3QtZm9yLWFueS1kYXQ=",
            "tawasul.privacy.hash-key", "dHJhaW5pbmctcnVuLWhhc2gtbm90LWZvci1hbnktZGE=");

    private StartupTraining() {
    }

    /** Runs both parts; returns the exit code. */
    public static int run(String[] args) {
        try {
            serve();
            chat();
            return 0;
        } catch (Exception e) {
            System.err.println("startup-training failed: " + e);
            return 1;
        }
    }

    private static void serve() throws Exception {
        try (FakeBotApiServer api = new FakeBotApiServer(UPDATES, 1)) {
            Map<String, Object> properties = new HashMap<>(IN_MEMORY);
            properties.put("spring.datasource.url", "jdbc:h2:mem:training-serve;MODE=MySQL;DATABASE_TO_LOWER=TRUE");
            properties.put("tawasul.telegram.token", "1:startup-training");
            properties.put("tawasul.telegram.api-url", api.url());
            properties.put("tawasul.telegram.poll-timeout", "0s");
            properties.put("server.port", "0");
            properties.put("management.server.port", "0");
            SpringApplication application = new SpringApplication(TawasulApplication.class);
            // as bin/tawasul starts serve: from the bean definitions the build's AOT processing wrote
            System.setProperty(AotDetector.AOT_ENABLED, "true");
            ConfigurableApplicationContext started;
            try {
                started = application.run(arguments(properties));
            } finally {
                System.clearProperty(AotDetector.AOT_ENABLED); // the chat that follows starts as one-shot commands do
            }
            try (ConfigurableApplicationContext context = started) {
                api.awaitSends(UPDATES.size(), PATIENCE);
                String port = context.getEnvironment().getProperty("local.management.port");
                HttpURLConnection health = (HttpURLConnection) URI.create(
                        "http://127.0.0.1:" + port + "/actuator/health").toURL().openConnection();
                try {
                    health.getInputStream().readAllBytes();
                } finally {
                    health.disconnect();
                }
            }
        }
    }

    private static void chat() throws Exception {
        SpringApplication application = ChatCommand.application();
        Map<String, Object> properties = new HashMap<>(IN_MEMORY);
        properties.put("spring.main.lazy-initialization", "true");
        properties.put("spring.datasource.url", "jdbc:h2:mem:training-chat;MODE=MySQL;DATABASE_TO_LOWER=TRUE");
        try (ConfigurableApplicationContext context = application.run(arguments(properties))) {
            PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
            context.getBean(ConsoleChat.class).run(new BufferedReader(new StringReader("مرحبا\n1\nhello\n")),
                    nowhere, "local-training", true);
        }
    }

    /**
     * The properties as command-line arguments: they win over the jar's application.properties (its database
     * file and log file), where default properties would not.
     */
    private static String[] arguments(Map<String, Object> properties) {
        return properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    private static String update(int id, String text) {
        return "{\"update_id\":" + id + ",\"message\":{\"message_id\":" + id + ",\"date\":1767225600,"
                + "\"chat\":{\"id\":" + id + ",\"type\":\"private\"},\"text\":\"" + text + "\"}}";
    }
}
