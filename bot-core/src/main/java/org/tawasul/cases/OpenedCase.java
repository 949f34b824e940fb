package org.tawasul.cases;

import java.time.LocalDate;
import org.tawasul.conversations.flow.LocalizedText;

/**
 * What the member is told when their case is opened: its reference, the day the answer is due and who
 * studies it.
 *
 * @param assignee the officer's or committee's name in both languages
 */
public record OpenedCase(long caseId, CaseReference reference, LocalDate dueOn, LocalizedText assignee) {
}
