package org.tawasul.cases;

import org.tawasul.cases.routing.Committee;
import org.tawasul.cases.routing.OfficerDirectory;
import org.tawasul.conversations.flow.LocalizedText;

/** Who studies a new case: an enquiry's contact officer, or the committee for requests or complaints. */
record Assignee(AssigneeKind kind, String id, LocalizedText name) {

    /**
     * An enquiry goes to the contact officer of the member's category and field of work (the default officer
     * for a non-member), a service request to the requests committee (P6), a complaint to the follow-up
     * committee (P9, P12).
     */
    static Assignee of(OpenCase command, OfficerDirectory directory) {
        return switch (command.type()) {
            case ENQUIRY -> {
                var officer = command.memberId() == null ? directory.defaultOfficer()
                        : directory.contactOfficerFor(command.memberCategory(), command.memberFieldOfWork());
                yield new Assignee(AssigneeKind.OFFICER, officer.id(), officer.name());
            }
            case SERVICE_REQUEST -> committee(directory, Committee.REQUESTS);
            case COMPLAINT, FOLLOW_UP -> committee(directory, Committee.FOLLOW_UP);
        };
    }

    private static Assignee committee(OfficerDirectory directory, String id) {
        Committee committee = directory.committee(id);
        return new Assignee(AssigneeKind.COMMITTEE, committee.id(), committee.name());
    }
}
