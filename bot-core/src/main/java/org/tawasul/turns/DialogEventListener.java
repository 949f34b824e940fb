package org.tawasul.turns;

import java.time.Instant;
import org.tawasul.conversations.engine.DialogEvent;

/**
 * Acts on what a turn did (a completed dialog becomes a case, a hand-off alerts staff, ...).
 * Called inside the turn's transaction: what a listener writes commits with the turn or not at all.
 */
public interface DialogEventListener {

    /** Where the event happened. */
    record TurnContext(String channel, String address, long conversationId, long inboxId, Instant at) { }

    void on(TurnContext context, DialogEvent event);
}
