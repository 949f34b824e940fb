package org.tawasul.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tawasul.cases.sla.WorkingCalendar;

/**
 * The one way a case changes status, for every caller (the {@code case} command, staff email, the staff
 * console, the member answering what a case awaits): each change records the actor, the time, staff's
 * note and what the member is told, and publishes {@link CaseStatusChanged}, whose listeners (the
 * member's notification) write in the same transaction — so a change never commits without its
 * notification, nor the other way round.
 */
@Service
public class CaseLifecycle {

    /**
     * A change asked for.
     *
     * @param actor   who: {@code staff:ID}, {@code member:ID}, {@code system}
     * @param note    staff's own note, never shown to the member (may be null)
     * @param message what the member reads with the change: the answer, the reason, what is missing (may be null)
     */
    public record Change(CaseReference reference, CaseStatus to, String actor, String note, String message) {
        public Change {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(to, "to");
            if (actor == null || actor.isBlank()) {
                throw new IllegalArgumentException("a change needs an actor");
            }
        }
    }

    private final CaseRepository cases;
    private final Clock clock;

    CaseLifecycle(CaseRepository cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    /**
     * Makes the change, or throws: {@link CaseNotFound} for an unknown reference, {@link IllegalStateException}
     * for a change the case's status or type does not allow (naming the status and the allowed ones).
     */
    @Transactional
    public Case change(Change change) {
        Case found = cases.findByReference(change.reference()).orElseThrow(() -> new CaseNotFound(change.reference()));
        found.changeStatus(change.to(), change.actor(), clock.instant(), change.note(), change.message());
        return cases.save(found);
    }

    /** The member sent what the case awaited: kept on the case, which goes back to review. */
    @Transactional
    public Case memberReplied(CaseReference reference, String actor, String text) {
        Case found = cases.findByReference(reference).orElseThrow(() -> new CaseNotFound(reference));
        found.memberReplied(actor, clock.instant(), text);
        return cases.save(found);
    }

    /** Why the change cannot be made now, or empty when it can (nothing is changed; the caller's transaction is left intact). */
    @Transactional(readOnly = true)
    public java.util.Optional<String> refusalOf(Change change) {
        return cases.findByReference(change.reference()).map(found -> found.refusalOf(change.to()))
                .orElseGet(() -> java.util.Optional.of("No case " + change.reference()));
    }

    /** Staff wrote to the member (a relayed email reply): recorded on the case, encrypted. */
    @Transactional
    public Case staffWrote(CaseReference reference, String actor, String text) {
        Case found = cases.findByReference(reference).orElseThrow(() -> new CaseNotFound(reference));
        found.staffWrote(actor, clock.instant(), text);
        return cases.save(found);
    }

    /** The member wrote to staff about the case (relayed to the officer): recorded on the case, encrypted. */
    @Transactional
    public Case memberWrote(CaseReference reference, String actor, String text) {
        Case found = cases.findByReference(reference).orElseThrow(() -> new CaseNotFound(reference));
        found.memberWrote(actor, clock.instant(), text);
        return cases.save(found);
    }

    /** Staff's internal note, never shown to the member. */
    @Transactional
    public Case note(CaseReference reference, String actor, String note) {
        Case found = cases.findByReference(reference).orElseThrow(() -> new CaseNotFound(reference));
        found.staffNote(actor, clock.instant(), note);
        return cases.save(found);
    }

    /** The case goes to another officer or committee ({@link CaseAssigned} tells the new one). */
    @Transactional
    public Case assign(CaseReference reference, AssigneeKind kind, String assigneeId, String actor) {
        Case found = cases.findByReference(reference).orElseThrow(() -> new CaseNotFound(reference));
        found.assign(kind, assigneeId, actor, clock.instant());
        return cases.save(found);
    }

    /** A case with its trail, for staff. */
    @Transactional(readOnly = true)
    public Case show(CaseReference reference) {
        Case found = cases.findByReference(reference).orElseThrow(() -> new CaseNotFound(reference));
        found.getEvents().size(); // the trail, while the transaction is open
        return found;
    }

    /** Cases in any of the statuses (all when empty), oldest first; only those past their due date when {@code overdue}. */
    @Transactional(readOnly = true)
    public List<Case> list(List<CaseStatus> statuses, boolean overdue) {
        List<CaseStatus> wanted = statuses.isEmpty() ? List.of(CaseStatus.values()) : statuses;
        LocalDate today = LocalDate.ofInstant(clock.instant(), WorkingCalendar.ZONE);
        return cases.findByStatusInOrderByIdAsc(wanted).stream()
                .filter(c -> !overdue || c.getStatus().isOpen() && c.getDueOn().isBefore(today))
                .toList();
    }
}
