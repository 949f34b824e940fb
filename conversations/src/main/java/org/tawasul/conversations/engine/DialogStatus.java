package org.tawasul.conversations.engine;

/** Where a conversation stands between turns. */
public enum DialogStatus {
    /** No dialog under way: the next message opens the menu. */
    IDLE,
    /** A flow is under way at a step. */
    ACTIVE,
    /** Handed to staff: the member's messages are passed on until they return to the menu. */
    HANDOFF
}
