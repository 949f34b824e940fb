package org.tawasul.channels.telegram.spring;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Tells Telegram the bot's commands at start, so the client's menu button lists them: in Arabic
 * for everyone, in English for members whose Telegram is in English. Best effort, in the
 * background: a failure is logged and changes nothing else.
 */
class TelegramCommandMenu implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TelegramCommandMenu.class);

    static final List<BotCommand> ARABIC = List.of(
            new BotCommand("start", "القائمة الرئيسية"),
            new BotCommand("help", "المساعدة"),
            new BotCommand("cancel", "إلغاء الطلب الجاري"),
            new BotCommand("lang", "تغيير اللغة (English)"));
    static final List<BotCommand> ENGLISH = List.of(
            new BotCommand("start", "Main menu"),
            new BotCommand("help", "Help"),
            new BotCommand("cancel", "Cancel what is under way"),
            new BotCommand("lang", "Change language (العربية)"));

    private final TelegramClient client;
    private volatile boolean running;

    TelegramCommandMenu(TelegramClient client) {
        this.client = client;
    }

    @Override
    public void start() {
        running = true;
        set(SetMyCommands.builder().commands(ARABIC).build(), "Arabic (default)");
        set(SetMyCommands.builder().commands(ENGLISH).languageCode("en").build(), "English");
    }

    private void set(SetMyCommands commands, String which) {
        try {
            client.executeAsync(commands).whenComplete((done, e) -> {
                if (e != null) {
                    log.warn("Could not set the Telegram command menu ({}): {}", which, e.getMessage());
                } else {
                    log.debug("Telegram command menu set ({})", which);
                }
            });
        } catch (TelegramApiException | RuntimeException e) {
            log.warn("Could not set the Telegram command menu ({}): {}", which, e.getMessage());
        }
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
