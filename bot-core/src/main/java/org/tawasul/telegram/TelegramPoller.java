package org.tawasul.telegram;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import org.tawasul.channels.telegram.TelegramUpdate;
import org.tawasul.turns.TurnProcessor;

/**
 * Receives updates by long polling. TelegramBots asks for the next offset only after the consumer
 * returns, and that request confirms the batch to Telegram; so every update of a batch is stored
 * before the consumer returns (retrying while the database is away), then the turns run. Updates
 * left unprocessed by an earlier run are processed at start.
 */
class TelegramPoller implements SmartLifecycle, LongPollingUpdateConsumer {

    private static final Logger log = LoggerFactory.getLogger(TelegramPoller.class);
    private static final long MAX_STORE_PAUSE_MILLIS = 30_000;

    private final TelegramSettings settings;
    private final TelegramInbox inbox;
    private final TelegramClient client;
    private final TurnProcessor turns;
    private volatile TelegramBotsLongPollingApplication application;
    private volatile boolean running;

    TelegramPoller(TelegramSettings settings, TelegramInbox inbox, TelegramClient client, TurnProcessor turns) {
        this.settings = settings;
        this.inbox = inbox;
        this.client = client;
        this.turns = turns;
    }

    @Override
    public void consume(List<Update> updates) {
        List<TelegramInbox.Stored> stored = new ArrayList<>(updates.size());
        Set<String> callbacks = new LinkedHashSet<>();
        for (Update update : updates) {
            TelegramUpdate meaning = translate(update);
            store(update, meaning).ifPresent(stored::add);
            if (meaning instanceof TelegramUpdate.Turn turn && turn.callbackQueryId() != null) {
                callbacks.add(turn.callbackQueryId()); // a redelivered press is answered too: the spinner must stop
            }
        }
        callbacks.forEach(this::answerCallback);
        stored.forEach(inbox::process);
    }

    /**
     * The update's meaning; an update the translator cannot read is ignored, because an exception
     * escaping {@link #consume} would end TelegramBots' polling task for good.
     */
    private TelegramUpdate translate(Update update) {
        try {
            return inbox.translate(update);
        } catch (RuntimeException e) {
            log.error("Telegram update {} could not be read; ignored", update.getUpdateId(), e);
            return new TelegramUpdate.Ignored(null, "unreadable: " + e.getMessage());
        }
    }

    /** Stores one update, retrying with growing pauses until it is stored or polling stops. */
    private Optional<TelegramInbox.Stored> store(Update update, TelegramUpdate meaning) {
        long pause = 500;
        while (true) {
            try {
                return inbox.receive(update, meaning);
            } catch (RuntimeException e) {
                if (!running) {
                    log.error("Telegram update {} not stored before stopping; Telegram sends it again", update.getUpdateId(), e);
                    return Optional.empty();
                }
                log.error("Could not store Telegram update {}; retrying in {} ms", update.getUpdateId(), pause, e);
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return Optional.empty();
                }
                pause = Math.min(pause * 2, MAX_STORE_PAUSE_MILLIS);
            }
        }
    }

    /** Stops the button's spinner; a failure only leaves the spinner turning a little longer. */
    private void answerCallback(String callbackQueryId) {
        if (callbackQueryId == null) {
            return;
        }
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

    @Override
    public void start() {
        running = true;
        turns.processPending(1000);
        try {
            application = new TelegramBotsLongPollingApplication();
            application.registerBot(settings.token(), settings::telegramUrl, new DefaultGetUpdatesGenerator(), this);
            log.info("Telegram long polling started against {}", settings.apiUrl());
        } catch (TelegramApiException e) {
            running = false;
            throw new IllegalStateException("Telegram long polling could not start: " + e.getMessage(), e);
        }
    }

    @Override
    public void stop() {
        running = false;
        TelegramBotsLongPollingApplication current = application;
        application = null;
        if (current != null) {
            try {
                current.close();
            } catch (Exception e) {
                log.warn("Telegram long polling did not stop cleanly", e);
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
