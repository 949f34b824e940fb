package org.tawasul.conversations.engine;

import java.util.List;
import org.tawasul.conversations.message.Outbound;

/** What one turn produced: the state to store, the messages to send, the events to act on. */
public record TurnResult(ConversationState state, List<Outbound> messages, List<DialogEvent> events) {

    public TurnResult {
        messages = List.copyOf(messages);
        events = List.copyOf(events);
    }
}
