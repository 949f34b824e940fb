package org.tawasul.turns;

import java.time.Instant;
import org.tawasul.channels.ChannelId;

/**
 * An inbound event for an {@link InboundRoute}: where it came from, the provider's id for it, and
 * the data its channel stored (the route's own format).
 */
public record RoutedEvent(long inboxId, ChannelId channel, String providerId, String address, String data, Instant at) {
}
