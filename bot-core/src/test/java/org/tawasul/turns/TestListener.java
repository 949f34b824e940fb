package org.tawasul.turns;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.tawasul.conversations.engine.DialogEvent;

/** Records completed dialogs by address, and fails on demand to show that a turn commits whole or not at all. */
@Component
class TestListener implements DialogEventListener {

    final Map<String, Map<String, String>> completed = new ConcurrentHashMap<>();
    volatile String failFor;
    /** Fails the turns that start this flow, for any address. */
    volatile String failStartOf;
    /** How many more events fail as a database deadlock's loser does (the transaction rolled back by the database). */
    final java.util.concurrent.atomic.AtomicInteger deadlocks = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public void on(TurnContext context, DialogEvent event) {
        if (deadlocks.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new org.springframework.dao.CannotAcquireLockException(
                    "Deadlock found when trying to get lock; try restarting transaction");
        }
        if (context.address().equals(failFor)) {
            throw new IllegalStateException("listener failed on purpose");
        }
        if (event instanceof DialogEvent.DialogStarted started && started.flowId().equals(failStartOf)) {
            throw new IllegalStateException("listener failed on purpose when " + started.flowId() + " started");
        }
        if (event instanceof DialogEvent.DialogCompleted done) {
            completed.put(context.address(), done.answers());
        }
    }
}
