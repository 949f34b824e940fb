package org.tawasul.db.lease;

import java.time.Duration;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Named leases (table {@code lease}) shared by all nodes on one database: one holder at a time,
 * timed by the database's clock. Each call commits on its own.
 */
@Repository
@Transactional(propagation = Propagation.REQUIRES_NEW)
public class Leases {

    private final JdbcTemplate jdbc;

    public Leases(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the lease, or renews it for its holder, for {@code duration} from now.
     *
     * @return true when {@code holder} holds the lease now; false when another holder does
     */
    public boolean acquire(String name, String holder, Duration duration) {
        long seconds = Math.max(1, duration.toSeconds());
        try {
            // the row is looked for without a lock first: an UPDATE of a missing row would lock the gap
            // in the index (InnoDB), and nodes inserting into that gap at once deadlock
            Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM lease WHERE name = ?", Integer.class, name);
            if (rows == null || rows == 0) {
                jdbc.update("INSERT INTO lease (name, holder, held_until) VALUES (?, ?, UNIX_TIMESTAMP() + ?)",
                        name, holder, seconds);
                return true;
            }
            return jdbc.update("""
                    UPDATE lease SET holder = ?, held_until = UNIX_TIMESTAMP() + ?
                    WHERE name = ? AND (holder = ? OR held_until < UNIX_TIMESTAMP())""", holder, seconds, name, holder) > 0;
        } catch (DuplicateKeyException | PessimisticLockingFailureException takenMeanwhile) {
            return false; // another node took it at the same moment
        }
    }

    /** Gives the lease up if {@code holder} holds it, so another may take it at once. */
    public void release(String name, String holder) {
        jdbc.update("UPDATE lease SET held_until = 0 WHERE name = ? AND holder = ?", name, holder);
    }

    /** Who holds the lease now, or null when nobody does. */
    public String holderOf(String name) {
        List<String> holders = jdbc.queryForList(
                "SELECT holder FROM lease WHERE name = ? AND held_until >= UNIX_TIMESTAMP()", String.class, name);
        return holders.isEmpty() ? null : holders.get(0);
    }
}
