package org.tawasul.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tawasul.TawasulApplication;
import org.tawasul.conversations.message.InputHint;
import org.tawasul.db.inbox.InboxRepository;
import org.tawasul.db.outbox.OutboxMessage;
import org.tawasul.db.outbox.OutboxRepository;
import org.tawasul.db.outbox.OutboxStatus;
import org.tawasul.outbound.OutboundMessage;
import org.tawasul.outbound.SendOutcome;
import org.tawasul.turns.Json;

/**
 * A complaint dialog in Arabic through long polling, with the real TelegramBots poller and client
 * against a fake Bot API; outbox rows are sent with {@link TelegramSender} directly (the dispatcher
 * lives elsewhere).
 */
class TelegramPollingIntegrationTests {

    @TempDir Path data;
    private final FakeBotApi api = new FakeBotApi();
    private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

    @AfterEach
    void stop() {
        contexts.forEach(ConfigurableApplicationContext::close);
        api.close();
    }

    private ConfigurableApplicationContext start() {
        ConfigurableApplicationContext context = new SpringApplication(TawasulApplication.class).run(
                "--spring.main.web-application-type=none",
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("tawasul") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE",
                "--tawasul.telegram.token=" + FakeBotApi.TOKEN,
                "--tawasul.telegram.api-url=" + api.url(),
                "--tawasul.outbound.channels.telegram.per-recipient-interval=0s");
        contexts.add(context);
        return context;
    }

    private static void awaitProcessed(ConfigurableApplicationContext context, int updates) {
        InboxRepository inbox = context.getBean(InboxRepository.class);
        await().atMost(Duration.ofSeconds(20)).until(() -> inbox.findAll().stream()
                .filter(e -> e.getProcessedAt() != null).count() == updates);
    }

    /** Waits until the outbox dispatcher has sent every pending row; returns how many rows are sent in all. */
    private static int dispatch(ConfigurableApplicationContext context) {
        OutboxRepository outbox = context.getBean(OutboxRepository.class);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                outbox.findByChannelAndStatusOrderByIdAsc("telegram", OutboxStatus.PENDING).isEmpty());
        return outbox.findByChannelAndStatusOrderByIdAsc("telegram", OutboxStatus.SENT).size();
    }

    @Test
    void aComplaintInArabicThroughButtonsWithADuplicatedUpdateRunOnce() {
        api.updates("complaint", List.of(
                Updates.text(101, "مرحبا"),
                Updates.button(102, "complaint"),
                Updates.ownContact(103, "966590000000"),
                Updates.button(104, "finance") + "," + Updates.button(104, "finance"),
                Updates.text(105, "لم تُصرف مستحقاتي عن توريد التمور منذ ثلاثة أشهر"),
                Updates.sticker(106),
                Updates.button(107, "skip"),
                Updates.button(108, "no"),
                Updates.button(109, "confirm")));
        ConfigurableApplicationContext context = start();
        awaitProcessed(context, 9);
        dispatch(context);

        List<String> sent = api.sent("sendmessage");
        assertThat(String.join("\n", sent)).contains(
                "أهلًا بك في خدمة التواصل مع الجمعية. كيف نخدمك؟", "\"callback_data\":\"complaint\"",
                "\"request_contact\":true", "\"one_time_keyboard\":true",
                "عمَّ الشكوى؟", "\"callback_data\":\"finance\"",
                "عذرًا، لا نستطيع قراءة هذا النوع من الرسائل",
                "هل تطلب تعويضًا عن ضرر لحق بك بسبب الجمعية؟", "\"callback_data\":\"yes\"",
                "استلمنا شكواك برقم CMP-");
        assertThat(sent.stream().filter(body -> body.contains("صف ما حدث بالتفصيل"))).hasSize(1);
        // button presses are answered asynchronously
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(api.sent("answercallbackquery")).hasSize(5)
                .anySatisfy(body -> assertThat(body).contains("cb-104")));
        assertThat(context.getBean(InboxRepository.class).count()).isEqualTo(9);
    }

    @Test
    void aRestartMidDialogContinuesAndSendsNothingTwice() {
        api.updates("first", List.of(Updates.text(201, "مرحبا"), Updates.button(202, "complaint")));
        ConfigurableApplicationContext first = start();
        awaitProcessed(first, 2);
        dispatch(first);
        first.close();

        api.server.resetScenarios();
        api.updates("second", List.of(Updates.button(202, "complaint") + "," + Updates.ownContact(203, "966590000000")));
        ConfigurableApplicationContext second = start();
        awaitProcessed(second, 3);
        int sentInAll = dispatch(second);

        List<String> sent = api.sent("sendmessage");
        assertThat(sent).hasSize(sentInAll);
        assertThat(sent.stream().filter(body -> body.contains("للتعرف عليك"))).hasSize(1);
        assertThat(sent.get(sent.size() - 1)).contains("عمَّ الشكوى؟");
    }
}
