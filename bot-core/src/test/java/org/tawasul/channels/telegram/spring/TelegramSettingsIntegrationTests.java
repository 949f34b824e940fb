package org.tawasul.channels.telegram.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.tawasul.TawasulApplication;
import org.tawasul.channels.ChannelSender;

/** Start-up with and without Telegram settings. */
class TelegramSettingsIntegrationTests {

    private static ConfigurableApplicationContext start(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--spring.main.web-application-type=none";
        all[1] = "--spring.datasource.url=jdbc:h2:mem:telegram-settings;MODE=MySQL;DATABASE_TO_LOWER=TRUE";
        all[2] = "--logging.level.root=OFF";
        System.arraycopy(args, 0, all, 3, args.length);
        return new SpringApplication(TawasulApplication.class).run(all);
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    @Test
    void withoutATokenThereAreNoTelegramBeans() {
        try (ConfigurableApplicationContext context = start()) {
            assertThat(context.getBeansOfType(ChannelSender.class)).isEmpty();
            assertThat(context.getBeanNamesForType(TelegramPoller.class)).isEmpty();
        }
    }

    @Test
    void sendOnlyHasASenderButNoReceiver() {
        try (ConfigurableApplicationContext context = start("--tawasul.telegram.token=1:x", "--tawasul.telegram.mode=send-only")) {
            assertThat(context.getBean(ChannelSender.class).channel()).isEqualTo(org.tawasul.channels.ChannelId.TELEGRAM);
            assertThat(context.getBeanNamesForType(TelegramPoller.class)).isEmpty();
            assertThat(context.getBeanNamesForType(TelegramWebhookController.class)).isEmpty();
            TelegramSettings settings = context.getBean(TelegramSettings.class);
            assertThat(settings.apiUrl()).hasToString("https://api.telegram.org");
            assertThat(settings.maxFileBytes().toMegabytes()).isEqualTo(20);
            assertThat(settings.telegramUrl().getPort()).isEqualTo(443);
            assertThat(settings.toString()).doesNotContain("1:x");
        }
    }

    @Test
    void webhookModeWithoutASecretNamesTheKeyAndTheFix() {
        assertThatThrownBy(() -> start("--tawasul.telegram.token=1:x", "--tawasul.telegram.mode=webhook"))
                .satisfies(e -> assertThat(rootMessage(e)).contains("tawasul.telegram.webhook-secret is missing",
                        "Fix: set it to 32-256 characters"));
    }

    @Test
    void aWebhookSecretShorterThan32CharactersIsRefusedAtStartUp() {
        assertThatThrownBy(() -> start("--tawasul.telegram.token=1:x", "--tawasul.telegram.mode=webhook",
                "--tawasul.telegram.webhook-secret=" + "a".repeat(31)))
                .satisfies(e -> assertThat(rootMessage(e)).contains("tawasul.telegram.webhook-secret is too short (31 characters)",
                        "Fix: set it to 32-256 characters"));
    }

    @Test
    void aBadApiUrlNamesTheKey() {
        assertThatThrownBy(() -> start("--tawasul.telegram.token=1:x", "--tawasul.telegram.mode=send-only",
                "--tawasul.telegram.api-url=ftp://example.org"))
                .satisfies(e -> assertThat(rootMessage(e)).contains("tawasul.telegram.api-url must be an http or https URL"));
    }

    @Test
    void badPollingSettingsNameTheKeyAndTheFix() {
        assertThatThrownBy(() -> start("--tawasul.telegram.token=1:x", "--tawasul.telegram.mode=send-only",
                "--tawasul.telegram.poll-timeout=5m"))
                .satisfies(e -> assertThat(rootMessage(e)).contains("tawasul.telegram.poll-timeout must be between 0s and 100s",
                        "Fix: use e.g. 50s"));
        assertThatThrownBy(() -> start("--tawasul.telegram.token=1:x", "--tawasul.telegram.mode=send-only",
                "--tawasul.telegram.turn-threads=0"))
                .satisfies(e -> assertThat(rootMessage(e)).contains("tawasul.telegram.turn-threads must be between 1 and 64"));
    }
}
