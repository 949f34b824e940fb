package org.tawasul.cases;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tawasul.cases.routing.OfficerDirectory;
import org.tawasul.cases.sla.WorkingCalendar;

/** Opens cases: reference, SLA deadline, assignee and the OPENED line, in one transaction. */
@Service
public class CaseService {

    private final CaseRepository cases;
    private final CaseNumbers numbers;
    private final WorkingCalendar calendar;
    private final OfficerDirectory officers;
    private final int workingDays;

    CaseService(CaseRepository cases, CaseNumbers numbers, WorkingCalendar calendar, OfficerDirectory officers,
            SlaSettings settings) {
        this.cases = cases;
        this.numbers = numbers;
        this.calendar = calendar;
        this.officers = officers;
        this.workingDays = settings.workingDays();
    }

    /**
     * Opens a SUBMITTED case: the next reference of its type in the year of {@code now} (Riyadh), due
     * {@code tawasul.sla.working-days} working days after that day, assigned by type (see {@link Assignee}),
     * with an OPENED line in its trail; {@link CaseOpened} is published. Joins the caller's transaction
     * (e.g. the turn's), so the case commits with the dialog's last answer or not at all.
     */
    @Transactional
    public OpenedCase open(OpenCase command) {
        LocalDate day = LocalDate.ofInstant(command.now(), WorkingCalendar.ZONE);
        CaseReference reference = CaseReference.of(command.type(), day.getYear(),
                numbers.next(command.type(), day.getYear()));
        LocalDate dueOn = calendar.addWorkingDays(day, workingDays);
        Assignee assignee = Assignee.of(command, officers);
        Case opened = cases.save(Case.open(command, reference, assignee.kind(), assignee.id(), dueOn));
        return new OpenedCase(opened.getId(), reference, dueOn, assignee.name());
    }
}
