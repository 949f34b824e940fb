package org.tawasul.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tawasul.channels.console.ConsoleChannel;
import org.tawasul.db.outbox.OutboxMessage;
import org.tawasul.db.outbox.OutboxRepository;
import org.tawasul.db.outbox.OutboxStatus;
import org.tawasul.turns.InboundTurn;
import org.tawasul.turns.Json;
import org.tawasul.turns.TurnProcessor;

/**
 * Chats with one member at the console: each line read goes through the inbox and a turn like
 * any channel's message, and the console's pending outbox rows are then printed and marked sent.
 */
@Component
public class ConsoleChat {

    private final TurnProcessor turns;
    private final OutboxRepository outbox;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public ConsoleChat(TurnProcessor turns, OutboxRepository outbox, PlatformTransactionManager transactions, Clock clock) {
        this.turns = turns;
        this.outbox = outbox;
        this.transaction = new TransactionTemplate(transactions);
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
            turns.handle(ConsoleChannel.NAME, providerId, address, InboundTurn.of(ConsoleChannel.parse(line)));
            deliver(address, out);
        }
        out.flush();
        return lines;
    }

    /** Prints the member's pending messages in order and marks them sent. */
    private void deliver(String address, PrintStream out) {
        transaction.executeWithoutResult(status -> {
            List<OutboxMessage> pending = outbox.findByChannelAndRecipientAndStatusOrderByIdAsc(
                    ConsoleChannel.NAME, address, OutboxStatus.PENDING);
            for (OutboxMessage message : pending) {
                ConsoleChannel.render(message.getBody(), Json.choices(message.getChoices())).forEach(out::println);
                out.println();
                message.markSent(null, clock.instant());
            }
        });
        out.flush();
    }
}
