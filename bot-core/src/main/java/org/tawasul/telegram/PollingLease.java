package org.tawasul.telegram;

/** Who may poll: Telegram serves one getUpdates caller per bot, so one node holds the lease. */
interface PollingLease {

    /** Whether this node holds the lease now (taking it when free). */
    boolean hold();

    /** How long to wait before asking again when the lease is held elsewhere. */
    long retryMillis();

    /** Gives the lease up (stopping), so another node may take it at once. */
    void release();

    /** No lease: this node polls whenever it runs. */
    PollingLease ALWAYS = new PollingLease() {
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
