package org.tawasul.outbound;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tawasul.channels.ChannelId;
import org.tawasul.channels.ChannelSender;
import org.tawasul.channels.OutboundMessage;
import org.tawasul.codec.Json;
import org.tawasul.conversations.input.PhoneNumbers;
import org.tawasul.conversations.message.Choice;
import org.tawasul.conversations.message.InputHint;
import org.tawasul.db.outbox.ChannelAddresses;
import org.tawasul.db.outbox.OutboxMessage;
import org.tawasul.db.outbox.OutboxRepository;
import org.tawasul.db.outbox.OutboxStatus;

/**
 * The one way to write messages for members and staff: {@link #enqueue} stores a message in the
 * outbox in the caller's transaction (a turn's, a case change's), for the dispatcher to send. Also
 * keeps the state of channel addresses: a member writing again makes a blocked address reachable,
 * an opt-out holds until the member opts in.
 */
@Component
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final OutboxRepository outbox;
    private final ChannelAddresses addresses;
    private final ObjectProvider<ChannelSender> senders;
    private final Clock clock;
    private volatile Set<ChannelId> sendingChannels;

    Outbox(OutboxRepository outbox, ChannelAddresses addresses, ObjectProvider<ChannelSender> senders, Clock clock) {
        this.outbox = outbox;
        this.addresses = addresses;
        this.senders = senders;
        this.clock = clock;
    }

    /**
     * A message to store.
     *
     * @param inboxId   the inbound event that caused it, or null
     * @param notBefore not sent before this time (e.g. the end of quiet hours), or null for now
     */
    public record Entry(ChannelId channel, String recipient, String body, List<Choice> choices, InputHint hint,
                        OutboundMessage.Envelope envelope, Long inboxId, Instant notBefore) {

        public Entry {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(recipient, "recipient");
            Objects.requireNonNull(body, "body");
            choices = choices == null ? List.of() : List.copyOf(choices);
            envelope = envelope == null ? OutboundMessage.Envelope.NONE : envelope;
        }

        /** A plain text, due now. */
        public static Entry text(ChannelId channel, String recipient, String body, Long inboxId) {
            return new Entry(channel, recipient, body, List.of(), InputHint.NONE, null, inboxId, null);
        }
    }

    /**
     * Stores the message, PENDING, in the caller's transaction: it is sent only if that commits.
     *
     * @return the outbox id
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long enqueue(Entry entry) {
        Instant now = clock.instant();
        OutboundMessage.Envelope envelope = entry.envelope();
        OutboxMessage row = OutboxMessage.pending(entry.channel().id(), entry.recipient(), entry.body(),
                Json.choices(entry.choices()), entry.hint() == null ? null : entry.hint().name(), entry.inboxId(), now)
                .notBefore(entry.notBefore());
        if (!envelope.isEmpty()) {
            row.withEnvelope(envelope.subject(), envelope.threadKey(), envelope.replyTo());
        }
        return outbox.save(row).getId();
    }

    /**
     * A message came from the address: if a provider had refused it as blocked or invalid, it is
     * reachable again (an opt-out is not ended by writing). Only channels with a sender can have
     * refused an address, so the others cost nothing.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void memberWrote(ChannelId channel, String address) {
        if (sendingChannels().contains(channel) && addresses.reactivate(channel.id(), address, clock.instant())) {
            log.info("{} address {} wrote again: messages to it are sent again", channel, PhoneNumbers.mask(address));
        }
    }

    /** The member asked for no more messages on this address (SMS STOP): nothing is sent until {@link #optIn}. */
    @Transactional
    public void optOut(ChannelId channel, String address, String reason) {
        Instant now = clock.instant();
        addresses.markUnreachable(channel.id(), address, ChannelAddresses.State.OPTED_OUT, reason, now);
        int failed = outbox.failPendingOfRecipient(channel.id(), address, OutboxLedger.RECIPIENT_INACTIVE);
        log.info("{} address {} opted out; {} pending messages given up", channel, PhoneNumbers.mask(address), failed);
    }

    /**
     * The member asked for messages again (SMS START).
     *
     * @return whether the address had been unreachable
     */
    @Transactional
    public boolean optIn(ChannelId channel, String address) {
        return addresses.optIn(channel.id(), address, clock.instant());
    }

    /** The address an outbox message was for (e.g. to find whose number a provider refused), if the row exists. */
    @Transactional(readOnly = true)
    public java.util.Optional<String> recipientOf(long outboxId) {
        return outbox.findById(outboxId).map(OutboxMessage::getRecipient);
    }

    /** Whether the channel has a sender on this deployment (it is configured). */
    public boolean hasSender(ChannelId channel) {
        return sendingChannels().contains(channel);
    }

    /** Whether messages to the address are sent (not blocked, opted out or invalid). */
    @Transactional(readOnly = true)
    public boolean reachable(ChannelId channel, String address) {
        return !addresses.isInactive(channel.id(), address);
    }

    /**
     * For channels that deliver on the spot (the console): the address's pending messages, oldest
     * first, taken and marked sent.
     */
    @Transactional
    public List<OutboundMessage> takeLocal(ChannelId channel, String recipient) {
        List<OutboundMessage> taken = new ArrayList<>();
        for (OutboxMessage row : outbox.findByChannelAndRecipientAndStatusOrderByIdAsc(channel.id(), recipient,
                OutboxStatus.PENDING)) {
            taken.add(OutboxLedger.message(row));
            row.markSent(null, clock.instant());
        }
        return taken;
    }

    private Set<ChannelId> sendingChannels() {
        Set<ChannelId> channels = sendingChannels;
        if (channels == null) {
            channels = senders.orderedStream().map(ChannelSender::channel).collect(Collectors.toUnmodifiableSet());
            sendingChannels = channels;
        }
        return channels;
    }
}
