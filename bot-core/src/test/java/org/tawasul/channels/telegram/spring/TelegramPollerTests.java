package org.tawasul.channels.telegram.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.util.unit.DataSize;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.tawasul.channels.telegram.FakeBotApi;
import org.tawasul.channels.telegram.TelegramUpdate;
import org.tawasul.channels.telegram.TelegramTranslator;
import org.tawasul.lease.NodeLease;
import org.tawasul.turns.TurnProcessor;

/**
 * The polling loop on its own, with the store played by mocks and the Bot API by WireMock; the order of a
 * chat's turns is tested with the real turn processor in {@link TelegramPollingIntegrationTests}.
 */
class TelegramPollerTests {

    private final FakeBotApi api = new FakeBotApi();
    private final TelegramSettings settings = new TelegramSettings(FakeBotApi.TOKEN, URI.create(api.url()),
            TelegramSettings.Mode.POLLING, null, DataSize.ofMegabytes(20), Duration.ofSeconds(1), 2,
            Duration.ofMinutes(2));
    private final TelegramInbox inbox = mock(TelegramInbox.class);
    private final TurnProcessor turns = mock(TurnProcessor.class);
    private final List<TelegramPoller> pollers = new ArrayList<>();

    @AfterEach
    void stop() {
        pollers.forEach(TelegramPoller::stop);
        api.close();
    }

    private TelegramPoller start(NodeLease lease) {
        TelegramTranslator translator = new TelegramTranslator(1_000_000);
        when(inbox.translate(any())).thenAnswer(call -> translator.translate(call.getArgument(0)));
        TelegramPoller poller = new TelegramPoller(settings, inbox,
                new OkHttpTelegramClient(FakeBotApi.TOKEN, settings.telegramUrl()), turns,
                new TelegramMonitor(settings, java.time.Clock.systemUTC()), lease);
        pollers.add(poller);
        poller.start();
        return poller;
    }

    private List<String> polls() {
        return api.server.findAll(WireMock.anyRequestedFor(FakeBotApi.path("getupdates"))).stream()
                .map(LoggedRequest::getBodyAsString).toList();
    }

    @Test
    void theOffsetMovesOnlyAfterTheBatchIsStored() {
        api.updates("store", List.of(Updates.text(700, "مرحبا") + "," + Updates.text(701, "1")));
        AtomicInteger attempts = new AtomicInteger();
        List<Integer> pollsWhileStoring = new ArrayList<>();
        when(inbox.receiveAll(anyList())).thenAnswer(call -> {
            pollsWhileStoring.add(polls().size());
            if (attempts.incrementAndGet() < 3) {
                throw new DataAccessResourceFailureException("database away");
            }
            List<TelegramInbox.Polled> batch = call.getArgument(0);
            assertThat(batch).extracting(polled -> polled.update().getUpdateId()).containsExactly(700, 701);
            return List.of(new TurnProcessor.Received(1, "700", "555"), new TurnProcessor.Received(2, "701", "555"));
        });
        when(inbox.process(any())).thenReturn(true);
        start(NodeLease.ALWAYS);

        await().atMost(Duration.ofSeconds(15)).until(() -> polls().stream().anyMatch(body -> body.contains("\"offset\":702")));
        // while the batch could not be stored, no further getUpdates confirmed it
        assertThat(pollsWhileStoring).containsExactly(1, 1, 1);
        assertThat(polls().stream().filter(body -> !body.contains("\"offset\""))).hasSize(1);
    }

    @Test
    void withoutTheLeaseTheNodeDoesNotPoll() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        start(new NodeLease() {
            @Override
            public boolean hold() {
                asked.incrementAndGet();
                return false;
            }

            @Override
            public long retryMillis() {
                return 50;
            }

            @Override
            public void release() {
            }
        });
        await().atMost(Duration.ofSeconds(5)).until(() -> asked.get() >= 3);
        assertThat(polls()).isEmpty();
    }

    @Test
    void anUnreadableUpdateIsIgnoredAndPollingGoesOn() {
        api.updates("odd", List.of(Updates.text(900, "x"), Updates.text(901, "y")));
        List<Integer> stored = new ArrayList<>();
        when(inbox.receiveAll(anyList())).thenAnswer(call -> {
            List<TelegramInbox.Polled> batch = call.getArgument(0);
            batch.forEach(polled -> stored.add(polled.update().getUpdateId()));
            return List.of();
        });
        TelegramPoller poller = new TelegramPoller(settings, inbox,
                new OkHttpTelegramClient(FakeBotApi.TOKEN, settings.telegramUrl()), turns,
                new TelegramMonitor(settings, java.time.Clock.systemUTC()), NodeLease.ALWAYS);
        when(inbox.translate(any())).thenThrow(new IllegalStateException("odd update"))
                .thenReturn(new TelegramUpdate.Ignored("555", "test"));
        pollers.add(poller);
        poller.start();

        await().atMost(Duration.ofSeconds(10)).until(() -> polls().stream().anyMatch(body -> body.contains("\"offset\":902")));
        assertThat(stored).containsExactly(900, 901);
    }

    @Test
    void stoppingWakesALoopThatWaitsForTheLease() {
        AtomicInteger asked = new AtomicInteger();
        TelegramPoller poller = start(new NodeLease() {
            @Override
            public boolean hold() {
                asked.incrementAndGet();
                return false;
            }

            @Override
            public long retryMillis() {
                return 600_000; // far longer than the bound below
            }

            @Override
            public void release() {
            }
        });
        await().atMost(Duration.ofSeconds(5)).until(() -> asked.get() == 1);
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () -> poller.stop());
        pollers.remove(poller);
        assertThat(poller.isRunning()).isFalse();
    }
}
