package org.tawasul.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tawasul.channels.OutboundMessage;
import org.tawasul.channels.SendOutcome;
import org.tawasul.TawasulApplication;
import org.tawasul.conversations.message.Inbound;
import org.tawasul.db.lease.Leases;
import org.tawasul.db.outbox.ChannelAddresses;
import org.tawasul.db.outbox.OutboxMessage;
import org.tawasul.db.outbox.OutboxRepository;
import org.tawasul.db.outbox.OutboxStatus;
import org.tawasul.lease.DatabaseLease;
import org.tawasul.turns.InboundTurn;
import org.tawasul.turns.TurnProcessor;

/** The outbox dispatcher against a fake sender on a real database; run on H2 and, with -Pmysql-tests, on MariaDB. */
@SpringBootTest(classes = TawasulApplication.class, properties = {
        "spring.main.web-application-type=none",
        "tawasul.outbound.poll-interval=50ms",
        "tawasul.outbound.lease=5s",
        "tawasul.outbound.max-attempts=3",
        "tawasul.outbound.backoff-base=10ms",
        "tawasul.outbound.backoff-max=10ms",
        "tawasul.outbound.channels.fake.rate-per-second=1000",
        "tawasul.outbound.channels.fake.per-recipient-interval=0s"})
@Import(FakeSender.Config.class)
@DirtiesContext // stops the dispatcher's thread after the class
abstract class OutboxDispatcherIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired OutboxDispatcher dispatcher;
    @Autowired FakeSender sender;
    @Autowired OutboxRepository outbox;
    @Autowired ChannelAddresses addresses;
    @Autowired TurnProcessor turns;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired OutboundSettings settings;
    @Autowired Clock clock;
    @Autowired Leases leases;
    TransactionTemplate tx;

    @BeforeEach
    void empty() {
        tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            jdbc.update("DELETE FROM outbox");
            jdbc.update("DELETE FROM channel_address");
            jdbc.update("DELETE FROM inbox");
            jdbc.update("DELETE FROM conversation");
        });
        sender.reset();
    }

    @AfterEach
    void keepRunning() {
        dispatcher.start();
    }

    @Test
    void sendsDueMessagesAndRecordsTheProviderId() {
        long a = queue("alice", "one");
        long b = queue("bob", "two");

        await().atMost(PATIENCE).until(() -> status(a) == OutboxStatus.SENT && status(b) == OutboxStatus.SENT);
        OutboxMessage sent = outbox.findById(a).orElseThrow();
        assertThat(sent.getProviderId()).isEqualTo("p-" + a);
        assertThat(sent.getAttempts()).isEqualTo(1);
        assertThat(sent.getSentAt()).isNotNull();
        assertThat(sender.calls).extracting(OutboundMessage::body).containsExactlyInAnyOrder("one", "two");
    }

    @Test
    void retryAfterHoldsBackOnlyThatRecipient() {
        sender.script = m -> m.recipient().equals("slow") ? new SendOutcome.RetryAfter(Duration.ofSeconds(30), "429")
                : FakeSender.sent(m);
        Instant before = clock.instant();
        long slow1 = queue("slow", "s1");
        long slow2 = queue("slow", "s2");
        long fast = queue("fast", "f1");

        await().atMost(PATIENCE).until(() -> status(fast) == OutboxStatus.SENT && !sender.idsSentTo("slow").isEmpty());
        await().during(Duration.ofMillis(500)).atMost(PATIENCE).until(() -> sender.idsSentTo("slow").size() == 1);
        assertThat(sender.idsSentTo("slow")).containsExactly(slow1);
        for (long id : List.of(slow1, slow2)) {
            OutboxMessage row = outbox.findById(id).orElseThrow();
            assertThat(row.getStatus()).isEqualTo(OutboxStatus.PENDING);
            assertThat(row.getNextAttemptAt()).isAfterOrEqualTo(before.plusSeconds(30).minusSeconds(1));
        }
        assertThat(outbox.findById(slow1).orElseThrow().getLastError()).isEqualTo("429");
    }

    @Test
    void aTextFailingPartWayIsResumedWithTheNextPartOnRetry() {
        // three parts: the first attempt delivers part 1 and fails on part 2; the second delivers parts 2 and 3
        sender.script = m -> m.partsSent() == 0
                ? new SendOutcome.PartlySent(1, "m1", new SendOutcome.Failed("part 2/3: 502 Bad Gateway"))
                : new SendOutcome.Sent("m2,m3");
        long id = queue("reader", "a long text");

        await().atMost(PATIENCE).until(() -> status(id) == OutboxStatus.SENT);
        assertThat(sender.calls).extracting(OutboundMessage::partsSent).containsExactly(0, 1);
        OutboxMessage row = outbox.findById(id).orElseThrow();
        assertThat(row.getProviderId()).isEqualTo("m1,m2,m3");
        assertThat(row.getPartsSent()).isEqualTo(1);
        assertThat(row.getAttempts()).isEqualTo(2);
    }

    @Test
    void aPassingFailureIsRetriedAndGivenUpAfterMaxAttempts() {
        sender.script = m -> new SendOutcome.Failed("503 Service Unavailable");
        long id = queue("flaky", "hello");

        await().atMost(PATIENCE).until(() -> status(id) == OutboxStatus.FAILED);
        OutboxMessage row = outbox.findById(id).orElseThrow();
        assertThat(row.getAttempts()).isEqualTo(settings.maxAttempts());
        assertThat(row.getLastError()).isEqualTo("503 Service Unavailable");
        assertThat(sender.calls).extracting(OutboundMessage::attempt).containsExactly(1, 2, 3);
    }

    @Test
    void aGoneRecipientGetsNothingMoreUntilTheMemberWritesAgain() {
        sender.script = m -> new SendOutcome.Refused("403 bot was blocked by the user", true);
        long first = queue("blocker", "one");
        long second = queue("blocker", "two");

        await().atMost(PATIENCE).until(() -> status(first) == OutboxStatus.FAILED && status(second) == OutboxStatus.FAILED);
        assertThat(outbox.findById(second).orElseThrow().getLastError()).isEqualTo(OutboxLedger.RECIPIENT_INACTIVE);
        assertThat(inactive("blocker")).isTrue();

        long later = queue("blocker", "three");
        await().atMost(PATIENCE).until(() -> status(later) == OutboxStatus.FAILED);
        assertThat(sender.idsSentTo("blocker")).containsExactly(first);

        sender.script = FakeSender::sent;
        assertThat(turns.handle(FakeSender.CHANNEL, "update-1", "blocker", InboundTurn.of(Inbound.text("مرحبا")))).isTrue();
        assertThat(inactive("blocker")).isFalse();
        await().atMost(PATIENCE).until(() -> outbox.findByChannelAndRecipientAndStatusOrderByIdAsc(
                FakeSender.CHANNEL.id(), "blocker", OutboxStatus.SENT).size() >= 1);
        assertThat(sender.idsSentTo("blocker")).hasSizeGreaterThan(1);
    }

    @Test
    void aRecipientGetsItsMessagesInOrderEvenWhenOneIsRetried() {
        long[] ids = new long[5];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = queue("ordered", "m" + i);
        }
        queue("other", "x");
        long retried = ids[1];
        sender.script = m -> m.outboxId() == retried && m.attempt() == 1 ? new SendOutcome.Failed("timeout") : FakeSender.sent(m);

        await().atMost(PATIENCE).until(() -> outbox.findByChannelAndRecipientAndStatusOrderByIdAsc(
                FakeSender.CHANNEL.id(), "ordered", OutboxStatus.SENT).size() == ids.length);
        assertThat(sender.idsSentTo("ordered"))
                .containsExactly(ids[0], ids[1], ids[1], ids[2], ids[3], ids[4]);
    }

    @Test
    void twoNodesNeverSendTheSameMessageTwice() throws Exception {
        FakeSender otherSender = new FakeSender("");
        // each send takes a little while, as a provider's does, so that both nodes are busy at once
        java.util.function.Function<OutboundMessage, org.tawasul.channels.SendOutcome> slow = m -> {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return FakeSender.sent(m);
        };
        sender.script = slow;
        otherSender.script = slow;
        OutboxDispatcher otherNode = node(otherSender);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            ids.add(queue("member-" + (i % 40), "m" + i));
        }
        otherNode.start();
        try {
            await().atMost(PATIENCE).until(() -> outbox.findByChannelAndStatusOrderByIdAsc(
                    FakeSender.CHANNEL.id(), OutboxStatus.SENT).size() == ids.size());
        } finally {
            otherNode.stop();
        }
        List<Long> sent = new ArrayList<>(sender.calls.stream().map(OutboundMessage::outboxId).toList());
        sent.addAll(otherSender.calls.stream().map(OutboundMessage::outboxId).toList());
        assertThat(sent).hasSize(ids.size()).doesNotHaveDuplicates();
        assertThat(sender.calls).as("this node sent some").isNotEmpty();
        assertThat(otherSender.calls).as("the other node sent some: both competed, or the test proves nothing").isNotEmpty();
        for (int r = 0; r < 40; r++) {
            String recipient = "member-" + r;
            List<Long> both = new ArrayList<>(sender.idsSentTo(recipient));
            both.addAll(otherSender.idsSentTo(recipient));
            assertThat(both).as("each recipient's messages, one node or the other").hasSize(5);
        }
    }

    @Test
    void aMessageWhoseSenderDiedIsSentAgainWhenTheLeaseEnds() throws Exception {
        dispatcher.stop();
        CountDownLatch stuck = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        FakeSender dyingSender = new FakeSender("dying-");
        dyingSender.script = m -> {
            stuck.countDown();
            try {
                release.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return FakeSender.sent(m);
        };
        OutboxDispatcher dyingNode = node(dyingSender);
        long id = queue("patient", "hello");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<Integer> round = pool.submit(dyingNode::dispatchOnce);
        assertThat(stuck.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        OutboxMessage leased = outbox.findById(id).orElseThrow();
        assertThat(leased.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(leased.getNextAttemptAt()).isAfter(clock.instant());

        dispatcher.start();
        await().atMost(PATIENCE).until(() -> status(id) == OutboxStatus.SENT);
        assertThat(outbox.findById(id).orElseThrow().getProviderId()).isEqualTo("p-" + id);

        release.countDown(); // the "dead" node wakes up: its late outcome must not overwrite the record
        assertThat(round.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo(1);
        pool.shutdown();
        assertThat(outbox.findById(id).orElseThrow().getProviderId()).isEqualTo("p-" + id);
    }

    @Test
    void oneNodeSendsAtATimeAndAnotherTakesOverWhenItStops() {
        dispatcher.stop(); // gives the lease up; restarted after the test
        FakeSender firstSender = new FakeSender("first-");
        FakeSender secondSender = new FakeSender("second-");
        OutboxDispatcher first = leasedNode(firstSender);
        OutboxDispatcher second = leasedNode(secondSender);
        try {
            first.start();
            await().atMost(PATIENCE).until(() -> leases.holderOf("outbox-dispatcher") != null);
            second.start();
            long one = queue("alice", "one");
            long two = queue("bob", "two");
            await().atMost(PATIENCE).until(() -> status(one) == OutboxStatus.SENT && status(two) == OutboxStatus.SENT);
            assertThat(firstSender.calls).hasSize(2);
            assertThat(secondSender.calls).as("the node without the lease stands by").isEmpty();

            first.stop();
            long three = queue("carol", "three");
            await().atMost(PATIENCE).until(() -> status(three) == OutboxStatus.SENT);
            assertThat(secondSender.idsSentTo("carol")).containsExactly(three);
            assertThat(firstSender.calls).hasSize(2);
        } finally {
            first.stop();
            second.stop();
        }
    }

    @Test
    void theConsoleChannelsMessagesAreLeftAlone() {
        long console = tx.execute(s -> outbox.save(OutboxMessage.pending("console", "local", "hi", null, "TEXT", null,
                clock.instant())).getId());
        long fake = queue("someone", "hi");

        await().atMost(PATIENCE).until(() -> status(fake) == OutboxStatus.SENT);
        OutboxMessage row = outbox.findById(console).orElseThrow();
        assertThat(row.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(row.getAttempts()).isZero();
        assertThat(sender.calls).extracting(OutboundMessage::channel).containsOnly(FakeSender.CHANNEL);
    }

    /** Another node: its own dispatcher and sender on the same database. */
    private OutboxDispatcher node(FakeSender nodeSender) {
        DispatchCounts counts = new DispatchCounts();
        return new OutboxDispatcher(List.of(nodeSender),
                new OutboxLedger(outbox, addresses, transactions, settings, counts, clock), counts, settings);
    }

    /** Another node that sends only while it holds the dispatch lease (short times, for the test). */
    private OutboxDispatcher leasedNode(FakeSender nodeSender) {
        DispatchCounts counts = new DispatchCounts();
        return new OutboxDispatcher(List.of(nodeSender),
                new OutboxLedger(outbox, addresses, transactions, settings, counts, clock), counts, settings,
                new DatabaseLease(leases, "outbox-dispatcher", "sends the outbox", Duration.ofSeconds(3), Duration.ofSeconds(1),
                        "node-" + java.util.UUID.randomUUID()));
    }

    private long queue(String recipient, String body) {
        return tx.execute(s -> outbox.save(OutboxMessage.pending(FakeSender.CHANNEL.id(), recipient, body, null, "TEXT", null,
                clock.instant())).getId());
    }

    private OutboxStatus status(long id) {
        return outbox.findById(id).orElseThrow().getStatus();
    }

    private boolean inactive(String address) {
        return tx.execute(s -> addresses.isInactive(FakeSender.CHANNEL.id(), address));
    }
}
