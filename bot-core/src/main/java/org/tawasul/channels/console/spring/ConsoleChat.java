package org.tawasul.channels.console.spring;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.tawasul.channels.ChannelId;
import org.tawasul.channels.OutboundMessage;
import org.tawasul.channels.console.ConsoleRenderer;
import org.tawasul.channels.console.ConsoleTranslator;
import org.tawasul.outbound.Outbox;
import org.tawasul.turns.InboundTurn;
import org.tawasul.turns.TurnProcessor;

/**
 * Chats with one member at the console: each line read goes through the inbox and a turn like
 * any channel's message, and the console's pending outbox rows are then printed and marked sent.
 */
@Component
public class ConsoleChat {

    private final TurnProcessor turns;
    private final Outbox outbox;
    private final Clock clock;

    public ConsoleChat(TurnProcessor turns, Outbox outbox, Clock clock) {
        this.turns = turns;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Reads lines until end of input, answering each.
     *
     * @param address the member's console identity; the same address continues the same conversation
     * @param echo    whether to print the member's lines too (for piped input, so the output reads as a dialog)
     * @return the number of lines answered
     */
    public int run(BufferedReader in, PrintStream out, String address, boolean echo) throws IOException {
        String session = Long.toString(clock.millis(), 36);
        turns.processPending(100);
        deliver(address, out);
        int lines = 0;
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            lines++;
            if (echo) {
                out.println("> " + line.strip());
            }
            String providerId = session + "-" + lines;
            turns.handle(ChannelId.CONSOLE, providerId, address, InboundTurn.of(ConsoleTranslator.translate(line)));
            deliver(address, out);
        }
        out.flush();
        return lines;
    }

    /** Prints the member's pending messages in order and marks them sent. */
    private void deliver(String address, PrintStream out) {
        for (OutboundMessage message : outbox.takeLocal(ChannelId.CONSOLE, address)) {
            ConsoleRenderer.render(message).forEach(out::println);
            out.println();
        }
        out.flush();
    }
}
