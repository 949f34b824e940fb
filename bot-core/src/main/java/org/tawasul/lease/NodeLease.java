package org.tawasul.lease;

/**
 * A job that must run on one node at a time (long polling a bot, sending the outbox at the
 * providers' overall rate): the node holding the lease runs it, the others wait and take over when
 * it stops or dies.
 */
public interface NodeLease {

    /** Whether this node holds the lease now (taking it when free, renewing it when due). */
    boolean hold();

    /** How long to wait before asking again when the lease is held elsewhere. */
    long retryMillis();

    /** Gives the lease up (stopping), so another node may take it at once. */
    void release();

    /** The name of the node holding the lease now, or null when none does (may ask the database). */
    default String holder() {
        return null;
    }

    /** No lease: this node runs the job whenever it runs (tests, single-node tools). */
    NodeLease ALWAYS = new NodeLease() {
        @Override
        public boolean hold() {
            return true;
        }

        @Override
        public long retryMillis() {
            return 0;
        }

        @Override
        public void release() {
        }
    };
}
