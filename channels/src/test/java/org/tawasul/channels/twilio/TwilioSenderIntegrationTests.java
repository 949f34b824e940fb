package org.tawasul.channels.twilio;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tawasul.channels.ChannelId;
import org.tawasul.channels.OutboundMessage;
import org.tawasul.channels.Pacing;
import org.tawasul.channels.SendOutcome;
import org.tawasul.channels.SendOutcome.AddressEffect;
import org.tawasul.conversations.message.Choice;
import org.tawasul.conversations.message.InputHint;

/** The real Twilio SDK against a fake Messages API: what each answer becomes. */
class TwilioSenderIntegrationTests {

    static final String SERVICE = "MG" + "00112233445566778899aabbccddeeff";
    static final URI CALLBACK = URI.create("https://bot.example.org/webhooks/twilio/status");
    static final String MEMBER = "+966501234567";

    private final FakeTwilioApi api = new FakeTwilioApi();
    private final TwilioSender sender = sender(api.connection(), TwilioSender.Origin.messagingService(SERVICE), true);

    @AfterEach
    void stop() {
        api.close();
    }

    private static TwilioSender sender(TwilioConnection connection, TwilioSender.Origin origin, boolean numbered) {
        return new TwilioSender(connection.restClient(), ChannelId.SMS, origin, CALLBACK, 10, new TwilioRenderer(numbered));
    }

    private static OutboundMessage message(String recipient, String body, List<Choice> choices) {
        return new OutboundMessage(42, ChannelId.SMS, recipient, body, choices, InputHint.TEXT, 1);
    }

    private SendOutcome send() {
        return sender.send(message(MEMBER, "تم استلام طلبك رقم ٤٥٦.", List.of()));
    }

    @Test
    void aCreatedMessageReportsItsSidAndCarriesServiceBodyAndTheRowsCallback() {
        SendOutcome outcome = sender.send(message(MEMBER, "هل تريد تأكيد الموعد؟",
                List.of(new Choice("yes", "نعم"), new Choice("no", "لا"))));

        assertThat(outcome).isEqualTo(new SendOutcome.Sent(FakeTwilioApi.SID));
        assertThat(api.creates()).singleElement().satisfies(form -> {
            assertThat(form).containsEntry("To", MEMBER).containsEntry("MessagingServiceSid", SERVICE)
                    .containsEntry("Body", "هل تريد تأكيد الموعد؟\n1 نعم\n2 لا")
                    .containsEntry("StatusCallback", "https://bot.example.org/webhooks/twilio/status?outbox=42")
                    .doesNotContainKey("From");
        });
        assertThat(api.createRequests().get(0).getHeader("Authorization")).startsWith("Basic ");
    }

    @Test
    void aSenderAddressGoesAsFromAndOneWaySendersListNoChoices() {
        TwilioSender alphanumeric = sender(api.connection(), TwilioSender.Origin.from("Tawasul"), false);
        alphanumeric.send(message(MEMBER, "موعدك غدًا", List.of(new Choice("yes", "نعم"))));
        assertThat(api.creates()).singleElement().satisfies(form -> assertThat(form)
                .containsEntry("From", "Tawasul").containsEntry("Body", "موعدك غدًا").doesNotContainKey("MessagingServiceSid"));
    }

    @Test
    void thePacingIsTheGivenRateWithoutAPerRecipientInterval() {
        assertThat(sender.defaultPacing()).isEqualTo(new Pacing(10, Duration.ZERO));
        assertThat(sender.channel()).isEqualTo(ChannelId.SMS);
    }

    @Test
    void tooManyRequestsWaitsTheRetryAfterHeader() {
        api.answer(aResponse().withStatus(429).withHeader("Retry-After", "7").withHeader("Content-Type", "application/json")
                .withBody("{\"code\": 20429, \"message\": \"Too Many Requests\", \"status\": 429}"));
        assertThat(send()).isInstanceOfSatisfying(SendOutcome.RetryAfter.class,
                retry -> assertThat(retry.delay()).isEqualTo(Duration.ofSeconds(7)));
        assertThat(api.creates()).as("the HTTP client does not resend a 429 itself").hasSize(1);
    }

    @Test
    void tooManyRequestsWithoutAHeaderOrJsonWaitsTheDefault() {
        api.fail(429, 20429, "Too Many Requests");
        assertThat(send()).isEqualTo(new SendOutcome.RetryAfter(TwilioErrors.DEFAULT_RETRY_AFTER,
                "twilio 429/20429: Too Many Requests"));
        api.answer(aResponse().withStatus(429).withHeader("Content-Type", "text/html").withBody("<html>slow down</html>"));
        assertThat(send()).isInstanceOfSatisfying(SendOutcome.RetryAfter.class,
                retry -> assertThat(retry.delay()).isEqualTo(TwilioErrors.DEFAULT_RETRY_AFTER));
    }

    @Test
    void anUnsubscribedRecipientIsRefusedAsOptedOut() {
        api.fail(400, 21610, "Attempt to send to unsubscribed recipient");
        assertThat(send()).isInstanceOfSatisfying(SendOutcome.Refused.class,
                refused -> assertThat(refused.address()).isEqualTo(AddressEffect.OPTED_OUT));
    }

    @ParameterizedTest
    @ValueSource(ints = {21211, 21214, 21217, 21265, 21614, 21635})
    void anInvalidNumberIsRefusedAsInvalid(int code) {
        api.fail(400, code, "The 'To' number +966501234567 is not a valid phone number.");
        assertThat(send()).isInstanceOfSatisfying(SendOutcome.Refused.class, refused -> {
            assertThat(refused.address()).isEqualTo(AddressEffect.INVALID);
            assertThat(refused.error()).startsWith("twilio 400/" + code + ": ").contains("+966*******67")
                    .doesNotContain(MEMBER);
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {21408, 21612, 21606, 21602, 21617})
    void otherRefusalsConcernTheMessageOrOurSetupNotTheMember(int code) {
        api.fail(400, code, "refused");
        assertThat(send()).isInstanceOfSatisfying(SendOutcome.Refused.class,
                refused -> assertThat(refused.address()).isEqualTo(AddressEffect.NONE));
    }

    @Test
    void refusedCredentialsAreRetriedSinceNothingWasCreated() {
        api.fail(401, 20003, "Authenticate");
        assertThat(send()).isEqualTo(new SendOutcome.Failed("twilio 401/20003: Authenticate"));
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503})
    void aServerErrorIsUncertainAndSentOnlyOnce(int status) {
        api.fail(status, 20500, "Internal Server Error");
        assertThat(send()).isInstanceOf(SendOutcome.Uncertain.class);
        assertThat(api.creates()).as("neither the SDK nor HttpClient resends").hasSize(1);
    }

    @Test
    void aServerErrorPageTheSdkCannotReadIsUncertain() {
        api.answer(aResponse().withStatus(502).withHeader("Content-Type", "text/html").withBody("<html>Bad Gateway</html>"));
        assertThat(send()).isInstanceOfSatisfying(SendOutcome.Uncertain.class,
                uncertain -> assertThat(uncertain.error()).startsWith("twilio 502"));
    }

    @Test
    void anAnswerThatNeverComesIsUncertain() {
        TwilioSender impatient = sender(api.connection().withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(300)),
                TwilioSender.Origin.messagingService(SERVICE), true);
        api.answer(aResponse().withStatus(201).withFixedDelay(3_000).withBody("{}"));
        assertThat(impatient.send(message(MEMBER, "مرحبا", List.of()))).isInstanceOfSatisfying(SendOutcome.Uncertain.class,
                uncertain -> assertThat(uncertain.error()).contains("SocketTimeoutException"));
        assertThat(api.creates()).hasSize(1);
    }

    @Test
    void aConnectionClosedOrResetAfterTheRequestIsUncertain() {
        api.fault(Fault.EMPTY_RESPONSE);
        assertThat(send()).isInstanceOf(SendOutcome.Uncertain.class);
        api.fault(Fault.CONNECTION_RESET_BY_PEER);
        assertThat(send()).isInstanceOf(SendOutcome.Uncertain.class);
    }

    @Test
    void aCreatedMessageWhoseAnswerCannotBeReadIsUncertain() {
        api.answer(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("{\"sid\": "));
        assertThat(send()).isInstanceOf(SendOutcome.Uncertain.class);
    }

    @Test
    void aRefusedConnectionFailsAndIsRetried() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        TwilioSender unreachable = sender(api.connection().routedTo(URI.create("http://127.0.0.1:" + closedPort)),
                TwilioSender.Origin.messagingService(SERVICE), true);
        assertThat(unreachable.send(message(MEMBER, "مرحبا", List.of())))
                .isInstanceOfSatisfying(SendOutcome.Failed.class,
                        failed -> assertThat(failed.error()).contains("HttpHostConnectException"));
    }

    @Test
    void anUnknownHostFailsAndIsRetried() {
        TwilioSender unknown = sender(api.connection().routedTo(URI.create("http://no-such-host.invalid:8080")),
                TwilioSender.Origin.messagingService(SERVICE), true);
        assertThat(unknown.send(message(MEMBER, "مرحبا", List.of())))
                .isInstanceOfSatisfying(SendOutcome.Failed.class,
                        failed -> assertThat(failed.error()).contains("UnknownHostException"));
    }

    @Test
    void aMalformedAddressOrAnUnsendableTextIsRefusedWithoutARequest() {
        assertThat(sender.send(message("0501234567", "مرحبا", List.of()))).isInstanceOfSatisfying(SendOutcome.Refused.class,
                refused -> assertThat(refused.address()).isEqualTo(AddressEffect.INVALID));
        assertThat(sender.send(message("whatsapp:" + MEMBER, "مرحبا", List.of()))).isInstanceOfSatisfying(
                SendOutcome.Refused.class, refused -> assertThat(refused.address()).isEqualTo(AddressEffect.INVALID));
        assertThat(sender.send(message(MEMBER, "  ", List.of()))).isInstanceOfSatisfying(SendOutcome.Refused.class,
                refused -> assertThat(refused.address()).isEqualTo(AddressEffect.NONE));
        assertThat(sender.send(message(MEMBER, "ا".repeat(1601), List.of()))).isInstanceOfSatisfying(
                SendOutcome.Refused.class, refused -> assertThat(refused.address()).isEqualTo(AddressEffect.NONE));
        assertThat(api.creates()).isEmpty();
    }

    @Test
    void theSameSenderServesWhatsAppAddressesOnItsChannel() {
        TwilioSender whatsapp = new TwilioSender(api.connection().restClient(), ChannelId.WHATSAPP,
                TwilioSender.Origin.from("whatsapp:+14155238886"), CALLBACK, 80, new TwilioRenderer(true));
        SendOutcome outcome = whatsapp.send(new OutboundMessage(7, ChannelId.WHATSAPP, "whatsapp:" + MEMBER, "مرحبا",
                List.of(), InputHint.TEXT, 1));
        assertThat(outcome).isEqualTo(new SendOutcome.Sent(FakeTwilioApi.SID));
        assertThat(api.creates()).singleElement().satisfies(form -> assertThat(form)
                .containsEntry("To", "whatsapp:" + MEMBER).containsEntry("From", "whatsapp:+14155238886"));
    }
}
