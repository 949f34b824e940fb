package org.tawasul.outbound;

import org.tawasul.channels.ChannelId;

/** A provider reported that a message it took could not be delivered; carries ids only, no personal data. */
public record MessageUndelivered(long outboxId, ChannelId channel, String errorCode) {
}
