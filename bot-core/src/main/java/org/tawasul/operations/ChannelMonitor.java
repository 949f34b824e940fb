package org.tawasul.operations;

import org.tawasul.channels.ChannelId;

/**
 * The role by which a channel's runtime tells operators how its receiving side is doing; each
 * channel that receives provides one bean. Health and metrics are built from these and from the
 * outbox and inbox figures, the same way for every channel.
 */
public interface ChannelMonitor {

    ChannelId channel();

    /** The receiver's state now. */
    ReceiverStatus status();
}
