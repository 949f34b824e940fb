package org.tawasul.cases;

/** Who a case is assigned to: a contact officer or a committee, by id in the officers file. */
public enum AssigneeKind {
    OFFICER, COMMITTEE
}
