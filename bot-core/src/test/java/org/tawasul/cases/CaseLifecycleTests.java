package org.tawasul.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tawasul.conversations.message.Language;

/** The case's own state machine, without a database. */
class CaseLifecycleTests {

    private static final Instant NOW = Instant.parse("2026-01-04T07:00:00Z");

    private static Case open(CaseType type) {
        OpenCase command = new OpenCase(type, type == CaseType.SERVICE_REQUEST ? "svc" : null, 1L, null, null, "sms",
                "+966500000001", Language.AR, Map.of(), null, NOW);
        return Case.open(command, CaseReference.of(type, 2026, 1), AssigneeKind.COMMITTEE, "requests",
                LocalDate.parse("2026-01-25"));
    }

    @Test
    void aNewCaseIsSubmittedWithItsOpenedLine() {
        Case opened = open(CaseType.ENQUIRY);
        assertThat(opened.getStatus()).isEqualTo(CaseStatus.SUBMITTED);
        assertThat(opened.getEvents()).extracting(CaseEvent::getKind).containsExactly("OPENED");
        assertThat(opened.getEvents().get(0).getActor()).isEqualTo("member:1");
        assertThat(opened.getUpdatedAt()).isEqualTo(NOW);
    }

    @Test
    void aRequestIsReviewedDecidedAndClosed() {
        Case request = open(CaseType.SERVICE_REQUEST);
        request.startReview("staff:1", NOW.plusSeconds(1));
        request.reject("staff:1", NOW.plusSeconds(2));
        request.close("staff:1", NOW.plusSeconds(3));
        assertThat(request.getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(request.getUpdatedAt()).isEqualTo(NOW.plusSeconds(3));
        assertThat(request.getEvents()).extracting(CaseEvent::getDetail).containsExactly(null,
                "SUBMITTED -> UNDER_REVIEW", "UNDER_REVIEW -> REJECTED", "REJECTED -> CLOSED");
    }

    @Test
    void anEnquiryMayBeAnsweredStraightAway() {
        Case enquiry = open(CaseType.ENQUIRY);
        enquiry.answer("staff:1", NOW);
        assertThat(enquiry.getStatus()).isEqualTo(CaseStatus.ANSWERED);
    }

    @Test
    void aWrongTransitionNamesTheCurrentStatus() {
        Case enquiry = open(CaseType.ENQUIRY);
        assertThatThrownBy(() -> enquiry.close("staff:1", NOW)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Case ENQ-2026-000001 is SUBMITTED: it cannot become CLOSED (only from [ANSWERED, APPROVED, "
                        + "REJECTED]); from SUBMITTED it can become [UNDER_REVIEW, AWAITING_MEMBER, ANSWERED]");
        enquiry.answer("staff:1", NOW);
        enquiry.close("staff:1", NOW);
        assertThatThrownBy(() -> enquiry.startReview("staff:1", NOW))
                .hasMessage("Case ENQ-2026-000001 is CLOSED: it cannot become UNDER_REVIEW (only from [SUBMITTED, "
                        + "AWAITING_MEMBER]); from CLOSED it can become []");
        assertThat(enquiry.getEvents()).hasSize(3);
    }

    @Test
    void onlyServiceRequestsAreApprovedOrRejected() {
        Case complaint = open(CaseType.COMPLAINT);
        complaint.startReview("staff:1", NOW);
        assertThatThrownBy(() -> complaint.approve("staff:1", NOW)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Case CMP-2026-000001 is UNDER_REVIEW and of type COMPLAINT: it cannot be approved "
                        + "(only service requests are)");
        assertThat(complaint.getStatus()).isEqualTo(CaseStatus.UNDER_REVIEW);
    }

    @Test
    void aCaseAwaitingTheMemberGoesBackToReviewWithTheReplyKept() {
        Case request = open(CaseType.SERVICE_REQUEST);
        request.changeStatus(CaseStatus.AWAITING_MEMBER, "staff:1", NOW, "the bank letter is old", "صورة حديثة من خطاب البنك");
        assertThat(request.messageForStatus()).hasValue("صورة حديثة من خطاب البنك");
        request.memberReplied("member:7", NOW.plusSeconds(60), "[photo:letter]");
        assertThat(request.getStatus()).isEqualTo(CaseStatus.UNDER_REVIEW);
        assertThat(request.getEvents()).extracting(CaseEvent::getKind).containsExactly("OPENED", "STATUS_CHANGED",
                "MEMBER_REPLIED", "STATUS_CHANGED");
        assertThat(request.getEvents().get(1).getNote()).isEqualTo("the bank letter is old");
        assertThat(request.getEvents().get(2).getMessage()).isEqualTo("[photo:letter]");
        assertThatThrownBy(() -> request.memberReplied("member:7", NOW, "again")).hasMessageContaining("awaits nothing");
    }

    @Test
    void everyStatusIsOpenOrCompleted() {
        for (CaseStatus status : CaseStatus.values()) {
            assertThat(CaseStatus.OPEN.contains(status)).as(status.name()).isNotEqualTo(CaseStatus.COMPLETED.contains(status));
        }
        assertThat(CaseStatus.CLOSED.next()).isEmpty();
    }
}
