package org.tawasul.outbound;

import java.util.List;
import org.tawasul.conversations.message.Choice;
import org.tawasul.conversations.message.InputHint;

/**
 * One outbox row handed to a channel sender: who gets it, the text, the choices to render as
 * buttons or a list, the input hint (e.g. offer a share-contact keyboard), and which attempt this is.
 */
public record OutboundMessage(long outboxId, String channel, String recipient, String body, List<Choice> choices,
                              InputHint hint, int attempt) {

    public OutboundMessage {
        choices = choices == null ? List.of() : List.copyOf(choices);
        hint = hint == null ? InputHint.TEXT : hint;
    }
}
