package org.tawasul.channels.twilio;

import org.tawasul.channels.ChannelId;
import org.tawasul.channels.TextParts;

/** SMS segments as Twilio bills them ({@link SmsSegments}: GSM-7 153 septets a part, UCS-2 67 units). */
public final class SmsParts implements TextParts {

    private final ChannelId channel;

    public SmsParts(ChannelId channel) {
        this.channel = channel;
    }

    @Override
    public ChannelId channel() {
        return channel;
    }

    @Override
    public int parts(String text) {
        return SmsSegments.of(text).count();
    }
}
