package org.tawasul.channels.twilio.spring;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.tawasul.channels.ChannelId;
import org.tawasul.operations.ChannelMonitor;
import org.tawasul.operations.ReceiverStatus;

/**
 * The SMS channel's {@link ChannelMonitor}: Twilio calls in by webhooks (delivery reports, and members'
 * messages where they can reply), so this node receives whenever it runs, and silence is no failure
 * (never stale). Reports when Twilio was last heard from, by either webhook and by each, and whether
 * members can answer by SMS. The outbox backlog, failed and undelivered messages and opted-out or invalid
 * numbers come with every channel's health.
 */
final class TwilioMonitor implements ChannelMonitor {

    private final boolean twoWay;
    private final Clock clock;
    private final Instant since;
    private final AtomicReference<Instant> lastStatus = new AtomicReference<>();
    private final AtomicReference<Instant> lastSms = new AtomicReference<>();

    TwilioMonitor(boolean twoWay, Clock clock) {
        this.twoWay = twoWay;
        this.clock = clock;
        this.since = clock.instant();
    }

    /** A signed delivery report was stored. */
    void statusReceived() {
        lastStatus.set(clock.instant());
    }

    /** A signed inbound message was stored. */
    void smsReceived() {
        lastSms.set(clock.instant());
    }

    @Override
    public ChannelId channel() {
        return ChannelId.SMS;
    }

    @Override
    public ReceiverStatus status() {
        Instant status = lastStatus.get();
        Instant sms = lastSms.get();
        Instant last = status == null ? sms : sms == null || status.isAfter(sms) ? status : sms;
        return new ReceiverStatus("webhook", true, last, since, null, null);
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("twoWay", twoWay);
        details.put("lastDeliveryReport", lastStatus.get() == null ? "never" : lastStatus.get().toString());
        details.put("lastInboundSms", lastSms.get() == null ? "never" : lastSms.get().toString());
        return details;
    }
}
