package org.tawasul.channels.telegram.spring;

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
import org.tawasul.channels.telegram.FakeBotApi;
import org.tawasul.TawasulApplication;
import org.tawasul.conversations.message.InputHint;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.tawasul.db.inbox.InboxRepository;
import org.tawasul.db.lease.Leases;
import org.tawasul.db.outbox.ChannelAddresses;
import org.tawasul.db.outbox.OutboxMessage;
import org.tawasul.db.outbox.OutboxRepository;
import org.tawasul.db.outbox.OutboxStatus;
import org.tawasul.channels.OutboundMessage;
import org.tawasul.channels.SendOutcome;
import org.tawasul.turns.InboxPayload;

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
        return start(null);
    }

    /** Starts the application, with {@code listener} among the turns' listeners when given. */
    private ConfigurableApplicationContext start(org.tawasul.turns.DialogEventListener listener) {
        SpringApplication application = new SpringApplication(TawasulApplication.class);
        if (listener != null) {
            application.addInitializers(context -> context.getBeanFactory().registerSingleton("failingStartListener", listener));
        }
        ConfigurableApplicationContext context = application.run(
                "--spring.main.web-application-type=none",
                "--tawasul.turns.retry-interval=1h",
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
                "أهلًا بك في خدمة التواصل مع الجمعية. كيف نخدمك؟", "\"callback_data\":\"complaint~",
                "\"request_contact\":true", "\"one_time_keyboard\":true",
                "ما موضوع الشكوى؟", "\"callback_data\":\"finance~",
                "عذرًا، لا نستطيع قراءة هذا النوع من الرسائل",
                "هل تطلب تعويضًا عن ضرر لحق بك بسبب الجمعية؟", "\"callback_data\":\"yes~",
                "استلمنا شكواك بالرقم المرجعي CMP-");
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
        assertThat(sent.get(sent.size() - 1)).contains("ما موضوع الشكوى؟");
    }

    /** Fails the turns that start the named flow while armed, as a database fault would. */
    static final class FailingStart implements org.tawasul.turns.DialogEventListener {
        final String flow;
        volatile boolean armed = true;

        FailingStart(String flow) {
            this.flow = flow;
        }

        @Override
        public void on(TurnContext context, org.tawasul.conversations.engine.DialogEvent event) {
            if (armed && event instanceof org.tawasul.conversations.engine.DialogEvent.DialogStarted started
                    && started.flowId().equals(flow)) {
                throw new IllegalStateException("failed on purpose");
            }
        }
    }

    /**
     * The reproduced case, on the real poller and turn processor: the press of "enquiry" fails; the member's next
     * message, the mobile number, comes in a later round. It must wait, not be taken at the menu, and once the
     * enquiry has started it is the answer to the enquiry's first question.
     */
    @Test
    void aFailedTurnHoldsBackItsChatInLaterRoundsUntilItRuns() {
        FailingStart failing = new FailingStart("enquiry");
        api.updates("held", List.of(Updates.text(501, 7, "مرحبا"), Updates.button(502, 7, "enquiry"),
                Updates.text(503, 7, "0501234567"), Updates.text(504, 8, "مرحبا")));
        ConfigurableApplicationContext context = start(failing);
        InboxRepository inbox = context.getBean(InboxRepository.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> inbox.findByChannelAndProviderId("telegram", "123456:504")
                .map(e -> e.getProcessedAt() != null).orElse(false));
        await().atMost(Duration.ofSeconds(10)).until(() -> inbox.findByChannelAndProviderId("telegram", "123456:503").isPresent());
        org.awaitility.Awaitility.await().pollDelay(Duration.ofSeconds(2)).until(() -> true); // rounds go on meanwhile
        assertThat(inbox.findByChannelAndProviderId("telegram", "123456:503").orElseThrow().getProcessedAt())
                .as("the number waits; inbox: " + inbox.findAll() + ", outbox: "
                        + context.getBean(OutboxRepository.class).findAll().stream().map(OutboxMessage::getBody).toList())
                .isNull();
        assertThat(inbox.findByChannelAndProviderId("telegram", "123456:502").orElseThrow().getAttempts())
                .as("failed, and left to the background retry").isBetween(1, 2);
        assertThat(inbox.findByChannelAndProviderId("telegram", "123456:503").orElseThrow().getAttempts()).as("waits").isZero();

        failing.armed = false;
        context.getBean(org.tawasul.turns.PendingTurns.class).sweep();
        awaitProcessed(context, 4);
        OutboxRepository outbox = context.getBean(OutboxRepository.class);
        long number = inbox.findByChannelAndProviderId("telegram", "123456:503").orElseThrow().getId();
        assertThat(outbox.findByInboxIdOrderByIdAsc(number)).extracting(OutboxMessage::getBody)
                .as("the number answers the enquiry's question, which asks next for the national ID").isNotEmpty()
                .anySatisfy(body -> assertThat(body).contains("هويتك"));
    }

    @Test
    void aBatchOfManyChatsRunsInParallelAndEachChatInOrder() {
        int chats = 12;
        List<String> batch = new ArrayList<>();
        int id = 300;
        // interleaved: every chat's greeting, then every chat's button press, then every chat's cancel
        for (String step : List.of("hello", "press", "cancel")) {
            for (long chat = 1; chat <= chats; chat++) {
                id++;
                batch.add(switch (step) {
                    case "hello" -> Updates.text(id, chat, "مرحبا");
                    case "press" -> Updates.button(id, chat, "complaint");
                    default -> Updates.text(id, chat, "/cancel");
                });
            }
        }
        api.updates("many", List.of(String.join(",", batch)));
        ConfigurableApplicationContext context = start();
        awaitProcessed(context, 3 * chats);

        OutboxRepository outbox = context.getBean(OutboxRepository.class);
        for (long each = 1; each <= chats; each++) {
            String chat = String.valueOf(each);
            List<String> replies = outbox.findAll().stream()
                    .filter(row -> row.getRecipient().equals(chat))
                    .sorted(java.util.Comparator.comparing(OutboxMessage::getId))
                    .map(OutboxMessage::getBody).toList();
            assertThat(replies).as("chat " + chat).hasSize(3);
            assertThat(replies.get(0)).contains("كيف نخدمك؟");
            assertThat(replies.get(1)).contains("للتعرف عليك");
            assertThat(replies.get(2)).isEqualTo("تم الإلغاء ولم يُرسل شيء. أرسل أي رسالة لعرض القائمة.");
        }
    }

    @Test
    void anUpdateNumberedBelowOneSeenBeforeIsStillTakenAndTheOffsetConfirmsEachBatch() {
        api.updates("numbers", List.of(Updates.text(500, "مرحبا"), Updates.text(400, "/help")));
        ConfigurableApplicationContext context = start();
        awaitProcessed(context, 2);
        await().atMost(Duration.ofSeconds(20)).until(() -> api.server.findAll(
                com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(FakeBotApi.path("getupdates"))).size() >= 3);

        List<String> polls = api.server.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
                FakeBotApi.path("getupdates"))).stream().map(LoggedRequest::getBodyAsString).toList();
        assertThat(polls.get(0)).doesNotContain("\"offset\"");
        assertThat(polls.get(1)).contains("\"offset\":501");
        // 400 < 501: Telegram would not send it, but if a server did, it is a new update, not a duplicate
        assertThat(polls.get(2)).contains("\"offset\":501");
        assertThat(polls.get(0)).contains("\"allowed_updates\":[\"message\",\"edited_message\",\"callback_query\"]");
    }

    @Test
    void aSecondPollingNodeWaitsAndTakesOverWhenTheFirstStops() {
        ConfigurableApplicationContext first = start();
        Leases leases = first.getBean(Leases.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> leases.holderOf("telegram-polling:123456") != null);
        String firstHolder = leases.holderOf("telegram-polling:123456");

        ConfigurableApplicationContext second = start();
        assertThat(leases.holderOf("telegram-polling:123456")).isEqualTo(firstHolder);
        first.close(); // gives the lease up

        Leases shared = second.getBean(Leases.class);
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            String holder = shared.holderOf("telegram-polling:123456");
            return holder != null && !holder.equals(firstHolder);
        });
        api.updates("takeover", List.of(Updates.text(601, "مرحبا")));
        awaitProcessed(second, 1);
    }

    @Test
    void theCommandMenuIsSetInArabicAndInEnglishAtStart() {
        start();
        await().atMost(Duration.ofSeconds(10)).until(() -> api.sent("setmycommands").size() == 2);
        String arabic = api.sent("setmycommands").stream().filter(body -> !body.contains("language_code")).findFirst().orElseThrow();
        String english = api.sent("setmycommands").stream().filter(body -> body.contains("\"language_code\":\"en\"")).findFirst()
                .orElseThrow();
        assertThat(arabic).contains("\"command\":\"start\"", "القائمة الرئيسية", "\"command\":\"cancel\"", "\"command\":\"lang\"");
        assertThat(english).contains("\"command\":\"help\"", "Main menu");
    }

    @Test
    void aDeepLinkToRateACaseStartsTheSurveyWithThatCaseProposed() {
        api.updates("rate", List.of(Updates.text(651, "/start rate_cmp-2026-000001")));
        ConfigurableApplicationContext context = start();
        awaitProcessed(context, 1);

        assertThat(context.getBean(InboxRepository.class).findAll()).singleElement().satisfies(event -> {
            assertThat(InboxPayload.turn(event.getPayload()).startFlow()).isEqualTo("survey");
            assertThat(InboxPayload.turn(event.getPayload()).presets()).containsExactly(java.util.Map.entry("case", "CMP-2026-000001"));
        });
        dispatch(context);
        // not yet known on this chat: the survey begins by asking who is writing
        assertThat(api.sent("sendmessage")).singleElement().asString().contains("للتعرف عليك");
    }

    @Test
    void aDeepLinkStartsOnlyWhatTheMenuOffersAServicesOwnFormShowsTheMenu() {
        api.updates("links", List.of(Updates.text(661, "/start service-social-support"), Updates.text(662, 700, "/start complaint")));
        ConfigurableApplicationContext context = start();
        awaitProcessed(context, 2);
        dispatch(context);

        assertThat(api.sent("sendmessage")).anySatisfy(body -> assertThat(body).contains("\"chat_id\":\"555\"")
                        .contains("أهلًا بك في خدمة التواصل مع الجمعية. كيف نخدمك؟"))
                .noneSatisfy(body -> assertThat(body).contains("\"chat_id\":\"555\"").contains("للتعرف عليك"))
                .anySatisfy(body -> assertThat(body).contains("\"chat_id\":\"700\"").contains("للتعرف عليك"));
    }

    private void answerChat(long chat, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer) {
        api.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(FakeBotApi.path("sendmessage")).atPriority(2)
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("\"chat_id\":\"" + chat + "\""))
                .willReturn(answer));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder error(int status, String body) {
        return com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body);
    }

    private static OutboxMessage replyTo(ConfigurableApplicationContext context, long chat) {
        return context.getBean(OutboxRepository.class).findAll().stream()
                .filter(row -> row.getRecipient().equals(String.valueOf(chat))).findFirst().orElse(null);
    }

    @Test
    void a429DelaysThatChatByRetryAfterWhileOtherChatsKeepFlowing() {
        answerChat(555, error(429, """
                {"ok":false,"error_code":429,"description":"Too Many Requests: retry after 3","parameters":{"retry_after":3}}"""));
        api.updates("busy", List.of(Updates.text(661, "مرحبا") + "," + Updates.text(662, 777, "مرحبا")));
        ConfigurableApplicationContext context = start();
        awaitProcessed(context, 2);

        await().atMost(Duration.ofSeconds(20)).until(() -> replyTo(context, 777).getStatus() == OutboxStatus.SENT
                && replyTo(context, 555).getAttempts() == 1);
        OutboxMessage delayed = replyTo(context, 555);
        assertThat(delayed.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(delayed.getLastError()).contains("429");
        assertThat(delayed.getNextAttemptAt()).isAfterOrEqualTo(delayed.getCreatedAt().plusSeconds(3));

        api.server.removeStub(api.server.getStubMappings().stream().filter(stub -> stub.getPriority() != null
                && stub.getPriority() == 2).findFirst().orElseThrow());
        await().atMost(Duration.ofSeconds(20)).until(() -> replyTo(context, 555).getStatus() == OutboxStatus.SENT);
        assertThat(replyTo(context, 555).getAttempts()).isEqualTo(2);
    }

    @Test
    void aChatThatBlockedTheBotGetsNothingUntilTheMemberWritesAgain() {
        answerChat(555, error(403, "{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was blocked by the user\"}"));
        api.updates("blocked", List.of(Updates.text(671, "مرحبا")));
        ConfigurableApplicationContext context = start();
        ChannelAddresses addresses = context.getBean(ChannelAddresses.class);
        TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        awaitProcessed(context, 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> replyTo(context, 555).getStatus() == OutboxStatus.FAILED);
        assertThat(tx.<Boolean>execute(status -> addresses.isInactive("telegram", "555"))).isTrue();

        // the member unblocks the bot and writes again
        api.server.removeStub(api.server.getStubMappings().stream().filter(stub -> stub.getPriority() != null
                && stub.getPriority() == 2).findFirst().orElseThrow());
        api.updates("unblocked", List.of(Updates.text(672, "مرحبا")));
        awaitProcessed(context, 2);
        assertThat(tx.<Boolean>execute(status -> addresses.isInactive("telegram", "555"))).isFalse();
        await().atMost(Duration.ofSeconds(20)).until(() -> context.getBean(OutboxRepository.class)
                .findByChannelAndStatusOrderByIdAsc("telegram", OutboxStatus.SENT).size() == 1);
        assertThat(api.sent("sendmessage")).hasSize(2); // the refused one, then the one after writing again
    }
}
