package org.tawasul.cases;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** Cases written for staff at a terminal: a list as tab-separated lines, one case in full with its trail. */
final class CaseText {

    private CaseText() {
    }

    static int list(List<Case> cases, PrintStream out) {
        out.println("reference\ttype\tstatus\tassignee\tdue_on\tcreated_at");
        for (Case c : cases) {
            out.println(String.join("\t", c.getReference().value(), c.getType().name(), c.getStatus().name(),
                    c.getAssigneeKind().name().toLowerCase() + ":" + c.getAssigneeId(), c.getDueOn().toString(),
                    c.getCreatedAt().toString()));
        }
        out.println(cases.size() + (cases.size() == 1 ? " case" : " cases"));
        return 0;
    }

    /** The case in full; {@code member} (null for none) adds what staff must fix in the register. */
    static int show(Case c, org.tawasul.db.member.Member member, PrintStream out) {
        out.println(c.getReference() + "  " + c.getType() + (c.getServiceId() == null ? "" : " (" + c.getServiceId() + ")")
                + "  " + c.getStatus());
        out.println("member:   " + (c.getMemberId() == null ? "not a member" : "#" + c.getMemberId())
                + "   filed on: " + c.getChannel() + "   language: " + c.getLanguage().code());
        if (member != null && member.getPhoneInvalidAt() != null) {
            out.println("          PHONE INVALID since " + member.getPhoneInvalidAt() + " (" + member.getPhoneInvalidReason()
                    + "): no SMS reaches this member; correct the phone in the register (import-members)");
        }
        out.println("assignee: " + c.getAssigneeKind().name().toLowerCase() + ":" + c.getAssigneeId()
                + "   due on: " + c.getDueOn() + "   opened: " + c.getCreatedAt());
        out.println("answers:");
        for (Map.Entry<String, String> answer : c.getAnswers().entrySet()) {
            out.println("  " + answer.getKey() + ": " + answer.getValue().replace("\n", " / "));
        }
        out.println("trail:");
        for (CaseEvent event : c.getEvents()) {
            out.println("  " + event.getAt() + "  " + event.getKind() + (event.getDetail() == null ? "" : " " + event.getDetail())
                    + "  by " + event.getActor()
                    + (event.getMessage() == null ? "" : "\n      told the member: " + event.getMessage().replace("\n", " / "))
                    + (event.getNote() == null ? "" : "\n      note: " + event.getNote().replace("\n", " / ")));
        }
        return 0;
    }
}
