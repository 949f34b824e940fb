package org.tawasul.lease;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.tawasul.db.lease.Leases;

/** A node's name in the lease table, and what it means for a restart, on a real lease table (H2). */
class NodeIdentityTests {

    @TempDir Path locks;

    @Test
    void theDefaultNameIsTheHostAndFolderAndOnlyOneProcessAtATimeHasIt() {
        NodeIdentity first = NodeIdentity.resolve(null, locks);
        NodeIdentity second = NodeIdentity.resolve("  ", locks);
        assertThat(first.name()).endsWith(":" + Path.of("").toAbsolutePath().normalize());
        assertThat(second.name()).as("a second process in the same folder is another node")
                .startsWith(first.name() + "/").isNotEqualTo(first.name());
        first.close();
        assertThat(NodeIdentity.resolve(null, locks).name()).as("the next process after it: the same node")
                .isEqualTo(first.name());
    }

    @Test
    void aConfiguredNameIsUsedAsGiven() {
        assertThat(NodeIdentity.resolve(" node-a ", locks).name()).isEqualTo("node-a");
    }

    @Test
    void aRestartedNodeTakesItsOwnLeaseBackAtOnceWhileAnotherNodeStillWaits() {
        Leases leases = leases();
        NodeIdentity node = NodeIdentity.resolve(null, locks);
        DatabaseLease beforeTheCrash = lease(leases, node.name());
        assertThat(beforeTheCrash.hold()).isTrue();
        node.close(); // the process dies: its grant of 30 s is still in the table, never released

        NodeIdentity restarted = NodeIdentity.resolve(null, locks);
        NodeIdentity other = NodeIdentity.resolve("other-node", locks);
        assertThat(lease(leases, other.name()).hold()).as("another node waits for the grant to run out").isFalse();
        DatabaseLease afterTheRestart = lease(leases, restarted.name());
        assertThat(afterTheRestart.hold()).as("the same node takes it back at once").isTrue();
        afterTheRestart.release();
        restarted.close();
    }

    private static DatabaseLease lease(Leases leases, String holder) {
        return new DatabaseLease(leases, "telegram-polling", "polls", Duration.ofSeconds(30), Duration.ofSeconds(10), holder);
    }

    private static Leases leases() {
        DriverManagerDataSource data = new DriverManagerDataSource(
                "jdbc:h2:mem:leases-" + System.nanoTime() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        JdbcTemplate jdbc = new JdbcTemplate(data);
        jdbc.execute("CREATE TABLE lease (name VARCHAR(100) PRIMARY KEY, holder VARCHAR(200) NOT NULL, held_until BIGINT NOT NULL)");
        return new Leases(jdbc);
    }
}
