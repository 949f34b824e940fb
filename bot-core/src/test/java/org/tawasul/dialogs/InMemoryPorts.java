package org.tawasul.dialogs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tawasul.conversations.engine.DialogActions.Subject;
import org.tawasul.conversations.message.Language;

/** The dialogs' ports held in memory, with two registered members, for transcripts without Spring. */
final class InMemoryPorts implements MemberPort, KnowledgePort, CasePort, SurveyPort {

    static final Member HUDA = new Member(1, "هدى العتيبي", "founding", "agriculture", "sms");
    static final Member SALEM = new Member(2, "سالم الدوسري", "regular", "fishing", "telegram");
    private static final Map<String, String> PHONES = Map.of("+966501234567", "1", "+966551234567", "2");
    private static final Map<String, String> IDS = Map.of("1", "1000000008", "2", "2104567892");

    final Map<Subject, Long> links = new HashMap<>();
    final List<Opening> openings = new ArrayList<>();
    final List<String> surveys = new ArrayList<>();
    private final Map<String, Line> cases = new HashMap<>();
    private final Map<String, Line> completed = new java.util.LinkedHashMap<>();
    private final Map<String, Object> owners = new HashMap<>();
    private int sequence;

    private static Member byId(long id) {
        return id == 1 ? HUDA : SALEM;
    }

    @Override
    public Optional<Member> linked(Subject subject) {
        return Optional.ofNullable(links.get(subject)).map(InMemoryPorts::byId);
    }

    @Override
    public List<Member> byPhone(String e164) {
        return PHONES.containsKey(e164) ? List.of(byId(Long.parseLong(PHONES.get(e164)))) : List.of();
    }

    @Override
    public Optional<Member> byPhoneAndNationalId(String e164, String nationalId) {
        String id = PHONES.get(e164);
        return id != null && IDS.get(id).equals(nationalId) ? Optional.of(byId(Long.parseLong(id))) : Optional.empty();
    }

    @Override
    public void link(Subject subject, long memberId, boolean verified) {
        links.put(subject, memberId);
    }

    @Override
    public Optional<Answer> best(String question, Language language) {
        String q = question.toLowerCase(Locale.ROOT);
        if (q.contains("عضوية") || q.contains("membership")) {
            return Optional.of(new Answer("membership", language == Language.AR
                    ? "تقدَّم بطلب العضوية في مقر الجمعية مع صورة الهوية وقيمة الأسهم." : "Apply at the society's office with your ID and the share value.",
                    "membership"));
        }
        return Optional.empty();
    }

    @Override
    public Opened open(Opening opening) {
        openings.add(opening);
        String prefix = switch (opening.kind()) {
            case ENQUIRY -> "ENQ";
            case SERVICE_REQUEST -> "REQ";
            case COMPLAINT -> "CMP";
        };
        String reference = String.format("%s-2026-%06d", prefix, ++sequence);
        boolean ar = opening.language() == Language.AR;
        String title = opening.serviceId() != null ? opening.serviceId() : opening.kind().name().toLowerCase(Locale.ROOT);
        cases.put(reference, new Line(reference, title, ar ? "قيد الدراسة" : "Under study", ar ? "25 يناير 2026" : "25 January 2026"));
        owners.put(reference, opening.member() != null ? opening.member().id() : opening.subject());
        return new Opened(reference, ar ? "لجنة دراسة الطلبات" : "the requests committee", ar ? "25 يناير 2026" : "25 January 2026");
    }

    @Override
    public List<Line> open(Member member, Subject subject, Language language) {
        Object owner = member != null ? member.id() : subject;
        return cases.values().stream().filter(l -> owner.equals(owners.get(l.reference()))).toList();
    }

    @Override
    public List<Line> completed(Member member, Subject subject, Language language) {
        Object owner = member != null ? member.id() : subject;
        return completed.values().stream().filter(l -> owner.equals(owners.get(l.reference()))).toList();
    }

    @Override
    public Optional<Line> find(String reference, Member member, Subject subject, Language language) {
        return open(member, subject, language).stream().filter(l -> l.reference().equals(reference)).findFirst();
    }

    @Override
    public void record(String flowId, String caseReference, Long memberId, Map<String, Integer> ratings, String comment,
                       boolean anonymous, Instant at) {
        surveys.add(flowId + " " + caseReference + " " + memberId + " " + ratings + " " + comment + " " + anonymous);
    }

    /** Puts a completed case on record for a member. */
    void completedCaseOf(Member member, String reference, String title) {
        completed.put(reference, new Line(reference, title, "مكتمل", "10 يناير 2026"));
        owners.put(reference, member.id());
    }

    /** Puts a case on record for a member, as if opened earlier. */
    void caseOf(Member member, String reference, String title) {
        cases.put(reference, new Line(reference, title, "قيد الدراسة", "25 يناير 2026"));
        owners.put(reference, member.id());
    }
}
