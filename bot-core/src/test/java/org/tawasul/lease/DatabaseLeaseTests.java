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
            Duration.ofMillis(100));

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
    void whileTheDatabaseIsAwayTheLeaseLastsOnlyTheTimeGranted() {
        when(leases.acquire(eq("job"), anyString(), any())).thenReturn(true)
                .thenThrow(new DataAccessResourceFailureException("database away"));
        assertThat(lease.hold()).isTrue();
        verify(leases, org.mockito.Mockito.timeout(5_000).atLeast(2)).acquire(eq("job"), anyString(), any());
        // renewals keep failing: once the grant is nearly over the job stops (and hold() cannot take it either)
        await().atMost(Duration.ofSeconds(5)).until(() -> !lease.hold());
        verify(leases, atLeast(3)).acquire(eq("job"), anyString(), any());
    }

    @Test
    void aLeaseMustBeRenewedAtLeastTwiceInItsDuration() {
        assertThatThrownBy(() -> new DatabaseLease(leases, "job", "does the job", Duration.ofSeconds(10), Duration.ofSeconds(6)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
