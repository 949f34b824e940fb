package org.tawasul.lease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.tawasul.db.lease.Leases;

/** The lease's life on a node, with the database's answers played by a mock (the SQL is tested in the db module). */
class DatabaseLeaseTests {

    private final Leases leases = mock(Leases.class);
    private final DatabaseLease lease = new DatabaseLease(leases, "job", "does the job", Duration.ofMillis(600),
            Duration.ofMillis(100), "this-node");

    @AfterEach
    void release() {
        lease.release();
    }

    @Test
    void aTakenLeaseIsRenewedInTheBackgroundAndGivenBackAtRelease() {
        when(leases.acquire(eq("job"), anyString(), any())).thenReturn(true);
        assertThat(lease.hold()).isTrue();
        verify(leases, org.mockito.Mockito.timeout(5_000).atLeast(3)).acquire(eq("job"), anyString(), eq(Duration.ofMillis(600)));
        assertThat(lease.hold()).isTrue();

        lease.release();
        verify(leases).release(eq("job"), anyString());
        assertThat(lease.hold()).as("taken again").isTrue();
    }

    @Test
    void aLeaseHeldElsewhereIsNotHeldHere() {
        when(leases.acquire(eq("job"), anyString(), any())).thenReturn(false);
        when(leases.holderOf("job")).thenReturn("other-node");
        assertThat(lease.hold()).isFalse();
        assertThat(lease.retryMillis()).isBetween(1_000L, 5_000L);
    }

    @Test
    void aLeaseTakenOverByAnotherNodeStopsTheJobAtTheNextRenewal() {
        when(leases.acquire(eq("job"), anyString(), any())).thenReturn(true, false);
        assertThat(lease.hold()).isTrue();
        await().atMost(Duration.ofSeconds(5)).until(() -> !lease.hold());
        verify(leases, atLeast(2)).acquire(eq("job"), anyString(), any());
    }

    @Test
    void whileTheDatabaseIsAwayTheLeaseLastsTheTimeGrantedAndNoLonger() {
        when(leases.acquire(eq("job"), anyString(), any())).thenReturn(true)
                .thenThrow(new DataAccessResourceFailureException("database away"));
        long taken = System.nanoTime();
        assertThat(lease.hold()).isTrue();
        verify(leases, org.mockito.Mockito.timeout(5_000).atLeast(2)).acquire(eq("job"), anyString(), any());
        assertThat(lease.hold()).as("a failed renewal within the grant keeps the job going").isTrue();
        // renewals keep failing: once the grant is nearly over the job stops (and hold() cannot take it either)
        long heldMillis = lastAskedWhileHeld(taken);
        assertThat(heldMillis).as("held until near the end of the 600 ms grant, not beyond it")
                .isBetween(300L, 599L);
        verify(leases, atLeast(3)).acquire(eq("job"), anyString(), any());
    }

    @Test
    @org.junit.jupiter.api.Timeout(20) // a hold() that waits for the stuck renewal would hang here
    void aRenewalStuckInTheDatabaseEndsTheHoldBeforeTheGrantRunsOut() throws Exception {
        java.util.concurrent.CountDownLatch stuck = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        when(leases.acquire(eq("job"), anyString(), any())).thenAnswer(call -> switch (calls.incrementAndGet()) {
            case 1 -> true;
            case 2 -> {
                stuck.await(); // the renewal blocks far longer than the lease lasts
                yield true;
            }
            default -> false;        // meanwhile the grant ran out and another node took the lease
        });
        long attempt = System.nanoTime();
        assertThat(lease.hold()).isTrue();
        try {
            verify(leases, org.mockito.Mockito.timeout(5_000).atLeast(2)).acquire(eq("job"), anyString(), any());
            // hold() answers at once while the renewal hangs: held within the grant, then no longer
            assertThat(lastAskedWhileHeld(attempt)).as("counted from before the attempt, within the 600 ms grant")
                    .isLessThan(600L);
        } finally {
            stuck.countDown();
        }
    }

    /**
     * Asks {@code hold()} until it says no (at most 5 s) and returns when, in ms after {@code from}, it
     * was last asked with a yes: the time before the call, so that the figure is an upper bound no
     * matter how late the answer came back.
     */
    private long lastAskedWhileHeld(long from) {
        long lastYes = from;
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            long asked = System.nanoTime();
            if (!lease.hold()) {
                return (lastYes - from) / 1_000_000;
            }
            lastYes = asked;
        }
        throw new AssertionError("the lease was still held after 5 s");
    }

    @Test
    void aGrantIsBelievedForLessThanItLasts() {
        assertThat(DatabaseLease.validity(Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(26));
        assertThat(DatabaseLease.validity(Duration.ofMillis(600))).isEqualTo(Duration.ofMillis(540));
    }

    @Test
    void aLeaseMustBeRenewedAtLeastTwiceInItsDuration() {
        assertThatThrownBy(() -> new DatabaseLease(leases, "job", "does the job", Duration.ofSeconds(10), Duration.ofSeconds(6), "n"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
