package org.tawasul.channels.telegram.spring;

import org.tawasul.channels.telegram.FakeBotApi;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code telegram-webhook set|delete} against a fake Bot API. */
class TelegramWebhookCommandIntegrationTests {

    @TempDir Path logs;
    private final FakeBotApi api = new FakeBotApi();

    @AfterEach
    void stop() {
        api.close();
    }

    private int run(String... command) {
        String[] args = new String[command.length + 5];
        System.arraycopy(command, 0, args, 0, command.length);
        args[command.length] = "--spring.datasource.url=jdbc:h2:mem:telegram-webhook-command;MODE=MySQL;DATABASE_TO_LOWER=TRUE";
        args[command.length + 1] = "--logging.file.name=" + logs.resolve("tawasul.log");
        args[command.length + 2] = "--tawasul.telegram.token=" + FakeBotApi.TOKEN;
        args[command.length + 3] = "--tawasul.telegram.api-url=" + api.url();
        args[command.length + 4] = "--tawasul.telegram.webhook-secret=s3cret-0123456789abcdefghijklmnopqrstuv";
        return TelegramWebhookCommand.run(args);
    }

    @Test
    void setSendsTheUrlWithTheSecret() {
        api.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.any(FakeBotApi.path("setwebhook"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson("{\"ok\":true,\"result\":true}")));
        assertThat(run("set", "https://bot.example.org/webhooks/telegram")).isZero();
        assertThat(api.server.getAllServeEvents()).anySatisfy(event -> {
            assertThat(event.getRequest().getUrl()).containsIgnoringCase("setwebhook");
            assertThat(event.getRequest().getBodyAsString()).contains("https://bot.example.org/webhooks/telegram", "s3cret");
        });
    }

    @Test
    void deleteRemovesTheWebhookAndAPlainHttpUrlIsRefused() {
        assertThat(run("delete")).isZero();
        assertThat(api.server.getAllServeEvents()).anySatisfy(event ->
                assertThat(event.getRequest().getUrl()).containsIgnoringCase("deletewebhook"));
        assertThat(run("set", "http://bot.example.org/webhooks/telegram")).isEqualTo(2);
    }
}
