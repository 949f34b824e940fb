package org.tawasul.bench.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tawasul.TawasulApplication;
import org.tawasul.conversations.engine.DialogEvent;
import org.tawasul.conversations.message.Inbound;
import org.tawasul.channels.ChannelId;
import org.tawasul.turns.DialogEventListener;
import org.tawasul.turns.InboundTurn;
import org.tawasul.turns.TurnProcessor;

/**
 * The whole turn path on a real database: each turn stores its inbox row (one commit), then
 * runs the turn with state, outbox rows and the inbox mark in a second commit.
 */
final class DurableBench {

    private static final ChannelId CHANNEL = ChannelId.BENCH;

    private DurableBench() {
    }

    static void run(BenchCommand.Options options) {
        AtomicLong completed = new AtomicLong();
        try (ConfigurableApplicationContext context = start(options, completed)) {
            clear(context);
            TurnProcessor processor = context.getBean(TurnProcessor.class);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            System.out.printf("warming up with %d members...%n", options.warmup());
            if (options.warmup() > 0) {
                Driver.run("w-", options.warmup(), options.threads(), turns(processor, "w"), () -> { });
            }
            completed.set(0);
            System.out.printf("measuring %d members...%n", options.members());
            long[] stateBytes = new long[1];
            Driver.Result result = Driver.run("m-", options.members(), options.threads(), turns(processor, "m"), () -> {
                long total = 0;
                int count = 0;
                for (var row : jdbc.queryForList("SELECT channel, address, flow_id, step_id, resume_step_id, status, "
                        + "answers, language FROM conversation WHERE channel = ? AND address LIKE 'm-%'", CHANNEL.id())) {
                    total += StateBytes.of((String) row.get("channel"), (String) row.get("address"),
                            (String) row.get("flow_id"), (String) row.get("step_id"), (String) row.get("resume_step_id"),
                            (String) row.get("status"), (String) row.get("answers"), (String) row.get("language"));
                    count++;
                }
                stateBytes[0] = count == 0 ? 0 : total / count;
            });
            Figures.print(options.mode(), options.members(), options.threads(), result.latencies(), result.elapsedNanos(),
                    result.heapBytesPerMember(), stateBytes[0], completed.get());
            clear(context);
        }
    }

    private static Driver.Turns turns(TurnProcessor processor, String run) {
        return (address, member, turn) -> {
            InboundTurn request = turn == 0 ? InboundTurn.start(Workload.FLOW)
                    : InboundTurn.of(Inbound.text(Workload.answer(member, turn)));
            if (!processor.handle(CHANNEL, run + "-" + member + "-" + turn, address, request)) {
                throw new IllegalStateException("turn " + turn + " of " + address + " did not run");
            }
        };
    }

    private static ConfigurableApplicationContext start(BenchCommand.Options options, AtomicLong completed) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.main.web-application-type", "none");
        properties.put("logging.threshold.console", "WARN");
        properties.put("tawasul.flows.directory", Workload.flowDirectory().toString());
        properties.put("spring.datasource.hikari.maximum-pool-size", options.threads() * 2 + 2);
        // the bench touches no member data: throwaway privacy keys, so that none is required and no key file written
        properties.put("tawasul.privacy.key", randomKey());
        properties.put("tawasul.privacy.hash-key", randomKey());
        // the bench's members answer far faster than a member can type: measure turns, not the limit's replies
        properties.put("tawasul.limits.turns-per-minute", String.valueOf(Integer.MAX_VALUE));
        if (options.mode().equals("h2")) {
            properties.put("spring.datasource.url", "jdbc:h2:file:" + temporaryDatabase() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE");
        } else {
            properties.put("spring.datasource.url", options.url());
            properties.put("spring.datasource.username", options.user());
            properties.put("spring.datasource.password", options.password());
        }
        SpringApplication application = new SpringApplication(TawasulApplication.class);
        if (options.mode().equals("mariadb")) {
            application.setAdditionalProfiles("mysql", "mariadb");
        } else if (options.mode().equals("mysql")) {
            application.setAdditionalProfiles("mysql");
        }
        application.addInitializers(context -> context.getBeanFactory().registerSingleton("benchCompletions",
                (DialogEventListener) (turn, event) -> {
                    if (event instanceof DialogEvent.DialogCompleted) {
                        completed.incrementAndGet();
                    }
                }));
        // as command-line arguments, so that they rank above application.properties
        return application.run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new));
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static String temporaryDatabase() {
        try {
            Path dir = Files.createTempDirectory("tawasul-bench-h2");
            dir.toFile().deleteOnExit();
            return dir.resolve("bench").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void clear(ConfigurableApplicationContext context) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult(status -> {
            jdbc.update("DELETE FROM outbox WHERE channel = ?", CHANNEL.id());
            jdbc.update("DELETE FROM inbox WHERE channel = ?", CHANNEL.id());
            jdbc.update("DELETE FROM conversation WHERE channel = ?", CHANNEL.id());
        });
    }
}
