package org.tawasul.turns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tawasul.channels.ChannelId;
import org.tawasul.TawasulApplication;
import org.tawasul.conversations.message.Inbound;
import org.tawasul.db.conversation.ConversationRepository;
import org.tawasul.db.inbox.InboxRepository;
import org.tawasul.db.outbox.OutboxRepository;

/** The inbound pipeline on a real database; run on H2 and, with -Pmysql-tests, on MariaDB. */
@SpringBootTest(classes = TawasulApplication.class, properties = {
        "spring.main.web-application-type=none",
        "tawasul.flows.directory=src/test/resources/test-flows",
        // the background retry is driven by hand here
        "tawasul.turns.retry-interval=1h",
        "tawasul.turns.max-attempts=3"})
@Import(TestListener.class)
abstract class TurnProcessingIntegrationTests {

    static final ChannelId TEST = ChannelId.of("test");
    static final String CHANNEL = TEST.id();
    static final int CONVERSATIONS = 200;

    @Autowired TurnProcessor turns;
    @Autowired TestListener listener;
    @Autowired ConversationRepository conversations;
    @Autowired InboxRepository inbox;
    @Autowired OutboxRepository outbox;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired PendingTurns pending;

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
        listener.deadlocks.set(0);
    }

    @AfterEach
    void restoreLocks() {
        turns.useLocalLocks(true);
    }

    @Test
    void twoAnswersAtTheSameInstantAreNeitherLostNorMisplaced() throws Exception {
        assertConcurrentAnswersKeptApart();
    }

    /** Without the in-process locks, as with several nodes on one database, the version check alone must hold. */
    @Test
    void theVersionCheckAloneKeepsConcurrentTurnsApart() throws Exception {
        turns.useLocalLocks(false);
        assertConcurrentAnswersKeptApart();
    }

    private void assertConcurrentAnswersKeptApart() throws Exception {
        for (int i = 0; i < CONVERSATIONS; i++) {
            assertThat(turns.handle(TEST, "start-" + i, "member-" + i, InboundTurn.start("form"))).isTrue();
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < CONVERSATIONS; i++) {
            for (String answer : List.of("أ-" + i, "ب-" + i)) {
                String address = "member-" + i;
                results.add(pool.submit(() -> {
                    go.await();
                    return turns.handle(TEST, "answer-" + answer, address, InboundTurn.of(Inbound.text(answer)));
                }));
            }
        }
        go.countDown();
        for (Future<Boolean> result : results) {
            assertThat(result.get(60, TimeUnit.SECONDS)).as("every turn ran").isTrue();
        }
        pool.shutdown();

        int lost = 0;
        int misplaced = 0;
        for (int i = 0; i < CONVERSATIONS; i++) {
            Map<String, String> answers = listener.completed.get("member-" + i);
            if (answers == null || answers.size() < 2) {
                lost++;
            } else if (!Set.copyOf(answers.values()).equals(Set.of("أ-" + i, "ب-" + i))) {
                misplaced++;
            }
        }
        assertThat(lost).as("answers lost").isZero();
        assertThat(misplaced).as("answers stored in the wrong field").isZero();
        assertThat(inbox.count()).isEqualTo(3L * CONVERSATIONS);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox WHERE processed_at IS NULL", Long.class)).isZero();
    }

    @Test
    void aRedeliveredEventDoesNothing() {
        assertThat(turns.handle(TEST, "update-1", "member", InboundTurn.of(Inbound.text("مرحبا")))).isTrue();
        long messages = outbox.count();
        assertThat(turns.handle(TEST, "update-1", "member", InboundTurn.of(Inbound.text("مرحبا")))).isFalse();
        assertThat(turns.receive(TEST, "update-1", "member", InboundTurn.of(Inbound.text("مرحبا")))).isEmpty();
        assertThat(inbox.count()).isEqualTo(1);
        assertThat(outbox.count()).isEqualTo(messages);
    }

    @Test
    void anEventStoredButNotYetProcessedIsProcessedAfterARestart() {
        long id = turns.receive(TEST, "update-7", "member", InboundTurn.start("form")).orElseThrow();
        assertThat(conversations.findByChannelAndAddress(CHANNEL, "member")).isEmpty();

        assertThat(turns.processPending(100)).isEqualTo(1);

        assertThat(inbox.findById(id).orElseThrow().isProcessed()).isTrue();
        assertThat(conversations.findByChannelAndAddress(CHANNEL, "member").orElseThrow().getStepId()).isEqualTo("first");
        assertThat(outbox.findByInboxIdOrderByIdAsc(id)).extracting(m -> m.getBody()).containsExactly("الإجابة الأولى");
        assertThat(turns.process(id, TEST, "member")).as("processing again is a no-op").isTrue();
        assertThat(outbox.findByInboxIdOrderByIdAsc(id)).hasSize(1);
    }

    @Test
    void aFailedTurnLeavesNothingHalfWrittenAndKeepsTheEvent() {
        turns.handle(TEST, "s", "member", InboundTurn.start("form"));
        turns.handle(TEST, "a1", "member", InboundTurn.of(Inbound.text("one")));
        long versionBefore = conversations.findByChannelAndAddress(CHANNEL, "member").orElseThrow().getVersion();
        long messagesBefore = outbox.count();
        listener.failFor = "member";

        assertThat(turns.handle(TEST, "a2", "member", InboundTurn.of(Inbound.text("two")))).isFalse();

        var row = conversations.findByChannelAndAddress(CHANNEL, "member").orElseThrow();
        assertThat(row.getVersion()).isEqualTo(versionBefore);
        assertThat(row.getStepId()).isEqualTo("second");
        assertThat(outbox.count()).isEqualTo(messagesBefore);
        var stored = inbox.findByChannelAndProviderId(CHANNEL, "a2").orElseThrow();
        assertThat(stored.isProcessed()).isFalse();
        assertThat(stored.getAttempts()).isEqualTo(1);
        assertThat(stored.getLastError()).contains("listener failed on purpose");

        listener.failFor = null;
        assertThat(turns.processPending(10)).isEqualTo(1);
        assertThat(listener.completed.get("member")).containsEntry("first", "one").containsEntry("second", "two");
    }

    @Test
    void aTurnThatLosesADatabaseDeadlockRunsAgainAtOnce() {
        listener.deadlocks.set(1);
        assertThat(turns.handle(TEST, "s", "member", InboundTurn.start("form"))).isTrue();
        listener.deadlocks.set(1);
        long stored = turns.receive(TEST, "s2", "other", InboundTurn.start("form")).orElseThrow();
        assertThat(turns.process(stored, TEST, "other")).isTrue();
        assertThat(listener.deadlocks).hasValue(0);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox WHERE attempts > 0", Long.class))
                .as("no failure recorded, nothing left for the sweep").isZero();
    }

    @Test
    void aTurnThatKeepsFailingIsGivenUpAfterMaxAttemptsAndKeptWithItsError() {
        turns.handle(TEST, "s", "member", InboundTurn.start("form"));
        turns.handle(TEST, "a1", "member", InboundTurn.of(Inbound.text("one")));
        listener.failFor = "member";
        assertThat(turns.handle(TEST, "a2", "member", InboundTurn.of(Inbound.text("two")))).isFalse();
        assertThat(turns.hasPending()).isTrue();

        assertThat(pending.sweep()).isZero(); // attempt 2
        assertThat(turns.hasPending()).isTrue();
        assertThat(pending.sweep()).isZero(); // attempt 3 of 3: given up
        assertThat(turns.hasPending()).isFalse();
        listener.failFor = null;
        assertThat(pending.sweep()).as("given-up events are left for staff").isZero();

        var givenUp = inbox.findByChannelAndProviderId(CHANNEL, "a2").orElseThrow();
        assertThat(givenUp.isProcessed()).isFalse();
        assertThat(givenUp.getAttempts()).isEqualTo(3);
        assertThat(givenUp.getLastError()).contains("listener failed on purpose");
        assertThat(outbox.findByInboxIdOrderByIdAsc(givenUp.getId())).as("the member is told, in Arabic by default")
                .extracting(m -> m.getBody()).singleElement().asString()
                .startsWith("عذرًا، تعذّر علينا معالجة رسالتك الأخيرة").contains("«موظف»");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox WHERE processed_at IS NULL AND attempts >= 3",
                Long.class)).as("kept for staff").isEqualTo(1L);

        // a given-up event no longer holds back its conversation
        assertThat(turns.handle(TEST, "a3", "member", InboundTurn.of(Inbound.text("three")))).isTrue();
    }

    @Test
    void aGivenUpEventIsApologisedForInTheMembersLanguage() {
        turns.handle(TEST, "s", "member", InboundTurn.start("form"));
        new TransactionTemplate(transactions).executeWithoutResult(status ->
                jdbc.update("UPDATE conversation SET language = 'en' WHERE address = 'member'"));
        listener.failFor = "member";
        turns.handle(TEST, "a1", "member", InboundTurn.of(Inbound.text("one")));
        turns.handle(TEST, "a2", "member", InboundTurn.of(Inbound.text("two")));
        pending.sweep();
        pending.sweep();

        var givenUp = inbox.findByChannelAndProviderId(CHANNEL, "a2").orElseThrow();
        assertThat(givenUp.getAttempts()).isEqualTo(3);
        assertThat(outbox.findByInboxIdOrderByIdAsc(givenUp.getId())).extracting(m -> m.getBody()).singleElement()
                .asString().startsWith("Sorry, we could not handle your last message").contains("“staff”");
    }

    /** An event stored before a crash and not yet run: the next event of the chat must not overtake it. */
    @Test
    void aNewerEventRunsOnlyAfterAnOlderOneLeftPending() {
        turns.handle(TEST, "s", "member", InboundTurn.start("form"));
        turns.receive(TEST, "a1", "member", InboundTurn.of(Inbound.text("one"))); // stored, not run (a crash)

        assertThat(turns.handle(TEST, "a2", "member", InboundTurn.of(Inbound.text("two")))).isTrue();

        assertThat(listener.completed.get("member")).as("answers in the order the member sent them")
                .containsEntry("first", "one").containsEntry("second", "two");
        assertThat(turns.hasPending()).isFalse();
    }

    /**
     * The reproduced case: the start of a dialog failed, the member typed on; the text must not be taken at
     * the step the member had before, and once the start runs the text is the dialog's first answer.
     */
    @Test
    void aNewerEventWaitsWhileAnOlderOneOfItsConversationFailsAndRunsAfterIt() {
        listener.failStartOf = "form";
        assertThat(turns.handle(TEST, "s", "member", InboundTurn.start("form"))).isFalse();
        long outboxBefore = outbox.count();

        assertThat(turns.handle(TEST, "a1", "member", InboundTurn.of(Inbound.text("one")))).as("waits").isFalse();
        assertThat(turns.receive(TEST, "a2", "member", InboundTurn.of(Inbound.text("two")))).isPresent();
        assertThat(turns.process(inbox.findByChannelAndProviderId(CHANNEL, "a2").orElseThrow().getId(), TEST, "member"))
                .as("the polling path waits too").isFalse();
        assertThat(turns.processPending(100)).as("the background retry keeps the order too").isZero();

        var waiting = inbox.findByChannelAndProviderId(CHANNEL, "a1").orElseThrow();
        assertThat(waiting.isProcessed()).isFalse();
        assertThat(waiting.getAttempts()).as("waiting is not failing").isZero();
        assertThat(outbox.count()).as("nothing answered out of order").isEqualTo(outboxBefore);

        listener.failStartOf = null;
        assertThat(pending.sweep()).isEqualTo(3);
        assertThat(listener.completed.get("member")).containsEntry("first", "one").containsEntry("second", "two");
        assertThat(turns.hasPending()).isFalse();
    }

    /** Other conversations are not held back by one conversation's failing event. */
    @Test
    void aFailingEventHoldsBackOnlyItsOwnConversation() {
        listener.failStartOf = "form";
        turns.handle(TEST, "s", "member", InboundTurn.start("form"));
        turns.handle(TEST, "a1", "member", InboundTurn.of(Inbound.text("one")));
        listener.failStartOf = null;
        assertThat(turns.handle(TEST, "o1", "other", InboundTurn.of(Inbound.text("مرحبا")))).isTrue();
    }

    @Test
    void theBackgroundRetryRunsWhatFailedOnceTheCauseIsGone() {
        turns.handle(TEST, "s", "member", InboundTurn.start("form"));
        turns.handle(TEST, "a1", "member", InboundTurn.of(Inbound.text("one")));
        listener.failFor = "member";
        turns.handle(TEST, "a2", "member", InboundTurn.of(Inbound.text("two")));
        listener.failFor = null;

        assertThat(pending.sweep()).isEqualTo(1);
        assertThat(turns.hasPending()).isFalse();
        assertThat(listener.completed.get("member")).containsEntry("second", "two");
    }

    @Test
    void outboundMessagesKeepTheirChoicesAndArabicText() {
        turns.handle(TEST, "hello", "member", InboundTurn.of(Inbound.text("مرحبا")));
        var message = outbox.findByChannelAndRecipientOrderByIdAsc(CHANNEL, "member").get(0);
        assertThat(message.getBody()).isEqualTo("أهلًا بك في خدمة التواصل مع الجمعية. كيف نخدمك؟");
        assertThat(org.tawasul.codec.Json.choices(message.getChoices())).extracting(c -> c.key().substring(0, c.key().indexOf('~'))).containsExactly("enquiry", "request", "complaint", "status", "survey",
                "staff", "language");
        assertThat(message.getInputHint()).isEqualTo("TEXT");
    }
}
