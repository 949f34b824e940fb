/**
 * Outbound delivery: channel senders behind one small SPI ({@link org.tawasul.outbound.ChannelSender}),
 * fed from the outbox by the {@link org.tawasul.outbound.OutboxDispatcher} with pacing, retries and permanent
 * refusals handled in one place.
 */
package org.tawasul.outbound;
