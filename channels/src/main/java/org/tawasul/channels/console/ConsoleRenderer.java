package org.tawasul.channels.console;

import java.util.List;
import org.tawasul.channels.OutboundMessage;
import org.tawasul.conversations.message.Outbound;
import org.tawasul.conversations.message.PlainText;

/** Renders an outbound message as console lines: its text, then its choices numbered from 1. */
public final class ConsoleRenderer {

    private ConsoleRenderer() {
    }

    /** The lines to print for a message. */
    public static List<String> render(OutboundMessage message) {
        return PlainText.lines(new Outbound(message.body(), message.choices(), null));
    }
}
