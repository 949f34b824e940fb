package org.tawasul.turns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tawasul.TawasulApplication;
import org.tawasul.channels.ChannelId;
import org.tawasul.conversations.message.Inbound;
import org.tawasul.db.privacy.PiiCipher;
import org.tawasul.testing.MutableClock;

/**
 * The retention job's work ({@code tawasul.retention.*}, defaults: inbox 30 days, outbox 30 days, abandoned
 * dialogs 7 days) with an injected clock: what is older goes, what is younger or still needed stays. Run on H2
 * and, with -Pmysql-tests, on MariaDB.
 */
@SpringBootTest(classes = TawasulApplication.class, properties = {
        "spring.main.web-application-type=none",
        "tawasul.flows.directory=src/test/resources/test-flows",
        "tawasul.turns.retry-interval=1h",
        "tawasul.retention.run-every=24h"})
@Import({TestListener.class, RetentionIntegrationTests.Config.class})
abstract class RetentionIntegrationTests {

    static final ChannelId TEST = ChannelId.of("test");
    static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    static final MutableClock CLOCK = new MutableClock(T0);

    @Autowired TurnProcessor turns;
    @Autowired Retention retention;
    @Autowired JdbcTemplate jdbc;
    @Autowired PiiCipher cipher;
    @Autowired org.springframework.transaction.PlatformTransactionManager transactions;

    /** Runs SQL in its own commit (the mysql profile's connections come with autocommit off). */
    private void sql(String statement) {
        new org.springframework.transaction.support.TransactionTemplate(transactions)
                .executeWithoutResult(status -> jdbc.update(statement));
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Config {
        @Bean
        @Primary
        java.time.Clock testClock() {
            return CLOCK;
        }
    }

    @BeforeEach
    void empty() {
        sql("DELETE FROM outbox");
        sql("DELETE FROM inbox");
        sql("DELETE FROM conversation");
        CLOCK.set(T0);
    }

    private String plain(String stored) {
        return PiiCipher.isEncrypted(stored) ? cipher.decrypt(stored) : stored;
    }

    private List<String> payloads(String address) {
        return jdbc.queryForList("SELECT payload FROM inbox WHERE address = ? ORDER BY id", String.class, address)
                .stream().map(this::plain).toList();
    }

    private List<String> bodies(String address) {
        return jdbc.queryForList("SELECT body FROM outbox WHERE recipient = ? ORDER BY id", String.class, address)
                .stream().map(this::plain).toList();
    }

    private String answers(String address) {
        return plain(jdbc.queryForObject("SELECT answers FROM conversation WHERE address = ?", String.class, address));
    }

    @Test
    void wordsGoAfterTheirPeriodAndWhatIsYoungerOrStillNeededStays() {
        // an abandoned dialog, with an answer typed
        turns.handle(TEST, "a-start", "abandoned", InboundTurn.start("form"));
        turns.handle(TEST, "a-1", "abandoned", InboundTurn.of(Inbound.text("سري جدا 4417")));
        // an event stored and never run (it waits for its turn): it keeps its words whatever its age
        turns.receive(TEST, "w-1", "waiting", InboundTurn.of(Inbound.text("ما زلت أنتظر 5521")));
        sql("UPDATE outbox SET status = 'SENT', sent_at = created_at WHERE recipient = 'abandoned'");
        turns.handle(TEST, "p-1", "pending-out", InboundTurn.of(Inbound.text("مرحبا")));
        assertThat(answers("abandoned")).contains("سري جدا 4417");

        CLOCK.set(T0.plus(Duration.ofDays(6)));
        assertThat(retention.run()).as("nothing is old enough yet").isEqualTo(new Retention.Report(0, 0, 0));
        assertThat(answers("abandoned")).contains("سري جدا 4417");

        CLOCK.set(T0.plus(Duration.ofDays(8)));
        Retention.Report week = retention.run();
        assertThat(answers("abandoned")).as("an abandoned dialog's answers, after 7 days").isEqualTo("{}");
        assertThat(week.dialogAnswers()).isPositive();
        assertThat(week.inboxPayloads()).isZero();
        assertThat(week.outboxBodies()).isZero();
        assertThat(payloads("abandoned")).anySatisfy(p -> assertThat(p).contains("سري جدا 4417"));

        CLOCK.set(T0.plus(Duration.ofDays(31)));
        Retention.Report month = retention.run();
        assertThat(month.inboxPayloads()).isEqualTo(3); // abandoned's two, pending-out's one
        assertThat(payloads("abandoned")).containsOnly("");
        assertThat(payloads("waiting")).as("still waiting for its turn").singleElement().asString().contains("5521");
        assertThat(month.outboxBodies()).isEqualTo(bodies("abandoned").size());
        assertThat(bodies("abandoned")).isNotEmpty().containsOnly("");
        assertThat(bodies("pending-out")).as("not sent yet").isNotEmpty().allSatisfy(b -> assertThat(b).isNotEmpty());
        assertThat(retention.run()).as("a second run finds nothing").isEqualTo(new Retention.Report(0, 0, 0));

        // the member who comes back is told the dialog was closed, and goes on from the menu
        assertThat(turns.handle(TEST, "a-2", "abandoned", InboundTurn.of(Inbound.text("ثانيا")))).isTrue();
        assertThat(jdbc.queryForObject("SELECT status FROM conversation WHERE address = 'abandoned'", String.class))
                .isNotEqualTo("FAILED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox WHERE processed_at IS NULL AND address = 'abandoned'",
                Long.class)).isZero();
    }
}
