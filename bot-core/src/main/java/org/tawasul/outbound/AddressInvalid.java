package org.tawasul.outbound;

import org.tawasul.channels.ChannelId;

/**
 * A provider refused a message because its address does not exist (an invalid number: Twilio 21211,
 * 21614, ...); the address is marked invalid. Carries ids only: the address is read with
 * {@link Outbox#recipientOf}; {@code error} is the provider's code and text, numbers masked.
 */
public record AddressInvalid(long outboxId, ChannelId channel, String error) {
}
