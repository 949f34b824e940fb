package org.tawasul.db.inbox;

/**
 * An inbox event waiting for its turn, as the turn processor walks a conversation's queue: its id and how many
 * times its turn failed.
 */
public record WaitingEvent(long id, int attempts) {
}
