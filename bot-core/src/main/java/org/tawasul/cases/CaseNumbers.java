package org.tawasul.cases;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tawasul.cases.sla.WorkingCalendar;

/**
 * Hands out reference numbers from {@code case_sequence}, one row per type and year, read with
 * {@code SELECT ... FOR UPDATE} in the transaction that opens the case: openings of one type serialise on
 * the row until they commit, so no two transactions on any node get the same number, and a rolled-back
 * opening gives its number back.
 * <p>The rows are created ahead, at start-up for this year and the next, so that opening a case never
 * inserts one. A row still missing (a node running through a whole year) is inserted in a transaction of
 * its own, on a second connection, after a plain read: a locking read of a missing row would take a gap
 * lock on MySQL/MariaDB that the insert would then wait on.
 */
@Component
class CaseNumbers {

    private static final Logger log = LoggerFactory.getLogger(CaseNumbers.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    CaseNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The next number of a type in a year; must run in the transaction that saves the case. */
    long next(CaseType type, int year) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A case number is taken in the transaction that opens the case");
        }
        if (!exists(type, year)) {
            log.info("Creating the reference counter of {} {} while opening a case", type, year);
            create(type, year);
        }
        Long next = jdbc.queryForObject("SELECT next_value FROM case_sequence WHERE type = ? AND ref_year = ? FOR UPDATE",
                Long.class, type.name(), year);
        jdbc.update("UPDATE case_sequence SET next_value = ? WHERE type = ? AND ref_year = ?", next + 1, type.name(), year);
        return next;
    }

    /** Creates the counters of every type for a year, if missing. */
    void prepare(int year) {
        for (CaseType type : CaseType.values()) {
            create(type, year);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void prepareThisYearAndNext() {
        int year = LocalDate.now(clock.withZone(WorkingCalendar.ZONE)).getYear();
        prepare(year);
        prepare(year + 1);
    }

    /** A plain, non-locking read. */
    private boolean exists(CaseType type, int year) {
        Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM case_sequence WHERE type = ? AND ref_year = ?",
                Integer.class, type.name(), year);
        return rows != null && rows > 0;
    }

    private void create(CaseType type, int year) {
        ownTransaction.executeWithoutResult(status -> {
            if (exists(type, year)) {
                return;
            }
            try {
                jdbc.update("INSERT INTO case_sequence (type, ref_year, next_value) VALUES (?, ?, 1)", type.name(), year);
            } catch (DuplicateKeyException e) {
                // another thread or node created it first
            }
        });
    }
}
