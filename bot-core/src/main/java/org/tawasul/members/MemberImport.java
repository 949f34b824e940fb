package org.tawasul.members;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tawasul.conversations.input.SaudiNationalId;
import org.tawasul.db.member.MemberRegistry;
import org.tawasul.db.member.MemberRegistry.Change;

/** Writes checked rows into the member registry in one transaction, keyed by member number: all of them or none. */
@Service
class MemberImport {

    /** Rows after which the persistence context is emptied (every row is flushed already), so flushes stay cheap. */
    private static final int CLEAR_EVERY = 200;

    /** What an import did. */
    record Counts(int added, int changed, int unchanged) {

        @Override
        public String toString() {
            return added + " added, " + changed + " changed, " + unchanged + " unchanged";
        }
    }

    private final MemberRegistry registry;
    private final TransactionTemplate transaction;
    private final EntityManager entityManager;
    private final Clock clock;

    MemberImport(MemberRegistry registry, PlatformTransactionManager transactions, EntityManager entityManager,
            Clock clock) {
        this.registry = registry;
        this.transaction = new TransactionTemplate(transactions);
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Adds the new members and changes the changed ones, in one transaction.
     *
     * @throws RowRejected when the database refuses a row (e.g. a national ID that another member in the
     *                     database has); the transaction is then rolled back
     */
    Counts importAll(List<MemberRowCheck.CheckedRow> rows) {
        Instant now = clock.instant();
        return transaction.execute(status -> {
            int[] counts = new int[Change.values().length];
            for (int i = 0; i < rows.size(); i++) {
                counts[upsert(rows.get(i), now).ordinal()]++;
                if ((i + 1) % CLEAR_EVERY == 0) {
                    entityManager.clear();
                }
            }
            return new Counts(counts[Change.ADDED.ordinal()], counts[Change.CHANGED.ordinal()],
                    counts[Change.UNCHANGED.ordinal()]);
        });
    }

    private Change upsert(MemberRowCheck.CheckedRow row, Instant now) {
        try {
            return registry.upsert(row.details(), now);
        } catch (DataIntegrityViolationException e) {
            throw new RowRejected(row.line(), reason(e, row));
        }
    }

    /** The constraint's name says which; the database's own message may hold values, so it is not shown. */
    private static String reason(DataIntegrityViolationException e, MemberRowCheck.CheckedRow row) {
        String message = String.valueOf(e.getMostSpecificCause().getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("uk_member_national_id_hash")) {
            return "national ID " + SaudiNationalId.mask(row.details().nationalId())
                    + " already belongs to another member in the database";
        }
        if (message.contains("uk_member_member_number")) {
            return "member number " + row.details().memberNumber() + " was added by someone else during the import";
        }
        return "the database refused the row (" + e.getMostSpecificCause().getClass().getSimpleName() + ")";
    }
}
