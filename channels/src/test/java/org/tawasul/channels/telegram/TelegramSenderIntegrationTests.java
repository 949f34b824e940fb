package org.tawasul.channels.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.tawasul.conversations.message.Choice;
import org.tawasul.conversations.message.InputHint;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.tawasul.channels.ChannelId;
import org.tawasul.channels.OutboundMessage;
import org.tawasul.channels.SendOutcome;

/** The real TelegramBots client against a fake Bot API: what each answer becomes. */
class TelegramSenderIntegrationTests {

    private final FakeBotApi api = new FakeBotApi();
    private final TelegramSender sender = new TelegramSender(new OkHttpTelegramClient(FakeBotApi.TOKEN,
            new TelegramUrl("http", "127.0.0.1", api.port(), false)));

    @AfterEach
    void stop() {
        api.close();
    }

    private static OutboundMessage message(String body, List<Choice> choices) {
        return new OutboundMessage(1, ChannelId.TELEGRAM, "555", body, choices, InputHint.TEXT, 1);
    }

    @Test
    void aTakenMessageReportsItsMessageIdAndCarriesTheInlineKeyboard() {
        SendOutcome outcome = sender.send(message("عمَّ الشكوى؟", List.of(new Choice("finance", "مستحقات مالية"))));
        assertThat(outcome).isEqualTo(new SendOutcome.Sent("42"));
        assertThat(api.sent("sendmessage")).singleElement().asString()
                .contains("\"chat_id\":\"555\"", "عمَّ الشكوى؟", "\"callback_data\":\"finance\"", "مستحقات مالية");
    }

    @Test
    void tooManyRequestsIsRetryAfter() {
        api.fail("sendmessage", 429, """
                {"ok":false,"error_code":429,"description":"Too Many Requests: retry after 7","parameters":{"retry_after":7}}""");
        assertThat(sender.send(message("مرحبا", List.of()))).isInstanceOfSatisfying(SendOutcome.RetryAfter.class,
                retry -> assertThat(retry.delay()).isEqualTo(Duration.ofSeconds(7)));
    }

    @Test
    void aBlockedBotIsRefusedWithTheRecipientGone() {
        api.fail("sendmessage", 403, "{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was blocked by the user\"}");
        assertThat(sender.send(message("مرحبا", List.of()))).isInstanceOfSatisfying(SendOutcome.Refused.class,
                refused -> assertThat(refused.recipientGone()).isTrue());
    }

    @Test
    void otherBadRequestsAreRefusedAndServerErrorsFail() {
        api.fail("sendmessage", 400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: can't parse entities\"}");
        assertThat(sender.send(message("مرحبا", List.of()))).isInstanceOfSatisfying(SendOutcome.Refused.class,
                refused -> assertThat(refused.recipientGone()).isFalse());
        api.fail("sendmessage", 502, "{\"ok\":false,\"error_code\":502,\"description\":\"Bad Gateway\"}");
        assertThat(sender.send(message("مرحبا", List.of()))).isInstanceOf(SendOutcome.Failed.class);
    }

    @Test
    void anUnreachableServerFails() {
        api.close();
        assertThat(sender.send(message("مرحبا", List.of()))).isInstanceOf(SendOutcome.Failed.class);
    }

    @Test
    void aLongTextGoesInPartsWithTheKeyboardOnTheLast() {
        String body = "هذا سطر طويل من رسالة تشرح للعضو حالة طلبه بالتفصيل.\n".repeat(150);
        SendOutcome outcome = sender.send(message(body, List.of(new Choice("confirm", "تأكيد"))));
        List<String> calls = api.sent("sendmessage");
        assertThat(calls).hasSize(2);
        assertThat(outcome).isEqualTo(new SendOutcome.Sent("42,42"));
        assertThat(calls.get(0)).doesNotContain("reply_markup");
        assertThat(calls.get(1)).contains("\"callback_data\":\"confirm\"");
    }

    @Test
    void aLongTextFailingPartWayReportsThePartsSentAndARetryStartsAfterThem() {
        String body = "هذا سطر طويل من رسالة تشرح للعضو حالة طلبه بالتفصيل.\n".repeat(150);
        api.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(FakeBotApi.path("sendmessage")).atPriority(1)
                .inScenario("parts").whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson("""
                        {"ok":true,"result":{"message_id":71,"date":1767225600,"chat":{"id":555,"type":"private"},"text":"x"}}"""))
                .willSetStateTo("second part fails"));
        api.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(FakeBotApi.path("sendmessage")).atPriority(1)
                .inScenario("parts").whenScenarioStateIs("second part fails")
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(502)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\":false,\"error_code\":502,\"description\":\"Bad Gateway\"}"))
                .willSetStateTo("recovered"));

        SendOutcome first = sender.send(message(body, List.of(new Choice("confirm", "تأكيد"))));
        assertThat(first).isInstanceOfSatisfying(SendOutcome.PartlySent.class, partly -> {
            assertThat(partly.partsSent()).isEqualTo(1);
            assertThat(partly.providerIds()).isEqualTo("71");
            assertThat(partly.rest()).isInstanceOfSatisfying(SendOutcome.Failed.class,
                    failed -> assertThat(failed.error()).startsWith("part 2/2: "));
        });
        List<String> firstCalls = api.sent("sendmessage");
        assertThat(firstCalls).hasSize(2);

        SendOutcome retry = sender.send(new OutboundMessage(1, ChannelId.TELEGRAM, "555", body,
                List.of(new Choice("confirm", "تأكيد")), InputHint.TEXT, null, 2, 1));
        assertThat(retry).isEqualTo(new SendOutcome.Sent("42"));
        List<String> calls = api.sent("sendmessage");
        assertThat(calls).hasSize(3);
        assertThat(calls.get(2)).as("only the second part, with the keyboard").isEqualTo(firstCalls.get(1))
                .contains("\"callback_data\":\"confirm\"");
    }
}
