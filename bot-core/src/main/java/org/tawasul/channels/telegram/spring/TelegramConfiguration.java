package org.tawasul.channels.telegram.spring;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.BeanRegistrar;
import org.springframework.beans.factory.BeanRegistry;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import org.tawasul.channels.MemberFiles;
import org.tawasul.channels.telegram.TelegramFiles;
import org.tawasul.channels.telegram.TelegramSender;
import org.tawasul.channels.telegram.TelegramTranslator;
import org.tawasul.config.DialogSettings;
import org.tawasul.config.StartupChoice;
import org.tawasul.conversations.flow.FlowRegistry;
import org.tawasul.lease.NodeLeases;
import org.tawasul.turns.TurnProcessor;

/**
 * The Telegram channel's beans; none exist unless {@code tawasul.telegram.token} is set. Made by a registrar that
 * reads the settings when the application starts ({@link StartupChoice}).
 */
@Configuration(proxyBeanMethods = false)
@Import(TelegramConfiguration.Beans.class)
class TelegramConfiguration {

    static final class Beans implements BeanRegistrar {

        @Override
        public void register(BeanRegistry registry, Environment environment) {
            if (!TelegramConditions.enabled(environment)) {
                return;
            }
            registry.registerBean("telegramSettings", TelegramSettings.class, bean -> bean.supplier(
                    context -> StartupChoice.bind(environment, "tawasul.telegram", TelegramSettings.class)));
            registry.registerBean("telegramClient", TelegramClient.class, bean -> bean.supplier(context -> {
                TelegramSettings settings = context.bean(TelegramSettings.class);
                return new OkHttpTelegramClient(settings.token(), settings.telegramUrl());
            }));
            registry.registerBean("telegramSender", TelegramSender.class, bean -> bean.supplier(
                    context -> new TelegramSender(context.bean(TelegramClient.class))));
            // The files members sent, fetched for the features that pass them on (the officer's mail). A download may
            // take 20 s: with two files and the SMTP exchange a send stays within the outbox lease (60 s).
            registry.registerBean("telegramFiles", MemberFiles.class, bean -> bean.supplier(context -> {
                TelegramSettings settings = context.bean(TelegramSettings.class);
                return new TelegramFiles(context.bean(TelegramClient.class), settings.apiBase(), settings.token(),
                        Duration.ofSeconds(20));
            }));
            registry.registerBean("telegramMonitor", TelegramMonitor.class, bean -> bean.supplier(
                    context -> new TelegramMonitor(context.bean(TelegramSettings.class), context.bean(Clock.class))));
            registry.registerBean("telegramInbox", TelegramInbox.class, bean -> bean.supplier(context -> {
                TelegramSettings settings = context.bean(TelegramSettings.class);
                return new TelegramInbox(new TelegramTranslator(settings.maxFileBytes().toBytes()),
                        context.bean(TurnProcessor.class), context.bean(FlowRegistry.class),
                        context.bean(DialogSettings.class).engine().menuFlow(), settings.maxFileBytes().toMegabytes(),
                        settings.botId());
            }));
            if (TelegramConditions.receiving(environment)) {
                registry.registerBean("telegramCommandMenu", TelegramCommandMenu.class, bean -> bean.supplier(
                        context -> new TelegramCommandMenu(context.bean(TelegramClient.class))));
            }
            if (TelegramConditions.polling(environment)) {
                registry.registerBean("telegramPoller", TelegramPoller.class, bean -> bean.supplier(context -> {
                    TelegramSettings settings = context.bean(TelegramSettings.class);
                    return new TelegramPoller(settings, context.bean(TelegramInbox.class),
                            context.bean(TelegramClient.class), context.bean(TurnProcessor.class),
                            context.bean(TelegramMonitor.class), context.bean(NodeLeases.class).named(
                                    "telegram-polling:" + settings.botId(), "polls Telegram (one node at a time; for "
                                            + "several active nodes use tawasul.telegram.mode=webhook)"));
                }));
            }
            if (TelegramConditions.webhook(environment)) {
                registry.registerBean("telegramWebhookController", TelegramWebhookController.class, bean -> bean.supplier(
                        context -> new TelegramWebhookController(context.bean(TelegramInbox.class),
                                context.bean(TelegramMonitor.class), context.bean(TelegramSettings.class))));
            }
        }
    }
}
