package org.tawasul.outbound;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tawasul.channels.ChannelId;
import org.tawasul.channels.OutboundMessage;
import org.tawasul.channels.SendOutcome;
import org.tawasul.codec.Json;
import org.tawasul.conversations.input.PhoneNumbers;
import org.tawasul.conversations.message.InputHint;
import org.tawasul.db.outbox.ChannelAddresses;
import org.tawasul.db.outbox.OutboxMessage;
import org.tawasul.db.outbox.OutboxRepository;
import org.tawasul.db.outbox.OutboxStatus;

/**
 * The dispatcher's short transactions: claim and lease due messages, record a send's outcome,
 * hand back messages claimed but not sent. No transaction spans a provider call.
 */
final class OutboxLedger {

    static final String RECIPIENT_INACTIVE = "recipient inactive";
    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    /** A message leased to this node until {@code leaseUntil}. */
    record Claimed(OutboundMessage message, Instant leaseUntil) { }

    private final OutboxRepository outbox;
    private final ChannelAddresses addresses;
    private final TransactionTemplate transaction;
    private final OutboundSettings settings;
    private final Backoff backoff;
    private final DispatchCounts counts;
    private final Clock clock;

    OutboxLedger(OutboxRepository outbox, ChannelAddresses addresses, PlatformTransactionManager transactions,
                 OutboundSettings settings, DispatchCounts counts, Clock clock) {
        this(outbox, addresses, transactions, settings, counts, clock, event -> { });
    }

    /**
     * @param events where a message given up for good is announced ({@link MessageUndelivered}, in the
     *               transaction that records it), so that what it carried can go by another channel
     */
    OutboxLedger(OutboxRepository outbox, ChannelAddresses addresses, PlatformTransactionManager transactions,
                 OutboundSettings settings, DispatchCounts counts, Clock clock,
                 org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.outbox = outbox;
        this.addresses = addresses;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.settings = settings;
        this.backoff = new Backoff(settings);
        this.counts = counts;
        this.clock = clock;
    }

    /**
     * Claims the due head messages of the channels (one per recipient, oldest first), fails those to
     * inactive addresses, leaves those whose recipient is not {@code ready} for a later round, and
     * leases the rest by moving their next attempt past the lease; commits before returning.
     */
    List<Claimed> claim(Collection<String> channels, BiPredicate<String, String> ready) {
        return transaction.execute(status -> {
            Instant now = clock.instant();
            List<OutboxMessage> rows = outbox.claimDueHeads(channels, now, settings.batchSize());
            Instant leaseUntil = Backoff.notBefore(now, settings.lease());
            List<Claimed> claimed = new ArrayList<>(rows.size());
            List<OutboxMessage> gone = new ArrayList<>();
            for (String channel : channels) {
                Set<String> inactive = addresses.inactiveAmong(channel, rows.stream()
                        .filter(row -> row.getChannel().equals(channel)).map(OutboxMessage::getRecipient).toList());
                rows.stream().filter(row -> row.getChannel().equals(channel) && inactive.contains(row.getRecipient()))
                        .forEach(gone::add);
            }
            for (OutboxMessage row : rows) {
                if (gone.contains(row) || !ready.test(row.getChannel(), row.getRecipient())) {
                    continue;
                }
                row.holdUntil(leaseUntil);
                claimed.add(new Claimed(message(row), leaseUntil));
            }
            // bulk updates last: they flush the leases above and clear the persistence context
            for (OutboxMessage row : gone) {
                counts.failed.addAndGet(outbox.failPendingOfRecipient(row.getChannel(), row.getRecipient(),
                        RECIPIENT_INACTIVE));
            }
            return claimed;
        });
    }

    /** Records what the sender reported, unless the message was finished meanwhile (its lease ran out and another node took it). */
    void record(Claimed claimed, SendOutcome outcome) {
        transaction.executeWithoutResult(status -> {
            OutboundMessage message = claimed.message();
            OutboxMessage row = outbox.findById(message.outboxId()).orElse(null);
            if (row == null || row.getStatus() != OutboxStatus.PENDING) {
                log.warn("Outbox message {} was finished elsewhere while we sent it ({}); not recording {}",
                        message.outboxId(), row == null ? "deleted" : row.getStatus(), outcome.getClass().getSimpleName());
                return;
            }
            if (!(outcome instanceof SendOutcome.Sent) && !row.getNextAttemptAt().equals(claimed.leaseUntil())) {
                log.warn("Outbox message {} outlived its lease and was taken again; not recording {}",
                        message.outboxId(), outcome.getClass().getSimpleName());
                return;
            }
            apply(row, outcome, clock.instant());
        });
    }

    /** Hands back messages claimed but not sent (at shutdown): due now, no attempt counted. */
    void release(Collection<Claimed> claimed) {
        if (claimed.isEmpty()) {
            return;
        }
        Set<Long> ids = claimed.stream().map(c -> c.message().outboxId()).collect(Collectors.toSet());
        transaction.executeWithoutResult(status -> outbox.findAllById(ids).stream()
                .filter(row -> row.getStatus() == OutboxStatus.PENDING)
                .forEach(row -> row.holdUntil(clock.instant())));
    }

    private final org.springframework.context.ApplicationEventPublisher events;

    private void apply(OutboxMessage row, SendOutcome outcome, Instant now) {
        counts.send(row.getChannel(), outcomeName(outcome));
        String recipient = PhoneNumbers.mask(row.getRecipient());
        if (outcome instanceof SendOutcome.PartlySent partly) {
            row.recordPartsSent(partly.partsSent(), partly.providerIds());
            apply(row, partly.rest(), now);
        } else if (outcome instanceof SendOutcome.Sent sent) {
            row.markSent(sent.providerId(), now);
            counts.sent.incrementAndGet();
        } else if (outcome instanceof SendOutcome.Uncertain uncertain) {
            row.markSentUncertain(uncertain.error(), now);
            counts.uncertain.incrementAndGet();
            log.warn("{} may or may not have taken outbox message {} to {} ({}); not sent again, a delivery report "
                    + "settles it", row.getChannel(), row.getId(), recipient, uncertain.error());
        } else if (outcome instanceof SendOutcome.RetryAfter retry) {
            Instant until = Backoff.notBefore(now, retry.delay() == null ? Duration.ZERO : retry.delay());
            row.retryLater(retry.error(), until);
            outbox.postponeRecipient(row.getChannel(), row.getRecipient(), until);
            counts.retried.incrementAndGet();
            log.info("{} asked to wait until {} for {} (message {})", row.getChannel(), until, recipient, row.getId());
        } else if (outcome instanceof SendOutcome.Failed failed) {
            if (row.getAttempts() + 1 >= settings.maxAttempts()) {
                row.markFailed(failed.error());
                counts.failed.incrementAndGet();
                log.warn("Outbox message {} to {} on {} FAILED after {} attempts: {}", row.getId(), recipient,
                        row.getChannel(), row.getAttempts(), failed.error());
                undelivered(row, failed.error());
            } else {
                row.retryLater(failed.error(), Backoff.notBefore(now, backoff.after(row.getAttempts())));
                counts.retried.incrementAndGet();
            }
        } else if (outcome instanceof SendOutcome.Refused refused) {
            row.markFailed(refused.error());
            counts.failed.incrementAndGet();
            log.warn("{} refused message {} to {}{}: {}", row.getChannel(), row.getId(), recipient,
                    refused.recipientGone() ? " (address now " + refused.address() + ")" : "", refused.error());
            undelivered(row, refused.error());
            if (refused.recipientGone()) {
                addresses.markUnreachable(row.getChannel(), row.getRecipient(), state(refused.address()), refused.error(), now);
                if (refused.address() == SendOutcome.AddressEffect.INVALID) {
                    events.publishEvent(new AddressInvalid(row.getId(), ChannelId.of(row.getChannel()), refused.error()));
                }
                counts.failed.addAndGet(outbox.failPendingOfRecipient(row.getChannel(), row.getRecipient(),
                        RECIPIENT_INACTIVE));
            }
        } else {
            throw new IllegalArgumentException("Unknown outcome " + outcome);
        }
    }

    /** A message given up for good: like an undelivered report, what it carried may go by another channel. */
    private void undelivered(OutboxMessage row, String error) {
        events.publishEvent(new MessageUndelivered(row.getId(), ChannelId.of(row.getChannel()), error));
    }

    private static String outcomeName(SendOutcome outcome) {
        if (outcome instanceof SendOutcome.Sent) {
            return "sent";
        } else if (outcome instanceof SendOutcome.PartlySent) {
            return "partly-sent";
        } else if (outcome instanceof SendOutcome.RetryAfter) {
            return "retry-after";
        } else if (outcome instanceof SendOutcome.Refused) {
            return "refused";
        } else if (outcome instanceof SendOutcome.Uncertain) {
            return "uncertain";
        }
        return "failed";
    }

    private static ChannelAddresses.State state(SendOutcome.AddressEffect effect) {
        return switch (effect) {
            case BLOCKED -> ChannelAddresses.State.BLOCKED;
            case OPTED_OUT -> ChannelAddresses.State.OPTED_OUT;
            case INVALID -> ChannelAddresses.State.INVALID;
            case NONE -> throw new IllegalArgumentException("no address effect");
        };
    }

    static OutboundMessage message(OutboxMessage row) {
        InputHint hint = row.getInputHint() == null ? null : InputHint.valueOf(row.getInputHint());
        return new OutboundMessage(row.getId(), ChannelId.of(row.getChannel()), row.getRecipient(), row.getBody(),
                Json.choices(row.getChoices()), hint,
                new OutboundMessage.Envelope(row.getSubject(), row.getThreadKey(), row.getReplyTo()),
                row.getAttempts() + 1, row.getPartsSent());
    }
}
