package org.tawasul.telegram;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import org.tawasul.channels.telegram.UpdateTranslator;
import org.tawasul.config.TawasulProperties;
import org.tawasul.conversations.flow.FlowRegistry;
import org.tawasul.db.conversation.ConversationRepository;
import org.tawasul.db.inbox.InboxRepository;
import org.tawasul.db.lease.Leases;
import org.tawasul.lease.DatabaseLease;
import org.tawasul.db.outbox.OutboxRepository;
import org.tawasul.turns.TurnProcessor;

/** The Telegram channel's beans; none exist unless {@code tawasul.telegram.token} is set. */
@Configuration(proxyBeanMethods = false)
@Conditional(TelegramConditions.Enabled.class)
@EnableConfigurationProperties(TelegramSettings.class)
class TelegramConfiguration {

    @Bean
    TelegramClient telegramClient(TelegramSettings settings) {
        return new OkHttpTelegramClient(settings.token(), settings.telegramUrl());
    }

    @Bean
    TelegramSender telegramSender(TelegramClient client) {
        return new TelegramSender(client);
    }

    @Bean
    TelegramInbox telegramInbox(TelegramSettings settings, TurnProcessor turns, FlowRegistry flows,
                                ConversationRepository conversations, InboxRepository inbox, OutboxRepository outbox,
                                PlatformTransactionManager transactions, TawasulProperties properties,
                                java.time.Clock clock) {
        var notices = new TelegramNotices(conversations, inbox, outbox, transactions, properties.defaultLanguage(),
                settings.maxFileBytes().toMegabytes(), clock);
        return new TelegramInbox(new UpdateTranslator(settings.maxFileBytes().toBytes()), turns, flows, notices);
    }

    @Bean
    @Conditional(TelegramConditions.Receiving.class)
    TelegramCommandMenu telegramCommandMenu(TelegramClient client) {
        return new TelegramCommandMenu(client);
    }

    @Bean
    @Conditional(TelegramConditions.Polling.class)
    TelegramPoller telegramPoller(TelegramSettings settings, TelegramInbox inbox, TelegramClient client, TurnProcessor turns,
                                  Leases leases) {
        return new TelegramPoller(settings, inbox, client, turns, new DatabaseLease(leases, "telegram-polling:" + settings.botId(),
                "polls Telegram (one node at a time; for several active nodes use tawasul.telegram.mode=webhook)",
                java.time.Duration.ofSeconds(30), java.time.Duration.ofSeconds(10)));
    }
}
