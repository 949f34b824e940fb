package org.tawasul.operations;

import java.time.Duration;
import java.time.Instant;

/**
 * How a channel's receiver is doing.
 *
 * @param mode         how events arrive (e.g. {@code polling}, {@code webhook}, {@code send-only})
 * @param receiving    whether this node receives now (a polling node holding the lease; any webhook node)
 * @param lastReceived when the receiver last heard from the provider successfully (a poll that returned, a
 *                     webhook call stored), or null if not yet
 * @param since        when the receiver started on this node
 * @param leaseHolder  the node that holds the channel's lease, if it has one (a name, never personal data)
 * @param staleAfter   when set, the receiver is DOWN if it is receiving and has not heard from the provider for
 *                     this long (polling: a poll returns at least every poll timeout); null where silence is
 *                     normal (webhooks: no traffic is not a failure)
 */
public record ReceiverStatus(String mode, boolean receiving, Instant lastReceived, Instant since, String leaseHolder,
                             Duration staleAfter) {

    /** Whether the receiver should have heard from the provider by {@code now} and has not. */
    public boolean isStale(Instant now) {
        if (!receiving || staleAfter == null) {
            return false;
        }
        Instant last = lastReceived != null ? lastReceived : since;
        return last != null && Duration.between(last, now).compareTo(staleAfter) > 0;
    }
}
