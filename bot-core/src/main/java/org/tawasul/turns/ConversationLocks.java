package org.tawasul.turns;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Serialises turns of one conversation inside this process with a fixed set of striped locks
 * (bounded memory; two conversations sharing a stripe merely wait for each other). Across
 * processes the conversation row's version column does the same job.
 */
final class ConversationLocks {

    private final ReentrantLock[] stripes;

    ConversationLocks(int stripes) {
        this.stripes = new ReentrantLock[stripes];
        for (int i = 0; i < stripes; i++) {
            this.stripes[i] = new ReentrantLock();
        }
    }

    /** The lock guarding this conversation. */
    ReentrantLock forConversation(String channel, String address) {
        int hash = 31 * channel.hashCode() + address.hashCode();
        hash ^= hash >>> 16;
        return stripes[Math.floorMod(hash, stripes.length)];
    }
}
