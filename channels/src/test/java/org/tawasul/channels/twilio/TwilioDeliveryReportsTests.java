package org.tawasul.channels.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawasul.channels.ChannelId;
import org.tawasul.channels.DeliveryReport;
import org.tawasul.channels.DeliveryReport.Status;

class TwilioDeliveryReportsTests {

    private static final String SID = "SM" + "0123456789abcdef".repeat(2);

    private static Map<String, String> callback(String status, String errorCode) {
        Map<String, String> form = new HashMap<>(Map.of("MessageSid", SID, "SmsSid", SID, "MessageStatus", status,
                "SmsStatus", status, "AccountSid", "AC" + "0123456789abcdef".repeat(2), "From", "+15005550006",
                "To", "+966501234567", "ApiVersion", "2010-04-01", "outbox", "123"));
        if (errorCode != null) {
            form.put("ErrorCode", errorCode);
        }
        return form;
    }

    @Test
    void theCallbackUrlNamesTheOutboxRow() {
        assertThat(TwilioDeliveryReports.statusCallbackUrl(URI.create("https://bot.example.org/webhooks/twilio/status"), 123))
                .hasToString("https://bot.example.org/webhooks/twilio/status?outbox=123");
        assertThat(TwilioDeliveryReports.statusCallbackUrl(URI.create("https://bot.example.org/status?society=7"), 5))
                .hasToString("https://bot.example.org/status?society=7&outbox=5");
    }

    @ParameterizedTest
    @CsvSource({"queued, IN_FLIGHT", "accepted, IN_FLIGHT", "sending, IN_FLIGHT", "sent, IN_FLIGHT",
            "scheduled, IN_FLIGHT", "delivered, DELIVERED", "read, DELIVERED", "undelivered, UNDELIVERED",
            "failed, UNDELIVERED", "canceled, UNDELIVERED", "partially_delivered, IN_FLIGHT", "DELIVERED, DELIVERED"})
    void twiliosStatusesMapToOurs(String twilio, Status ours) {
        assertThat(TwilioDeliveryReports.status(twilio)).isEqualTo(ours);
    }

    @Test
    void aDeliveredCallbackNamesTheRowAndTheMessage() {
        assertThat(TwilioDeliveryReports.read(callback("delivered", null)))
                .isEqualTo(new DeliveryReport(ChannelId.SMS, 123L, SID, Status.DELIVERED, null, null));
    }

    @Test
    void anUndeliveredCallbackCarriesTheErrorCode() {
        Map<String, String> form = callback("undelivered", "30003");
        form.put("ErrorMessage", "Unreachable destination handset +966501234567");
        assertThat(TwilioDeliveryReports.read(form)).isEqualTo(new DeliveryReport(ChannelId.SMS, 123L, SID,
                Status.UNDELIVERED, "30003", "Unreachable destination handset +966*******67"));
        assertThat(TwilioDeliveryReports.read(callback("failed", "30007")).errorCode()).isEqualTo("30007");
        assertThat(TwilioDeliveryReports.read(callback("sent", "0")).errorCode()).as("only undelivered carries one").isNull();
    }

    @Test
    void aCallbackWithoutOurRowStillNamesTheMessage() {
        Map<String, String> form = callback("sent", null);
        form.remove("outbox");
        assertThat(TwilioDeliveryReports.read(form)).isEqualTo(new DeliveryReport(ChannelId.SMS, null, SID,
                Status.IN_FLIGHT, null, null));
    }

    @Test
    void aWhatsAppCallbackIsOnTheWhatsAppChannel() {
        Map<String, String> form = callback("read", null);
        form.put("To", "whatsapp:+966501234567");
        assertThat(TwilioDeliveryReports.read(form).channel()).isEqualTo(ChannelId.WHATSAPP);
    }

    @Test
    void theDedupeKeyIsTheMessageAndItsTwilioStatus() {
        assertThat(TwilioDeliveryReports.dedupeKey(callback("delivered", null))).isEqualTo(SID + ":delivered");
        assertThat(TwilioDeliveryReports.dedupeKey(callback("sent", null)))
                .isNotEqualTo(TwilioDeliveryReports.dedupeKey(callback("queued", null)));
    }

    @Test
    void aCallbackWithoutMessageOrStatusOrWithABadRowIsRejected() {
        assertThatThrownBy(() -> TwilioDeliveryReports.read(Map.of("MessageStatus", "sent")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TwilioDeliveryReports.read(Map.of("MessageSid", SID)))
                .isInstanceOf(IllegalArgumentException.class);
        Map<String, String> form = callback("sent", null);
        form.put("outbox", "12; drop table");
        assertThatThrownBy(() -> TwilioDeliveryReports.read(form)).isInstanceOf(IllegalArgumentException.class);
    }
}
