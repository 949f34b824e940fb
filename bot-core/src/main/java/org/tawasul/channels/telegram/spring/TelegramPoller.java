package org.tawasul.channels.telegram.spring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import org.tawasul.channels.telegram.TelegramUpdate;
import org.tawasul.lease.NodeLease;
import org.tawasul.turns.TurnProcessor;
import org.tawasul.turns.TurnQueues;

/**
 * Receives updates by long polling, on one thread of its own, with the TelegramBots client.
 * <p>A round: {@code getUpdates} from the next offset; the whole batch stored in one commit
 * (retrying while the database is away); only then the offset moves past it, which confirms the
 * batch to Telegram on the next call. Then the batch's turns are queued per chat ({@link TurnQueues}):
 * different chats in parallel on {@code tawasul.telegram.turn-threads} threads, one chat's updates in
 * order, and the next round starts at once, without waiting for them (one chat's burst does not hold
 * up the other chats' updates); it waits only while more than {@value #MAX_QUEUED} turns are queued. Duplicates are told apart by the inbox's unique key on
 * {@code update_id}, never by "greater than the last one seen", so no update is dropped for its
 * number. Updates left unprocessed (by a crash, or a failed turn) are processed before the first
 * round and again after a round that left some.
 */
class TelegramPoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TelegramPoller.class);
    private static final int BATCH_LIMIT = 100;
    /** Turns queued in memory at most before the next getUpdates waits (they are stored already: this bounds memory). */
    static final int MAX_QUEUED = 10 * BATCH_LIMIT;
    private static final long MAX_PAUSE_MILLIS = 60_000;
    /** Update kinds asked for; the others (channel posts, chat member changes, ...) stay at Telegram. */
    private static final List<String> ALLOWED_UPDATES = List.of("message", "edited_message", "callback_query");

    private final TelegramSettings settings;
    private final TelegramInbox inbox;
    private final TelegramClient client;
    private final TurnProcessor turns;
    private final NodeLease lease;
    private final TelegramMonitor monitor;
    private final OkHttpClient http;
    private final TelegramClient pollingClient;
    private final Object wakeUp = new Object();
    private volatile boolean running;
    private volatile Thread thread;
    private TurnQueues queues;
    private Integer offset;
    private volatile boolean pendingLeft = true;

    TelegramPoller(TelegramSettings settings, TelegramInbox inbox, TelegramClient client, TurnProcessor turns,
                   TelegramMonitor monitor, NodeLease lease) {
        this.settings = settings;
        this.inbox = inbox;
        this.client = client;
        this.turns = turns;
        this.lease = lease;
        this.monitor = monitor;
        monitor.polling(lease, false);
        // a getUpdates call holds the connection for up to poll-timeout: the read timeout must be longer
        this.http = new OkHttpClient.Builder()
                .readTimeout(settings.pollTimeout().plusSeconds(15))
                .callTimeout(settings.pollTimeout().plusSeconds(30))
                .build();
        this.pollingClient = new OkHttpTelegramClient(http, settings.token(), settings.telegramUrl());
    }

    @Override
    public void start() {
        running = true;
        AtomicInteger number = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(settings.turnThreads(), task -> {
            Thread worker = new Thread(task, "telegram-turns-" + number.incrementAndGet());
            worker.setDaemon(true);
            return worker;
        });
        queues = new TurnQueues("Telegram", workers, inbox::process, () -> pendingLeft = true);
        thread = new Thread(this::loop, "telegram-poller");
        thread.start();
        log.info("Telegram long polling started against {} ({} turn threads)", settings.apiUrl(), settings.turnThreads());
    }

    @Override
    public void stop() {
        synchronized (wakeUp) {
            running = false;
            wakeUp.notifyAll();
        }
        http.dispatcher().cancelAll(); // ends a waiting getUpdates at once
        Thread current = thread;
        if (current != null) {
            try {
                current.join(TimeUnit.SECONDS.toMillis(30)); // lets the batch in hand finish its turns
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (current.isAlive()) {
                log.warn("Telegram poller did not stop in 30 s; the turns of its batch run again at the next start");
                current.interrupt();
            }
        }
        queues.stop(TimeUnit.SECONDS.toMillis(30)); // lets the queued turns finish
        lease.release();
        monitor.polling(lease, false);
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * Starts just before the web servers (the webhook's and the management port's), so that its first
     * {@code getUpdates} goes out while they start instead of after (about a quarter of a second of start-up), and
     * stops just after them: polling does not use them.
     */
    @Override
    public int getPhase() {
        return org.springframework.boot.web.server.context.WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1;
    }

    private void loop() {
        long pause = 0;
        while (running) {
            try {
                if (pause > 0) {
                    pause(pause);
                    pause = 0;
                    continue; // stopping may have come meanwhile
                }
                if (!lease.hold()) {
                    monitor.polling(lease, false);
                    pause = lease.retryMillis();
                    continue;
                }
                monitor.polling(lease, true);
                sweepPending();
                round();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (TelegramApiRequestException e) {
                pause = pauseAfter(e);
            } catch (TelegramApiException e) {
                if (running) {
                    log.warn("Telegram getUpdates failed: {}; trying again", e.getMessage());
                    pause = 1_000;
                }
            } catch (RuntimeException e) {
                log.error("Telegram polling round failed; trying again in 5 s", e);
                pause = 5_000;
            }
        }
    }

    /** One getUpdates call and what it brought. */
    private void round() throws TelegramApiException, InterruptedException {
        queues.awaitAtMost(MAX_QUEUED);
        List<Update> updates = pollingClient.execute(GetUpdates.builder()
                .offset(offset)
                .limit(BATCH_LIMIT)
                .timeout((int) settings.pollTimeout().toSeconds())
                .allowedUpdates(ALLOWED_UPDATES)
                .build());
        monitor.received();
        if (updates == null || updates.isEmpty()) {
            return;
        }
        List<TelegramInbox.Polled> batch = new ArrayList<>(updates.size());
        Set<String> callbacks = new LinkedHashSet<>();
        int last = offset == null ? Integer.MIN_VALUE : offset - 1;
        for (Update update : updates) {
            TelegramUpdate meaning = translate(update);
            batch.add(new TelegramInbox.Polled(update, meaning));
            if (meaning instanceof TelegramUpdate.Turn turn && turn.callbackQueryId() != null) {
                callbacks.add(turn.callbackQueryId()); // a redelivered press is answered too: the spinner must stop
            }
            last = Math.max(last, update.getUpdateId());
        }
        List<TurnProcessor.Received> stored = store(batch);
        offset = last + 1; // only now: the next getUpdates confirms this batch to Telegram
        callbacks.forEach(this::answerCallback);
        queues.submit(stored);
    }

    /**
     * The update's meaning; an update the translator cannot read is stored nowhere and logged, so
     * one odd update does not stop the channel.
     */
    private TelegramUpdate translate(Update update) {
        try {
            return inbox.translate(update);
        } catch (RuntimeException e) {
            log.error("Telegram update {} could not be read; ignored", update.getUpdateId(), e);
            return new TelegramUpdate.Ignored(null, "unreadable: " + e.getMessage());
        }
    }

    /** Stores the batch, retrying with growing pauses; the offset does not move until it is stored. */
    private List<TurnProcessor.Received> store(List<TelegramInbox.Polled> batch) throws InterruptedException {
        long pause = 500;
        while (true) {
            try {
                return inbox.receiveAll(batch);
            } catch (RuntimeException e) {
                if (!running) {
                    throw new InterruptedException("stopping with a batch not stored; Telegram sends it again");
                }
                log.error("Could not store {} Telegram updates; retrying in {} ms", batch.size(), pause, e);
                pause(pause);
                pause = Math.min(pause * 2, MAX_PAUSE_MILLIS);
            }
        }
    }

    /**
     * Processes updates left unprocessed by a crash, oldest first, at start and before each round after one
     * left some; the turn processor keeps each chat's later updates behind them, and behind a failed turn
     * until the background retry runs it or gives it up.
     */
    private void sweepPending() {
        if (!pendingLeft) {
            return;
        }
        int done = turns.processPending(1000, false); // failed turns are retried by PendingTurns, at its pace
        pendingLeft = turns.hasPending();
        if (done > 0) {
            log.info("Processed {} stored updates left unprocessed earlier", done);
        }
    }

    /** Waits, or less when stopping: {@link #stop} wakes the loop rather than interrupt it (a turn may be running). */
    private void pause(long millis) throws InterruptedException {
        synchronized (wakeUp) {
            if (running) {
                wakeUp.wait(millis);
            }
        }
    }

    /** How long to wait after the Bot API refused getUpdates, saying why in the log. */
    private long pauseAfter(TelegramApiRequestException e) {
        int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
        if (code == 409) {
            log.warn("Telegram refused getUpdates (409 {}): a webhook is set for this bot, or another node polls it. "
                    + "Fix: run `tawasul.jar telegram-webhook delete`, or use tawasul.telegram.mode=webhook on "
                    + "every node, or stop the other poller", e.getApiResponse());
            return 30_000;
        }
        if (code == 401 || code == 404) {
            log.error("Telegram refused the bot token ({} {}). Fix: set tawasul.telegram.token to the token "
                    + "BotFather gave for this bot", code, e.getApiResponse());
            return MAX_PAUSE_MILLIS;
        }
        if (code == 429 && e.getParameters() != null && e.getParameters().getRetryAfter() != null) {
            return TimeUnit.SECONDS.toMillis(e.getParameters().getRetryAfter());
        }
        log.warn("Telegram getUpdates failed ({} {}); trying again in 5 s", code, e.getApiResponse());
        return 5_000;
    }

    /** Stops the button's spinner; a failure only leaves the spinner turning a little longer. */
    private void answerCallback(String callbackQueryId) {
        // asynchronously: the poller must not wait a round trip per button press before the turns run
        try {
            client.executeAsync(AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId).build())
                    .whenComplete((answered, e) -> {
                        if (e != null) {
                            log.debug("Could not answer Telegram callback query: {}", e.getMessage());
                        }
                    });
        } catch (TelegramApiException | RuntimeException e) {
            log.debug("Could not answer Telegram callback query: {}", e.getMessage());
        }
    }
}
