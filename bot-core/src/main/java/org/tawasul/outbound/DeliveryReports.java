package org.tawasul.outbound;

import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tawasul.channels.DeliveryReport;
import org.tawasul.db.outbox.OutboxMessage;
import org.tawasul.db.outbox.OutboxRepository;

/**
 * Applies what providers report about messages they took, as a one-way state machine: SENT becomes
 * DELIVERED or UNDELIVERED; a final status never changes again, so reports arriving late, twice or
 * out of order do no harm. An undelivered message publishes {@link MessageUndelivered}, in the same
 * transaction, for whoever must try another channel.
 */
@Component
public class DeliveryReports {

    private static final Logger log = LoggerFactory.getLogger(DeliveryReports.class);

    /** What a report did. */
    public enum Result {
        /** The message's status changed. */
        APPLIED,
        /** The message is known and its status stays (in flight, already final, or not sent yet). */
        UNCHANGED,
        /** No such message on the channel. */
        UNKNOWN
    }

    private final OutboxRepository outbox;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeliveryReports(OutboxRepository outbox, ApplicationEventPublisher events, Clock clock) {
        this.outbox = outbox;
        this.events = events;
        this.clock = clock;
    }

    /** Applies one report; joins the caller's transaction or starts one. */
    @Transactional
    public Result apply(DeliveryReport report) {
        Optional<OutboxMessage> found = report.outboxId() != null
                ? outbox.findById(report.outboxId()).filter(row -> row.getChannel().equals(report.channel().id()))
                : outbox.findFirstByChannelAndProviderId(report.channel().id(), report.providerId());
        if (found.isEmpty()) {
            log.debug("{} delivery report for an unknown message ({})", report.channel(), report.status());
            return Result.UNKNOWN;
        }
        OutboxMessage row = found.get();
        boolean changed = switch (report.status()) {
            case IN_FLIGHT -> false;
            case DELIVERED -> row.reportDelivered(clock.instant());
            case UNDELIVERED -> row.reportUndelivered(report.errorCode(), report.error(), clock.instant());
        };
        if (changed && report.status() == DeliveryReport.Status.UNDELIVERED) {
            log.info("{} reported outbox message {} undelivered ({})", report.channel(), row.getId(), report.errorCode());
            events.publishEvent(new MessageUndelivered(row.getId(), report.channel(), report.errorCode()));
        }
        return changed ? Result.APPLIED : Result.UNCHANGED;
    }
}
