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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tawasul.TawasulApplication;
import org.tawasul.channels.ChannelId;
import org.tawasul.conversations.message.Inbound;
import org.tawasul.db.conversation.ConversationRepository;
import org.tawasul.db.outbox.OutboxRepository;
import org.tawasul.testing.MutableClock;

/**
 * Turns per minute per chat ({@code tawasul.limits.turns-per-minute}): a message beyond the limit is not taken as
 * an answer, the member is asked to slow down once a minute at most, in their language, and other chats go on.
 * Run on H2 and, with -Pmysql-tests, on MariaDB.
 */
@SpringBootTest(classes = TawasulApplication.class, properties = {
        "spring.main.web-application-type=none",
        "tawasul.flows.directory=src/test/resources/test-flows",
        "tawasul.turns.retry-interval=1h",
        "tawasul.limits.turns-per-minute=3"})
@Import({TestListener.class, TurnLimitIntegrationTests.Config.class})
abstract class TurnLimitIntegrationTests {

    static final ChannelId TEST = ChannelId.of("test");
    static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
    static final String SLOW_DOWN = "لقد وصلتنا رسائل كثيرة منك خلال وقت قصير. انتظر دقيقة ثم أرسل رسالتك مرة أخرى، من فضلك.";

    @Autowired TurnProcessor turns;
    @Autowired TestListener listener;
    @Autowired ConversationRepository conversations;
    @Autowired OutboxRepository outbox;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;
    private int sequence;

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
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.update("DELETE FROM outbox");
            jdbc.update("DELETE FROM inbox");
            jdbc.update("DELETE FROM conversation");
        });
        listener.completed.clear();
        listener.failFor = null;
        listener.failStartOf = null;
        CLOCK.set(Instant.parse("2026-03-01T09:00:00Z"));
    }

    private boolean send(String address, String text) {
        return turns.handle(TEST, "e" + (++sequence), address, InboundTurn.of(Inbound.text(text)));
    }

    private List<String> told(String address) {
        return outbox.findByChannelAndRecipientOrderByIdAsc(TEST.id(), address).stream().map(m -> m.getBody()).toList();
    }

    @Test
    void messagesBeyondTheLimitAreNotTakenAsAnswersAndTheMemberIsAskedOnceToSlowDown() {
        assertThat(turns.handle(TEST, "s", "flood", InboundTurn.start("form"))).isTrue(); // turn 1 of 3
        assertThat(send("flood", "one")).isTrue();                                          // turn 2: first answer
        assertThat(send("flood", "two")).isTrue();                                          // turn 3: second answer
        listener.completed.clear();
        assertThat(turns.handle(TEST, "s2", "flood", InboundTurn.start("form"))).isTrue();  // turn 4: over the limit
        for (int i = 0; i < 30; i++) {
            assertThat(send("flood", "spam " + i)).isTrue();
        }
        long slowDowns = told("flood").stream().filter(SLOW_DOWN::equals).count();
        assertThat(slowDowns).as("one polite reply per minute at most").isEqualTo(1);
        assertThat(told("flood")).as("nothing else was answered after the limit").endsWith(SLOW_DOWN);
        var row = conversations.findByChannelAndAddress(TEST.id(), "flood").orElseThrow();
        assertThat(row.getStatus()).as("the excess start did not start the form again").isEqualTo("IDLE");
        assertThat(listener.completed).as("no excess message was taken as an answer").isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox WHERE processed_at IS NULL", Long.class))
                .as("excess messages are done with, not retried").isZero();

        // a minute later the chat is answered again, and may be told again if it floods again
        CLOCK.advance(Duration.ofSeconds(61));
        assertThat(turns.handle(TEST, "s3", "flood", InboundTurn.start("form"))).isTrue();
        assertThat(told("flood").get(told("flood").size() - 1)).isEqualTo("الإجابة الأولى");
        send("flood", "a");
        send("flood", "b");
        assertThat(listener.completed.get("flood")).containsEntry("first", "a").containsEntry("second", "b");
        send("flood", "c");
        send("flood", "d");
        assertThat(told("flood").stream().filter(SLOW_DOWN::equals).count()).isEqualTo(2);
    }

    @Test
    void aFloodingChatDoesNotHoldUpAnotherChat() {
        for (int i = 0; i < 50; i++) {
            send("flood", "spam " + i);
        }
        assertThat(turns.handle(TEST, "calm-start", "calm", InboundTurn.start("form"))).isTrue();
        assertThat(send("calm", "one")).isTrue();
        assertThat(told("calm")).containsExactly("الإجابة الأولى", "الإجابة الثانية");
    }

    @Test
    void theSlowDownIsInTheMembersLanguage() {
        turns.handle(TEST, "s", "en", InboundTurn.start("form"));
        new TransactionTemplate(transactions).executeWithoutResult(status ->
                jdbc.update("UPDATE conversation SET language = 'en' WHERE address = 'en'"));
        for (int i = 0; i < 5; i++) {
            send("en", "x" + i);
        }
        assertThat(told("en")).contains("We have received many messages from you in a short time. Please wait a "
                + "minute, then send your message again.");
    }

    @Test
    void dialogsTheApplicationStartsDoNotCountAsTheMembersMessages() {
        for (int i = 0; i < 3; i++) {
            assertThat(turns.handle(TEST, ScheduledTurns.PROVIDER_PREFIX + i, "member", InboundTurn.start("form")))
                    .isTrue();
        }
        assertThat(send("member", "one")).isTrue();
        assertThat(told("member")).doesNotContain(SLOW_DOWN).endsWith("الإجابة الثانية");
    }
}
