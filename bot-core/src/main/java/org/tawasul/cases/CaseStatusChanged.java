package org.tawasul.cases;

/** A case moved from one status to another; published when the case is saved. */
public record CaseStatusChanged(long caseId, CaseReference reference, CaseStatus from, CaseStatus to) {
}
