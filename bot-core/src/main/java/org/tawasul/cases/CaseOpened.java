package org.tawasul.cases;

/** A case was opened; published when the case is saved. Carries no personal data. */
public record CaseOpened(long caseId, CaseReference reference, CaseType type) {
}
