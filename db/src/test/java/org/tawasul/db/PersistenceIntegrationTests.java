package org.tawasul.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jakarta.persistence.EntityManagerFactory;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.hibernate.bytecode.spi.BytecodeProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tawasul.db.conversation.ConversationRecord;
import org.tawasul.db.conversation.ConversationRepository;
import org.tawasul.db.inbox.InboxEvent;
import org.tawasul.db.inbox.InboxRepository;
import org.tawasul.db.lease.Leases;
import org.tawasul.db.outbox.OutboxMessage;
import org.tawasul.db.outbox.OutboxRepository;
import org.tawasul.db.outbox.OutboxStatus;

/**
 * The persistence tests, run against each database by a subclass that points the data source at it.
 * Tests run without a surrounding transaction, so every save really reaches the database.
 */
@SpringBootTest(classes = DbTestApplication.class, properties = {
        "spring.jpa.open-in-view=false",
        "spring.jpa.hibernate.ddl-auto=validate",
        "spring.flyway.clean-disabled=false"})
abstract class PersistenceIntegrationTests {

    /** Arabic, an emoji (outside the BMP: 4 bytes in UTF-8) and Latin. */
    static final String ARABIC = "مرحبا 🙂 hello";

    static final Instant T0 = Instant.parse("2026-03-01T10:15:30Z");

    @Autowired
    ConversationRepository conversations;

    @Autowired
    InboxRepository inbox;

    @Autowired
    OutboxRepository outbox;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Leases leases;

    @Autowired
    Flyway flyway;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    TransactionTemplate tx;

    @BeforeEach
    void emptyTables() {
        tx = new TransactionTemplate(transactionManager);
        jdbc.update("DELETE FROM outbox");
        jdbc.update("DELETE FROM inbox");
        jdbc.update("DELETE FROM conversation");
        jdbc.update("DELETE FROM lease");
    }

    /** Whether only the rows a claim returns are locked (MySQL 8, MariaDB), not every due row (H2). */
    abstract boolean locksOnlyReturnedRows();

    @Test
    void hibernateStartsWithoutGeneratingProxyClasses() {
        BytecodeProvider provider = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry().requireService(BytecodeProvider.class);
        assertThat(provider).isInstanceOf(org.hibernate.bytecode.internal.none.BytecodeProviderImpl.class);
        assertThatThrownBy(() -> Class.forName(OutboxMessage.class.getName() + "$HibernateProxy", false,
                OutboxMessage.class.getClassLoader())).isInstanceOf(ClassNotFoundException.class);
        // entities are still read and written (by reflection instead of generated accessors)
        OutboxMessage saved = outbox.save(OutboxMessage.pending("telegram", "42", ARABIC, null, null, null, T0));
        assertThat(outbox.findById(saved.getId())).get().extracting(OutboxMessage::getBody).isEqualTo(ARABIC);
    }

    @Test
    void migrationsApply() {
        assertThat(flyway.info().current().getVersion()).isEqualTo(Arrays.stream(flyway.info().all())
                .map(MigrationInfo::getVersion).max(Comparator.naturalOrder()).orElseThrow());
        assertThat(flyway.info().current().getVersion()).isGreaterThanOrEqualTo(MigrationVersion.fromVersion("3"));
        assertThat(flyway.info().pending()).isEmpty();
        for (String table : List.of("conversation", "inbox", "outbox", "case_file", "case_event", "case_sequence",
                "member", "member_link", "survey_response")) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class)).as(table).isZero();
        }
    }

    @Test
    void conversationRoundTrip() {
        ConversationRecord saved = conversations.save(ConversationRecord.start("telegram", "12345", "IDLE", "ar", T0));
        assertThat(saved.getId()).isNotNull();
        assertThat(saved.getVersion()).isZero();

        ConversationRecord loaded = conversations.findByChannelAndAddress("telegram", "12345").orElseThrow();
        assertThat(loaded.getStatus()).isEqualTo("IDLE");
        assertThat(loaded.getAnswers()).isEqualTo("{}");
        assertThat(loaded.getAttempts()).isZero();
        assertThat(loaded.getLanguage()).isEqualTo("ar");
        assertThat(loaded.getLastActivity()).isEqualTo(T0);
        assertThat(loaded.getFlowId()).isNull();
        assertThat(loaded.getFlowVersion()).isNull();

        String answers = "{\"name\":\"" + ARABIC + "\",\"long\":\"" + "ب".repeat(60_000) + "\"}";
        loaded.setStatus("ACTIVE");
        loaded.setFlowId("membership");
        loaded.setFlowVersion(3);
        loaded.setStepId("ask-name");
        loaded.setResumeStepId("summary");
        loaded.setAnswers(answers);
        loaded.setAttempts(2);
        loaded.setLanguage("en");
        loaded.setLastActivity(T0.plusSeconds(60));
        conversations.save(loaded);

        ConversationRecord again = conversations.findByChannelAndAddress("telegram", "12345").orElseThrow();
        assertThat(again.getId()).isEqualTo(saved.getId());
        assertThat(again.getVersion()).isEqualTo(1);
        assertThat(again.getStatus()).isEqualTo("ACTIVE");
        assertThat(again.getFlowId()).isEqualTo("membership");
        assertThat(again.getFlowVersion()).isEqualTo(3);
        assertThat(again.getStepId()).isEqualTo("ask-name");
        assertThat(again.getResumeStepId()).isEqualTo("summary");
        assertThat(again.getAnswers()).isEqualTo(answers);
        assertThat(again.getAttempts()).isEqualTo(2);
        assertThat(again.getLanguage()).isEqualTo("en");
        assertThat(again.getLastActivity()).isEqualTo(T0.plusSeconds(60));
        assertThat(conversations.findByChannelAndAddress("sms", "12345")).isEmpty();
        assertThat(conversations.findByChannelAndAddress("telegram", "54321")).isEmpty();
    }

    @Test
    void conversationIsUniquePerChannelAndAddress() {
        conversations.save(ConversationRecord.start("sms", "+96650000001", "IDLE", "ar", T0));
        conversations.save(ConversationRecord.start("telegram", "+96650000001", "IDLE", "ar", T0));
        assertThatThrownBy(() -> conversations.saveAndFlush(
                ConversationRecord.start("sms", "+96650000001", "IDLE", "en", T0)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void staleConversationCopyIsRejected() {
        Long id = conversations.save(ConversationRecord.start("telegram", "777", "IDLE", "ar", T0)).getId();
        ConversationRecord first = conversations.findById(id).orElseThrow();
        ConversationRecord second = conversations.findById(id).orElseThrow();

        first.setStatus("ACTIVE");
        conversations.save(first);

        second.setStatus("HANDOFF");
        assertThatThrownBy(() -> conversations.save(second))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        ConversationRecord stored = conversations.findById(id).orElseThrow();
        assertThat(stored.getStatus()).isEqualTo("ACTIVE");
        assertThat(stored.getVersion()).isEqualTo(1);
    }

    @Test
    void inboxRoundTrip() {
        String payload = "{\"text\":\"" + ARABIC + "\"}";
        InboxEvent saved = inbox.save(InboxEvent.received("telegram", "update-1", "12345", payload, T0));
        assertThat(saved.getId()).isNotNull();

        InboxEvent loaded = inbox.findByChannelAndProviderId("telegram", "update-1").orElseThrow();
        assertThat(loaded.getPayload()).isEqualTo(payload);
        assertThat(loaded.getAddress()).isEqualTo("12345");
        assertThat(loaded.getReceivedAt()).isEqualTo(T0);
        assertThat(loaded.getProcessedAt()).isNull();
        assertThat(loaded.isProcessed()).isFalse();
        assertThat(loaded.getAttempts()).isZero();
        assertThat(loaded.getLastError()).isNull();
        assertThat(inbox.existsByChannelAndProviderId("telegram", "update-1")).isTrue();
        assertThat(inbox.existsByChannelAndProviderId("sms", "update-1")).isFalse();

        loaded.recordFailure("خطأ 🙂 " + "x".repeat(600));
        loaded.markProcessed(T0.plusSeconds(1));
        inbox.save(loaded);

        InboxEvent again = inbox.findById(saved.getId()).orElseThrow();
        assertThat(again.getProcessedAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(again.getAttempts()).isEqualTo(1);
        assertThat(again.getLastError()).hasSize(InboxEvent.MAX_ERROR_LENGTH).startsWith("خطأ 🙂 x");
        // the column holds a raw count too: the default of 0 applies to rows inserted by plain SQL
        jdbc.update("INSERT INTO inbox (channel, provider_id, address, payload, received_at) VALUES (?, ?, ?, ?, ?)",
                "sms", "SM1", "+1", "{}", LocalDateTime.ofInstant(T0, ZoneOffset.UTC));
        assertThat(inbox.findByChannelAndProviderId("sms", "SM1").orElseThrow().getAttempts()).isZero();
    }

    @Test
    void duplicateInboxEventIsRejected() {
        inbox.saveAndFlush(InboxEvent.received("telegram", "update-9", "1", "{}", T0));
        inbox.saveAndFlush(InboxEvent.received("sms", "update-9", "1", "{}", T0));
        assertThatThrownBy(() -> inbox.saveAndFlush(InboxEvent.received("telegram", "update-9", "2", "{}", T0)))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(inbox.count()).isEqualTo(2);
    }

    @Test
    void unprocessedInboxEventsInIdOrder() {
        InboxEvent a = inbox.save(InboxEvent.received("telegram", "u1", "1", "{}", T0));
        InboxEvent b = inbox.save(InboxEvent.received("telegram", "u2", "1", "{}", T0));
        InboxEvent c = inbox.save(InboxEvent.received("sms", "u3", "2", "{}", T0));
        InboxEvent d = inbox.save(InboxEvent.received("sms", "u4", "2", "{}", T0));
        b.markProcessed(T0);
        inbox.save(b);

        assertThat(inbox.findByProcessedAtIsNullOrderByIdAsc(Limit.of(2))).extracting(InboxEvent::getId)
                .containsExactly(a.getId(), c.getId());
        assertThat(inbox.findByProcessedAtIsNullOrderByIdAsc(Limit.of(10))).extracting(InboxEvent::getId)
                .containsExactly(a.getId(), c.getId(), d.getId());
    }

    @Test
    void outboxRoundTrip() {
        InboxEvent cause = inbox.save(InboxEvent.received("telegram", "u1", "12345", "{}", T0));
        String choices = "[{\"key\":\"yes\",\"label\":\"نعم 🙂\"},{\"key\":\"no\",\"label\":\"لا\"}]";
        OutboxMessage saved = outbox.save(
                OutboxMessage.pending("telegram", "12345", ARABIC, choices, "TEXT", cause.getId(), T0));

        OutboxMessage loaded = outbox.findById(saved.getId()).orElseThrow();
        assertThat(loaded.getChannel()).isEqualTo("telegram");
        assertThat(loaded.getRecipient()).isEqualTo("12345");
        assertThat(loaded.getBody()).isEqualTo(ARABIC);
        assertThat(loaded.getChoices()).isEqualTo(choices);
        assertThat(loaded.getInputHint()).isEqualTo("TEXT");
        assertThat(loaded.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(loaded.getAttempts()).isZero();
        assertThat(loaded.getNextAttemptAt()).isEqualTo(T0);
        assertThat(loaded.getCreatedAt()).isEqualTo(T0);
        assertThat(loaded.getSentAt()).isNull();
        assertThat(loaded.getProviderId()).isNull();
        assertThat(loaded.getInboxId()).isEqualTo(cause.getId());
        assertThat(jdbc.queryForObject("SELECT status FROM outbox WHERE id = ?", String.class, saved.getId()))
                .isEqualTo("PENDING");
        assertThat(outbox.findByInboxIdOrderByIdAsc(cause.getId())).hasSize(1);

        loaded.retryLater("timeout", T0.plusSeconds(30));
        outbox.save(loaded);
        OutboxMessage retried = outbox.findById(saved.getId()).orElseThrow();
        assertThat(retried.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(retried.getAttempts()).isEqualTo(1);
        assertThat(retried.getLastError()).isEqualTo("timeout");
        assertThat(retried.getNextAttemptAt()).isEqualTo(T0.plusSeconds(30));

        retried.markSent("msg-42", T0.plusSeconds(31));
        outbox.save(retried);
        OutboxMessage sent = outbox.findById(saved.getId()).orElseThrow();
        assertThat(sent.getStatus()).isEqualTo(OutboxStatus.SENT);
        assertThat(sent.getAttempts()).isEqualTo(2);
        assertThat(sent.getProviderId()).isEqualTo("msg-42");
        assertThat(sent.getSentAt()).isEqualTo(T0.plusSeconds(31));
        assertThat(sent.getLastError()).isNull();

        OutboxMessage plain = outbox.save(OutboxMessage.pending("sms", "+1", "hi", null, null, null, T0));
        plain.markFailed("rejected");
        outbox.save(plain);
        OutboxMessage failed = outbox.findById(plain.getId()).orElseThrow();
        assertThat(failed.getStatus()).isEqualTo(OutboxStatus.FAILED);
        assertThat(failed.getChoices()).isNull();
        assertThat(failed.getInputHint()).isNull();
        assertThat(failed.getInboxId()).isNull();
    }

    @Test
    void outboxFinders() {
        OutboxMessage a = outbox.save(OutboxMessage.pending("telegram", "1", "a", null, null, null, T0));
        OutboxMessage b = outbox.save(OutboxMessage.pending("telegram", "2", "b", null, null, null, T0));
        OutboxMessage c = outbox.save(OutboxMessage.pending("telegram", "1", "c", null, null, null, T0));
        OutboxMessage d = outbox.save(OutboxMessage.pending("sms", "1", "d", null, null, null, T0));
        a.markSent("p", T0);
        outbox.save(a);

        assertThat(outbox.findByChannelAndStatusOrderByIdAsc("telegram", OutboxStatus.PENDING))
                .extracting(OutboxMessage::getId).containsExactly(b.getId(), c.getId());
        assertThat(outbox.findByChannelAndRecipientOrderByIdAsc("telegram", "1"))
                .extracting(OutboxMessage::getId).containsExactly(a.getId(), c.getId());
        assertThat(outbox.findByChannelAndRecipientAndStatusOrderByIdAsc("telegram", "1", OutboxStatus.PENDING))
                .extracting(OutboxMessage::getId).containsExactly(c.getId());
        assertThat(outbox.findByChannelAndRecipientAndStatusOrderByIdAsc("sms", "1", OutboxStatus.PENDING))
                .extracting(OutboxMessage::getId).containsExactly(d.getId());
    }

    @Test
    void instantsAreStoredAsUtcToTheSecond() {
        // the surefire JVM runs in Asia/Riyadh (UTC+3, see the pom), so a zone mix-up would show
        OutboxMessage message = OutboxMessage.pending("sms", "+1", "x", null, null, null, T0.plusNanos(123_456_789));
        assertThat(message.getCreatedAt()).isEqualTo(T0);
        Long id = outbox.save(message).getId();
        LocalDateTime raw = jdbc.queryForObject("SELECT created_at FROM outbox WHERE id = ?", LocalDateTime.class, id);
        assertThat(raw).isEqualTo(LocalDateTime.ofInstant(T0, ZoneOffset.UTC));
        assertThat(outbox.findById(id).orElseThrow().getCreatedAt()).isEqualTo(T0);
    }

    @Test
    void claimReturnsDuePendingRowsLongestDueFirst() {
        OutboxMessage sent = OutboxMessage.pending("sms", "1", "sent", null, null, null, T0);
        sent.markSent("p", T0);
        outbox.save(sent);
        OutboxMessage due1 = outbox.save(OutboxMessage.pending("sms", "1", "due1", null, null, null, T0));
        OutboxMessage later = OutboxMessage.pending("sms", "1", "later", null, null, null, T0);
        later.retryLater("busy", T0.plusSeconds(3600));
        outbox.save(later);
        OutboxMessage due2 = outbox.save(OutboxMessage.pending("telegram", "2", "due2", null, null, null, T0));
        OutboxMessage due3 = outbox.save(OutboxMessage.pending("sms", "3", "due3", null, null, null, T0));
        OutboxMessage overdue = OutboxMessage.pending("sms", "4", "overdue", null, null, null, T0);
        overdue.retryLater("busy", T0.minusSeconds(60));
        outbox.save(overdue);

        List<Long> two = tx.execute(s -> outbox.claimDue(T0.plusSeconds(1), 2).stream().map(OutboxMessage::getId).toList());
        assertThat(two).containsExactly(overdue.getId(), due1.getId());
        List<Long> all = tx.execute(s -> outbox.claimDue(T0, 10).stream().map(OutboxMessage::getId).toList());
        assertThat(all).containsExactly(overdue.getId(), due1.getId(), due2.getId(), due3.getId());
        List<OutboxMessage> none = tx.execute(s -> outbox.claimDue(T0.minusSeconds(61), 10));
        assertThat(none).isEmpty();

        // claimed rows are managed entities: updating them in the claiming transaction is the way to finish them
        tx.executeWithoutResult(s -> outbox.claimDue(T0, 1).forEach(m -> m.markSent("p1", T0)));
        assertThat(outbox.findById(overdue.getId()).orElseThrow().getStatus()).isEqualTo(OutboxStatus.SENT);

        assertThatThrownBy(() -> outbox.claimDue(T0, 1)).isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void concurrentClaimsGetDisjointRows() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(outbox.save(OutboxMessage.pending("sms", "r" + i, "m" + i, null, null, null, T0)).getId());
        }
        CountDownLatch firstClaimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<List<Long>> first = executor.submit(() -> tx.execute(s -> {
                List<Long> claimed = outbox.claimDue(T0, 2).stream().map(OutboxMessage::getId).toList();
                firstClaimed.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return claimed;
            }));
            assertThat(firstClaimed.await(30, TimeUnit.SECONDS)).isTrue();
            List<Long> second;
            try {
                second = tx.execute(s -> outbox.claimDue(T0, 2).stream().map(OutboxMessage::getId).toList());
            } finally {
                release.countDown();
            }
            List<Long> firstIds = first.get(30, TimeUnit.SECONDS);

            assertThat(firstIds).containsExactly(ids.get(0), ids.get(1));
            assertThat(second).doesNotContainAnyElementsOf(firstIds);
            if (locksOnlyReturnedRows()) {
                assertThat(second).containsExactly(ids.get(2), ids.get(3));
            } else {
                assertThat(second).isEmpty();
            }
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void aLeaseHasOneHolderUntilReleasedOrRunOut() {
        Duration minute = Duration.ofMinutes(1);
        assertThat(leases.acquire("poll", "node-a", minute)).isTrue();
        assertThat(leases.acquire("poll", "node-b", minute)).isFalse();
        assertThat(leases.acquire("poll", "node-a", minute)).as("renewed at once by its holder").isTrue();
        assertThat(leases.holderOf("poll")).isEqualTo("node-a");
        assertThat(leases.acquire("other", "node-b", minute)).as("another name is another lease").isTrue();

        leases.release("poll", "node-b"); // not the holder: nothing changes
        assertThat(leases.holderOf("poll")).isEqualTo("node-a");
        leases.release("poll", "node-a");
        assertThat(leases.holderOf("poll")).isNull();
        assertThat(leases.acquire("poll", "node-b", minute)).isTrue();

        // node-b stops renewing: once its time is past, node-a may take the lease
        tx.executeWithoutResult(status -> jdbc.update("UPDATE lease SET held_until = UNIX_TIMESTAMP() - 1 WHERE name = 'poll'"));
        assertThat(leases.holderOf("poll")).isNull();
        assertThat(leases.acquire("poll", "node-a", minute)).isTrue();
        assertThat(leases.acquire("poll", "node-b", minute)).isFalse();
    }

    @Test
    void nodesTakingAFreeLeaseAtOnceGetOneHolder() throws Exception {
        int nodes = 8;
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> taken = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                String holder = "node-" + i;
                taken.add(pool.submit(() -> {
                    start.await();
                    return leases.acquire("race", holder, Duration.ofMinutes(1));
                }));
            }
            start.countDown();
            int holders = 0;
            for (Future<Boolean> each : taken) {
                holders += each.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(holders).isEqualTo(1);
            assertThat(leases.holderOf("race")).startsWith("node-");
        } finally {
            pool.shutdownNow();
        }
    }
}
