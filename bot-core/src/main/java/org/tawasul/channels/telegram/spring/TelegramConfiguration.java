package org.tawasul.channels.telegram.spring;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import org.tawasul.channels.telegram.TelegramSender;
import org.tawasul.channels.telegram.TelegramTranslator;
import org.tawasul.conversations.flow.FlowRegistry;
import org.tawasul.lease.NodeLeases;
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

    /**
     * The files members sent, fetched for the features that pass them on (the officer's mail). A download may take
     * 20 s: with two files and the SMTP exchange a send stays within the outbox lease (60 s).
     */
    @Bean
    org.tawasul.channels.MemberFiles telegramFiles(TelegramClient client, TelegramSettings settings) {
        return new org.tawasul.channels.telegram.TelegramFiles(client, settings.apiBase(), settings.token(),
                java.time.Duration.ofSeconds(20));
    }

    @Bean
    TelegramMonitor telegramMonitor(TelegramSettings settings, java.time.Clock clock) {
        return new TelegramMonitor(settings, clock);
    }

    @Bean
    TelegramInbox telegramInbox(TelegramSettings settings, TurnProcessor turns, FlowRegistry flows,
                                org.tawasul.config.DialogSettings dialogs) {
        return new TelegramInbox(new TelegramTranslator(settings.maxFileBytes().toBytes()), turns, flows,
                dialogs.engine().menuFlow(), settings.maxFileBytes().toMegabytes(), settings.botId());
    }

    @Bean
    @Conditional(TelegramConditions.Receiving.class)
    TelegramCommandMenu telegramCommandMenu(TelegramClient client) {
        return new TelegramCommandMenu(client);
    }

    @Bean
    @Conditional(TelegramConditions.Polling.class)
    TelegramPoller telegramPoller(TelegramSettings settings, TelegramInbox inbox, TelegramClient client, TurnProcessor turns,
                                  NodeLeases leases, TelegramMonitor monitor) {
        return new TelegramPoller(settings, inbox, client, turns, monitor, leases.named("telegram-polling:" + settings.botId(),
                "polls Telegram (one node at a time; for several active nodes use tawasul.telegram.mode=webhook)"));
    }
}
