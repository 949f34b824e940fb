package org.tawasul.cases;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case is in its lifecycle. SUBMITTED goes to UNDER_REVIEW, straight to ANSWERED, or to
 * AWAITING_MEMBER when staff need something from the member (P4); the member's answer brings it back
 * to UNDER_REVIEW. UNDER_REVIEW ends in ANSWERED, APPROVED or REJECTED; those three are CLOSED once the
 * member has been told.
 */
public enum CaseStatus {
    SUBMITTED, UNDER_REVIEW, AWAITING_MEMBER, ANSWERED, APPROVED, REJECTED, CLOSED;

    /** Statuses of a case still waiting for its answer. */
    public static final Set<CaseStatus> OPEN = Set.copyOf(EnumSet.of(SUBMITTED, UNDER_REVIEW, AWAITING_MEMBER));

    /** Statuses of a case that has had its answer or decision. */
    public static final Set<CaseStatus> COMPLETED = Set.copyOf(EnumSet.of(ANSWERED, APPROVED, REJECTED, CLOSED));

    /** The statuses a case in this one may move to. */
    public Set<CaseStatus> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(UNDER_REVIEW, ANSWERED, AWAITING_MEMBER);
            case UNDER_REVIEW -> EnumSet.of(ANSWERED, APPROVED, REJECTED, AWAITING_MEMBER);
            case AWAITING_MEMBER -> EnumSet.of(UNDER_REVIEW, ANSWERED, REJECTED);
            case ANSWERED, APPROVED, REJECTED -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(CaseStatus.class);
        };
    }

    /** Whether a case in this status may move to {@code target}. */
    public boolean canMoveTo(CaseStatus target) {
        return next().contains(target);
    }

    /** Whether the case has had its answer or decision. */
    public boolean isCompleted() {
        return COMPLETED.contains(this);
    }

    /** Whether the case still waits for its answer. */
    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
