package org.tawasul.cases;

/** A case went to another officer or committee; published when the case is saved. Carries no personal data. */
public record CaseAssigned(long caseId, CaseReference reference, AssigneeKind kind, String assigneeId) {
}
