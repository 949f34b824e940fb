package org.tawasul.bench.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.tawasul.channels.ChannelId;
import org.tawasul.channels.OutboundMessage;
import org.tawasul.channels.SendOutcome;
import org.tawasul.channels.twilio.TwilioConnection;
import org.tawasul.channels.twilio.TwilioRenderer;
import org.tawasul.channels.twilio.TwilioSender;

/** The benchmark's fake Messages API: strict about its limit, and speaking Twilio's 429 / 20429. */
class LimitingTwilioServerTests {

    private static final long HOUR = Duration.ofHours(1).toNanos();

    @Test
    void theWindowAcceptsTheLimitThenRefusesUntilTheOldestLeaves() {
        LimitingTwilioServer.Window window = new LimitingTwilioServer.Window(3, 1000);
        assertThat(window.offer(0)).isTrue();
        assertThat(window.offer(10)).isTrue();
        assertThat(window.offer(999)).isTrue();
        assertThat(window.offer(999)).as("a fourth within (0, 999]").isFalse();
        assertThat(window.offer(1000)).as("the first left the window").isTrue();
        assertThat(window.offer(1001)).isFalse();
        assertThat(window.refused()).isEqualTo(2);
        assertThat(window.maxInAnyWindow()).isEqualTo(3);
        assertThat(window.accepted()).containsExactly(0L, 10L, 999L, 1000L);
    }

    @Test
    void theSdkGetsTwiliosTooManyRequestsAboveTheLimitAndNothingIsCreated() throws Exception {
        try (LimitingTwilioServer fake = new LimitingTwilioServer(2, HOUR)) {
            TwilioConnection connection = TwilioConnection.twilio("AC" + "0123456789abcdef".repeat(2), "token")
                    .routedTo(URI.create(fake.url())).withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5));
            TwilioSender sender = new TwilioSender(connection.restClient(), ChannelId.SMS, TwilioSender.Origin.from("TAWASUL"),
                    URI.create("https://bench.invalid/webhooks/twilio/status"), 2, new TwilioRenderer(false));
            for (int i = 0; i < 2; i++) {
                assertThat(sender.send(message(i))).isInstanceOf(SendOutcome.Sent.class);
            }
            SendOutcome third = sender.send(message(2));
            assertThat(third).isInstanceOf(SendOutcome.RetryAfter.class);
            assertThat(((SendOutcome.RetryAfter) third).error()).contains("429", "20429");
            assertThat(fake.window().accepted()).hasSize(2);
            assertThat(fake.window().refused()).isEqualTo(1);
        }
    }

    private static OutboundMessage message(int i) {
        return new OutboundMessage(i + 1, ChannelId.SMS, SmsBenchCommand.phone(i), "معاملتك قيد الدراسة", java.util.List.of(),
                null, OutboundMessage.Envelope.NONE, 1, 0);
    }
}
