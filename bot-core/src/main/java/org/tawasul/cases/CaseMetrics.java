package org.tawasul.cases;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Counts cases opened by type ({@code tawasul.cases.opened}) and status changes by the status reached
 * ({@code tawasul.cases.status.changed}), from the cases' own events, once their transaction has
 * committed (a rolled-back opening is not counted).
 */
@Component
class CaseMetrics {

    private final MeterRegistry registry;

    CaseMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(CaseOpened opened) {
        Counter.builder("tawasul.cases.opened").description("Cases opened").tag("type", opened.type().name().toLowerCase())
                .register(registry).increment();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(CaseStatusChanged changed) {
        Counter.builder("tawasul.cases.status.changed").description("Case status changes by the status reached")
                .tag("to", changed.to().name().toLowerCase()).register(registry).increment();
    }
}
