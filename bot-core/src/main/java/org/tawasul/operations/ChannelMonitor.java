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

    /**
     * Further figures of this channel's receiver for its health (counts and times only, never personal
     * data), e.g. when each kind of webhook was last received; none by default.
     */
    default java.util.Map<String, Object> details() {
        return java.util.Map.of();
    }
}
