package org.tawasul.outbound;

import java.util.List;
import org.tawasul.conversations.message.Choice;
import org.tawasul.conversations.message.InputHint;

/**
 * One outbox row handed to a channel sender: who gets it, the text, the choices to render as
 * buttons or a list, the input hint (e.g. offer a share-contact keyboard), which attempt this is,
 * and, for a text sent as several parts, how many parts earlier attempts delivered (to skip).
 */
public record OutboundMessage(long outboxId, String channel, String recipient, String body, List<Choice> choices,
                              InputHint hint, int attempt, int partsSent) {

    public OutboundMessage {
        choices = choices == null ? List.of() : List.copyOf(choices);
        hint = hint == null ? InputHint.TEXT : hint;
        if (partsSent < 0) {
            throw new IllegalArgumentException("partsSent must not be negative: " + partsSent);
        }
    }

    /** A message none of whose parts was delivered yet. */
    public OutboundMessage(long outboxId, String channel, String recipient, String body, List<Choice> choices,
                           InputHint hint, int attempt) {
        this(outboxId, channel, recipient, body, choices, hint, attempt, 0);
    }
}
