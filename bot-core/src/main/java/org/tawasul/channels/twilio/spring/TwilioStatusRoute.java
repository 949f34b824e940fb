package org.tawasul.channels.twilio.spring;

import java.util.HashMap;
import java.util.Map;
import org.tawasul.channels.DeliveryReport;
import org.tawasul.codec.Json;
import org.tawasul.outbound.DeliveryReports;
import org.tawasul.turns.InboundRoute;
import org.tawasul.turns.RoutedEvent;

/**
 * Applies a stored status callback through outbound's one entry point for delivery reports, which
 * keeps each message's status monotonic and hands an undelivered one to the next channel. Stored
 * under {@code status:MessageSid:MessageStatus}, so a callback Twilio sends twice is applied once.
 */
class TwilioStatusRoute implements InboundRoute {

    static final String ROUTE = "twilio-status";

    private final DeliveryReports reports;

    TwilioStatusRoute(DeliveryReports reports) {
        this.reports = reports;
    }

    /** The inbox provider id of a callback: one per message and status. */
    static String providerId(String dedupeKey) {
        return "status:" + dedupeKey;
    }

    /** The stored form of a report (ids, status and Twilio's error code; no phone number). */
    static String data(DeliveryReport report) {
        Map<String, Object> data = new HashMap<>();
        data.put("channel", report.channel().id());
        if (report.outboxId() != null) {
            data.put("outbox", report.outboxId());
        }
        data.put("sid", report.providerId());
        data.put("status", report.status().name());
        if (report.errorCode() != null) {
            data.put("code", report.errorCode());
        }
        if (report.error() != null) {
            data.put("error", report.error());
        }
        return Json.write(data);
    }

    static DeliveryReport report(String json) {
        Map<String, Object> data = Json.object(json);
        Object outbox = data.get("outbox");
        return new DeliveryReport(org.tawasul.channels.ChannelId.of((String) data.get("channel")),
                outbox == null ? null : ((Number) outbox).longValue(), (String) data.get("sid"),
                DeliveryReport.Status.valueOf((String) data.get("status")), (String) data.get("code"),
                (String) data.get("error"));
    }

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public void handle(RoutedEvent event) {
        reports.apply(report(event.data()));
    }
}
