package org.tawasul.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tawasul.TawasulApplication;
import org.tawasul.conversations.message.Language;

/** Opening and finding cases on a real database; run on H2 and, with -Pmysql-tests, on MariaDB. */
@SpringBootTest(classes = TawasulApplication.class, properties = "spring.main.web-application-type=none")
@Import(CaseServiceIntegrationTests.PublishedEvents.class)
abstract class CaseServiceIntegrationTests {

    /** Sunday 4 January 2026, 10:00 in Riyadh. */
    static final Instant SUNDAY = Instant.parse("2026-01-04T07:00:00Z");
    static final LocalDate FIFTEEN_WORKING_DAYS_LATER = LocalDate.parse("2026-01-25");

    @Autowired CaseService service;
    @Autowired CaseRepository cases;
    @Autowired CaseNumbers numbers;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired PublishedEvents published;
    @Autowired io.micrometer.core.instrument.MeterRegistry meters;

    TransactionTemplate tx;

    @TestComponent
    static class PublishedEvents {
        final List<Object> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(CaseOpened event) {
            events.add(event);
        }

        @EventListener
        void on(CaseStatusChanged event) {
            events.add(event);
        }
    }

    @BeforeEach
    void empty() {
        tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            jdbc.update("DELETE FROM case_event");
            jdbc.update("DELETE FROM case_notification");
            jdbc.update("DELETE FROM case_file");
            jdbc.update("DELETE FROM case_sequence");
        });
        numbers.prepare(2026);
        published.events.clear();
    }

    static OpenCase enquiry(Long memberId, String address, Instant now) {
        return new OpenCase(CaseType.ENQUIRY, null, memberId, "member", "consumer", "telegram", address, Language.AR,
                Map.of("question", "متى تصرف الإعانة؟ 🙂"), null, now);
    }

    static OpenCase of(CaseType type, Long memberId, String address) {
        return new OpenCase(type, type == CaseType.SERVICE_REQUEST ? "housing-support" : null, memberId, null, null,
                "sms", address, Language.EN, Map.of("details", "text"), null, SUNDAY);
    }

    @Test
    void anEnquiryGoesToTheContactOfficerOfTheMembersCategoryAndField() {
        OpenedCase opening = service.open(enquiry(7L, "+966500000001", SUNDAY));

        assertThat(opening.reference()).isEqualTo(new CaseReference("ENQ-2026-000001"));
        assertThat(opening.dueOn()).isEqualTo(FIFTEEN_WORKING_DAYS_LATER);
        assertThat(opening.assignee().en()).isEqualTo("Fatimah Ali");
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM case_file WHERE id = ?", opening.caseId());
        assertThat(row.get("reference")).isEqualTo("ENQ-2026-000001");
        assertThat(row.get("type")).isEqualTo("ENQUIRY");
        assertThat(row.get("status")).isEqualTo("SUBMITTED");
        assertThat(row.get("assignee_kind")).isEqualTo("OFFICER");
        assertThat(row.get("assignee_id")).isEqualTo("consumer-members");
        assertThat(row.get("language")).isEqualTo("ar");
        assertThat(((Number) row.get("member_id")).longValue()).isEqualTo(7L);
        assertThat(jdbc.queryForObject("SELECT CAST(due_on AS CHAR(10)) FROM case_file WHERE id = ?", String.class,
                opening.caseId())).isEqualTo("2026-01-25");
        Case stored = cases.findById(opening.caseId()).orElseThrow();
        assertThat(stored.getAnswers()).containsExactly(Map.entry("question", "متى تصرف الإعانة؟ 🙂"));
        assertThat(stored.getCreatedAt()).isEqualTo(SUNDAY);
        assertThat(stored.getStatus()).isEqualTo(CaseStatus.SUBMITTED);
    }

    @Test
    void aNonMembersEnquiryGoesToTheDefaultOfficer() {
        OpenedCase opening = service.open(enquiry(null, "+966500000002", SUNDAY));
        assertThat(opening.assignee().ar()).isEqualTo("أ. عبدالله محمد");
        assertThat(cases.findById(opening.caseId()).orElseThrow().getAssigneeId()).isEqualTo("general");
    }

    @Test
    void requestsAndComplaintsGoToTheirCommittees() {
        OpenedCase request = service.open(of(CaseType.SERVICE_REQUEST, 7L, "+966500000001"));
        OpenedCase complaint = service.open(of(CaseType.COMPLAINT, 7L, "+966500000001"));

        assertThat(request.reference().value()).isEqualTo("REQ-2026-000001");
        assertThat(request.assignee().en()).isEqualTo("the Requests Committee");
        assertThat(complaint.reference().value()).isEqualTo("CMP-2026-000001");
        assertThat(complaint.assignee().ar()).isEqualTo("لجنة التحقيق والمتابعة");
        Case stored = cases.findById(complaint.caseId()).orElseThrow();
        assertThat(stored.getAssigneeKind()).isEqualTo(AssigneeKind.COMMITTEE);
        assertThat(stored.getAssigneeId()).isEqualTo("follow-up");
        assertThat(cases.findById(request.caseId()).orElseThrow().getServiceId()).isEqualTo("housing-support");
    }

    @Test
    void eachTypeCountsItsOwnReferences() {
        List<String> references = new ArrayList<>();
        for (CaseType type : List.of(CaseType.ENQUIRY, CaseType.ENQUIRY, CaseType.SERVICE_REQUEST, CaseType.ENQUIRY,
                CaseType.COMPLAINT, CaseType.SERVICE_REQUEST)) {
            references.add(service.open(of(type, 1L, "a")).reference().value());
        }
        assertThat(references).containsExactly("ENQ-2026-000001", "ENQ-2026-000002", "REQ-2026-000001",
                "ENQ-2026-000003", "CMP-2026-000001", "REQ-2026-000002");
    }

    @Test
    void theYearAndTheFirstDayAreRiyadhs() {
        // 21:30 UTC on Thursday 31 December 2026 is 00:30 on Friday 1 January 2027 in Riyadh
        OpenedCase opening = service.open(enquiry(1L, "a", Instant.parse("2026-12-31T21:30:00Z")));
        assertThat(opening.reference().value()).as("a year with no counter yet").isEqualTo("ENQ-2027-000001");
        assertThat(opening.dueOn()).isEqualTo(LocalDate.parse("2027-01-21"));
        // 20:30 UTC on Wednesday 7 January 2026 is Wednesday 23:30 in Riyadh; an hour later it is Thursday
        assertThat(service.open(enquiry(1L, "a", Instant.parse("2026-01-07T20:30:00Z"))).dueOn())
                .isEqualTo(LocalDate.parse("2026-01-28"));
        assertThat(service.open(enquiry(1L, "a", Instant.parse("2026-01-07T21:30:00Z"))).dueOn())
                .isEqualTo(LocalDate.parse("2026-01-29"));
    }

    @Test
    void fiftyConcurrentOpeningsGetFiftyReferences() throws Exception {
        int openings = 50;
        ExecutorService pool = Executors.newFixedThreadPool(openings);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<OpenedCase>> results = new ArrayList<>();
        for (int i = 0; i < openings; i++) {
            String address = "member-" + i;
            results.add(pool.submit(() -> {
                go.await();
                return service.open(of(CaseType.SERVICE_REQUEST, null, address));
            }));
        }
        go.countDown();
        Set<Long> numbersHandedOut = new TreeSet<>();
        for (Future<OpenedCase> result : results) {
            numbersHandedOut.add(result.get(60, TimeUnit.SECONDS).reference().number());
        }
        pool.shutdown();
        assertThat(numbersHandedOut).hasSize(openings);
        assertThat(numbersHandedOut).containsExactlyElementsOf(
                java.util.stream.LongStream.rangeClosed(1, openings).boxed().toList());
        assertThat(jdbc.queryForObject("SELECT next_value FROM case_sequence WHERE type = 'SERVICE_REQUEST' AND ref_year = 2026",
                Long.class)).isEqualTo(openings + 1L);
    }

    @Test
    void aRolledBackOpeningGivesItsNumberBack() {
        tx.executeWithoutResult(status -> {
            service.open(of(CaseType.COMPLAINT, 1L, "a"));
            status.setRollbackOnly();
        });
        assertThat(service.open(of(CaseType.COMPLAINT, 1L, "a")).reference().value()).isEqualTo("CMP-2026-000001");
    }

    @Test
    void openingsAreCountedOnceCommittedNotWhenRolledBack() {
        double before = meters.counter("tawasul.cases.opened", "type", "complaint").count();
        tx.executeWithoutResult(status -> {
            service.open(of(CaseType.COMPLAINT, 1L, "a"));
            status.setRollbackOnly();
        });
        assertThat(meters.counter("tawasul.cases.opened", "type", "complaint").count()).isEqualTo(before);
        service.open(of(CaseType.COMPLAINT, 1L, "a"));
        assertThat(meters.counter("tawasul.cases.opened", "type", "complaint").count()).isEqualTo(before + 1);
    }

    @Test
    void aMemberFindsOnlyTheirOwnCases() {
        CaseReference mine = service.open(enquiry(1L, "+966500000001", SUNDAY)).reference();
        CaseReference theirs = service.open(enquiry(2L, "+966500000002", SUNDAY)).reference();
        CaseReference answered = service.open(of(CaseType.COMPLAINT, 1L, "+966500000001")).reference();
        tx.executeWithoutResult(status -> {
            Case complaint = cases.findForMember(answered, 1L).orElseThrow();
            complaint.answer("staff:sara", SUNDAY.plusSeconds(3600));
            cases.save(complaint);
        });

        assertThat(cases.findForMember(mine, 1L)).isPresent();
        assertThat(cases.findForMember(theirs, 1L)).as("another member's case").isEmpty();
        assertThat(cases.findForMember(theirs, 2L)).isPresent();
        assertThat(cases.openCasesOf(1L)).extracting(Case::getReference).containsExactly(mine);
        assertThat(cases.completedCasesOf(1L)).extracting(Case::getReference).containsExactly(answered);
        assertThat(cases.openCasesOf(2L)).extracting(Case::getReference).containsExactly(theirs);
        assertThat(cases.completedCasesOf(3L)).isEmpty();
    }

    @Test
    void aChatFindsTheCasesOpenedFromItOnly() {
        CaseReference guest = service.open(enquiry(null, "+966500000009", SUNDAY)).reference();
        CaseReference fromHere = service.open(enquiry(5L, "+966500000009", SUNDAY)).reference();
        CaseReference elsewhere = service.open(enquiry(5L, "+966500000008", SUNDAY)).reference();

        assertThat(cases.findForContact(guest, "telegram", "+966500000009")).isPresent();
        assertThat(cases.findForContact(guest, "telegram", "+966500000008")).as("another address").isEmpty();
        assertThat(cases.findForContact(guest, "sms", "+966500000009")).as("another channel").isEmpty();
        assertThat(cases.findForContact(fromHere, "telegram", "+966500000009")).as("a member's case opened here").isPresent();
        assertThat(cases.findForContact(elsewhere, "telegram", "+966500000009")).as("the member's case opened elsewhere")
                .isEmpty();
        assertThat(cases.findByReference(elsewhere)).as("staff see every case").isPresent();
    }

    @Test
    void anIllegalTransitionNamesTheStateAndALegalOneIsRecorded() {
        OpenedCase opening = service.open(of(CaseType.SERVICE_REQUEST, 1L, "a"));
        published.events.clear();

        tx.executeWithoutResult(status -> {
            Case request = cases.findById(opening.caseId()).orElseThrow();
            assertThatThrownBy(() -> request.approve("staff:sara", SUNDAY))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("Case REQ-2026-000001 is SUBMITTED: it cannot become APPROVED (only from "
                            + "[UNDER_REVIEW]); from SUBMITTED it can become");
            request.startReview("staff:sara", SUNDAY.plusSeconds(60));
            request.approve("staff:sara", SUNDAY.plusSeconds(120));
            cases.save(request);
        });
        tx.executeWithoutResult(status -> {
            Case request = cases.findById(opening.caseId()).orElseThrow();
            assertThat(request.getStatus()).isEqualTo(CaseStatus.APPROVED);
            assertThat(request.getEvents()).extracting(CaseEvent::getKind, CaseEvent::getDetail).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("OPENED", null),
                    org.assertj.core.groups.Tuple.tuple("STATUS_CHANGED", "SUBMITTED -> UNDER_REVIEW"),
                    org.assertj.core.groups.Tuple.tuple("STATUS_CHANGED", "UNDER_REVIEW -> APPROVED"));
            assertThatThrownBy(() -> request.reject("staff:sara", SUNDAY))
                    .hasMessageContaining("is APPROVED: it cannot become REJECTED");
        });
        assertThat(published.events).containsExactly(
                new CaseStatusChanged(opening.caseId(), opening.reference(), CaseStatus.SUBMITTED, CaseStatus.UNDER_REVIEW),
                new CaseStatusChanged(opening.caseId(), opening.reference(), CaseStatus.UNDER_REVIEW, CaseStatus.APPROVED));
    }

    @Test
    void openingRecordsAndPublishesTheOpenedEvent() {
        OpenedCase opening = service.open(enquiry(7L, "+966500000001", SUNDAY));

        assertThat(published.events).containsExactly(new CaseOpened(opening.caseId(), opening.reference(), CaseType.ENQUIRY));
        Map<String, Object> event = jdbc.queryForMap("SELECT * FROM case_event WHERE case_id = ?", opening.caseId());
        assertThat(event.get("kind")).isEqualTo("OPENED");
        assertThat(event.get("actor")).isEqualTo("member:7");
        assertThat(event.get("detail")).isNull();
        OpenedCase guest = service.open(enquiry(null, "x", SUNDAY));
        assertThat(jdbc.queryForObject("SELECT actor FROM case_event WHERE case_id = ?", String.class, guest.caseId()))
                .isEqualTo("guest");
    }

    @Test
    void theAttestationIsStoredWithTheSha256OfTheSummary() throws Exception {
        String summary = "الاسم: محمد\nالخدمة: دعم السكن\nالجوال: +966500000001";
        Instant confirmed = SUNDAY.minusSeconds(30);
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("name", "محمد");
        answers.put("service", "housing-support");
        OpenCase command = new OpenCase(CaseType.SERVICE_REQUEST, "housing-support", 7L, null, null, "telegram", "123",
                Language.AR, answers, new Attestation("أقر بصحة البيانات وأتحمل مسؤوليتها", summary, confirmed, "telegram"),
                SUNDAY);

        OpenedCase opening = service.open(command);

        String expected = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(summary.getBytes(StandardCharsets.UTF_8)));
        Case stored = cases.findById(opening.caseId()).orElseThrow();
        assertThat(stored.getAttestationHash()).isEqualTo(expected).hasSize(64);
        assertThat(jdbc.queryForObject("SELECT attestation_hash FROM case_file WHERE id = ?", String.class, opening.caseId()))
                .isEqualTo(expected);
        assertThat(stored.getAttestationText()).isEqualTo("أقر بصحة البيانات وأتحمل مسؤوليتها");
        assertThat(stored.getAttestedAt()).isEqualTo(confirmed);
        assertThat(stored.getAttestedChannel()).isEqualTo("telegram");
        assertThat(stored.getAnswers().keySet()).containsExactly("name", "service");
    }
}
