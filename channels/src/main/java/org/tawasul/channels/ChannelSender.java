package org.tawasul.channels;

/**
 * Sends one message on one channel and classifies the provider's answer. Implementations never
 * throw for provider errors; they translate them into a {@link SendOutcome}. They do no pacing and
 * no retrying: the outbox dispatcher owns both, at the {@link #defaultPacing() pacing} the sender
 * declares unless the operator configures another.
 */
public interface ChannelSender {

    /** The channel this sender sends on. */
    ChannelId channel();

    /** The provider's limits, used when the operator sets none for this channel. */
    Pacing defaultPacing();

    SendOutcome send(OutboundMessage message);
}
