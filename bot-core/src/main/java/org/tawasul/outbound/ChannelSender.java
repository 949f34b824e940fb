package org.tawasul.outbound;

/**
 * Sends one message on one channel and classifies the provider's answer. Implementations never
 * throw for provider errors; they translate them into a {@link SendOutcome}. They do no pacing and
 * no retrying: the dispatcher owns both.
 */
public interface ChannelSender {

    /** The channel name used in the inbox, outbox and conversation tables (e.g. {@code telegram}). */
    String channel();

    SendOutcome send(OutboundMessage message);
}
