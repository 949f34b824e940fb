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

/**
 * The dialogs' ports held in memory, with two registered members, for transcripts without Spring. Cases
 * are shown with the real status texts and date form; every case is due on Sunday 25 January 2026.
 */
final class InMemoryPorts implements MemberPort, KnowledgePort, CasePort, SurveyPort {

    private static final java.time.LocalDate DUE = java.time.LocalDate.of(2026, 1, 25);
    private static final org.tawasul.conversations.engine.Texts CASE_TEXTS =
            new org.tawasul.conversations.engine.Texts("org/tawasul/dialogs/store/cases_");

    /**
     * A case on record: its title (null: named by its type), its status by name (SUBMITTED, UNDER_REVIEW, ...),
     * shown in the asker's language.
     */
    private record Stored(String reference, String title, String type, String status) {
        Line in(Language language) {
            return new Line(reference, title != null ? title : CASE_TEXTS.get("type." + type, language),
                    CASE_TEXTS.get("status." + status, language),
                    org.tawasul.cases.sla.DeadlineFormat.format(DUE, language));
        }
    }

    static final Member HUDA = new Member(1, "هدى العتيبي", "founding", "agriculture", "sms");
    static final Member SALEM = new Member(2, "سالم الدوسري", "regular", "fishing", "telegram");
    private static final Map<String, String> PHONES = Map.of("+966501234567", "1", "+966551234567", "2");
    private static final Map<String, String> IDS = Map.of("1", "1000000008", "2", "2104567892");

    final Map<Subject, Long> links = new HashMap<>();
    final java.util.Set<Subject> verifiedLinks = new java.util.HashSet<>();
    final Map<Subject, Integer> failures = new HashMap<>();
    final Map<String, Integer> phoneFailures = new HashMap<>();
    final Map<String, Integer> pairFailures = new HashMap<>();
    private final Map<String, Subject> openedFrom = new HashMap<>();
    final List<Opening> openings = new ArrayList<>();
    final List<String> surveys = new ArrayList<>();
    private final Map<String, Stored> cases = new java.util.LinkedHashMap<>();
    private final Map<String, Stored> completed = new java.util.LinkedHashMap<>();
    private final Map<String, Object> owners = new HashMap<>();
    private int sequence;

    private static Member byId(long id) {
        return id == 1 ? HUDA : SALEM;
    }

    @Override
    public Optional<Member> verified(Subject subject) {
        return verifiedLinks.contains(subject) ? identified(subject) : Optional.empty();
    }

    @Override
    public Optional<Member> identified(Subject subject) {
        return Optional.ofNullable(links.get(subject)).map(InMemoryPorts::byId);
    }

    final java.util.Set<Subject> beneficiaries = new java.util.HashSet<>();

    @Override
    public void choseBeneficiary(Subject subject) {
        beneficiaries.add(subject);
    }

    @Override
    public boolean choseBeneficiaryRecently(Subject subject) {
        return beneficiaries.contains(subject) && !links.containsKey(subject);
    }

    @Override
    public void forgetUnverified(Subject subject) {
        if (!verifiedLinks.contains(subject)) {
            links.remove(subject);
        }
    }

    @Override
    public boolean lockedOut(Subject subject, String e164) {
        return failures.getOrDefault(subject, 0) >= 5 || e164 != null && phoneFailures.getOrDefault(e164, 0) >= 5;
    }

    @Override
    public int recentFailures(Subject subject, String e164) {
        return pairFailures.getOrDefault(subject + "|" + e164, 0);
    }

    @Override
    public void failedIdentification(Subject subject, String e164, String reason) {
        pairFailures.merge(subject + "|" + e164, 1, Integer::sum);
        failures.merge(subject, 1, Integer::sum);
        if (e164 != null) {
            phoneFailures.merge(e164, 1, Integer::sum);
        }
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
        if (verified) {
            verifiedLinks.add(subject);
        } else {
            verifiedLinks.remove(subject);
        }
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
    public long openedFromChatSince(Subject subject, java.time.Instant since) {
        return openings.stream().filter(o -> o.subject().equals(subject) && o.now().isAfter(since)).count();
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
        cases.put(reference, new Stored(reference, opening.serviceId(), opening.kind().name(), "SUBMITTED"));
        owners.put(reference, opening.member() != null ? opening.member().id() : opening.subject());
        openedFrom.put(reference, opening.subject());
        return new Opened(reference, ar ? "لجنة دراسة الطلبات" : "the Requests Committee",
                org.tawasul.cases.sla.DeadlineFormat.format(DUE, opening.language()));
    }

    @Override
    public List<Line> open(Member member, Subject subject, Language language) {
        return cases.values().stream().filter(c -> sees(member, subject, c.reference())).map(c -> c.in(language)).toList();
    }

    @Override
    public List<Line> completed(Member member, Subject subject, Language language) {
        return completed.values().stream().filter(c -> sees(member, subject, c.reference())).map(c -> c.in(language))
                .toList();
    }

    /** A verified member sees their cases; any other chat those opened from it (as CaseStore does). */
    private boolean sees(Member member, Subject subject, String reference) {
        return member != null ? Long.valueOf(member.id()).equals(owners.get(reference))
                : subject.equals(openedFrom.get(reference));
    }

    final List<FollowUp> followUps = new ArrayList<>();

    @Override
    public void followUp(FollowUp followUp) {
        followUps.add(followUp);
    }

    @Override
    public List<Line> awaiting(Member member, Subject subject, Language language) {
        return List.of();
    }

    @Override
    public boolean reply(String reference, Member member, Subject subject, String text) {
        return false;
    }

    @Override
    public Optional<String> reference(String typed) {
        return org.tawasul.cases.CaseReference.parse(typed).map(org.tawasul.cases.CaseReference::value);
    }

    @Override
    public Optional<Line> find(String reference, Member member, Subject subject, Language language) {
        return open(member, subject, language).stream().filter(l -> l.reference().equals(reference)).findFirst();
    }

    @Override
    public boolean rated(String caseReference) {
        return surveys.stream().anyMatch(line -> line.startsWith("survey " + caseReference + " "));
    }

    private final java.util.Set<String> ratedInGeneral = new java.util.HashSet<>();

    @Override
    public boolean ratedInGeneral(org.tawasul.conversations.engine.DialogActions.Subject chat, Instant at) {
        return ratedInGeneral.contains(chat + " " + java.time.YearMonth.from(at.atZone(java.time.ZoneOffset.UTC)));
    }

    @Override
    public boolean record(String flowId, String caseReference, org.tawasul.conversations.engine.DialogActions.Subject chat, Long memberId, Map<String, Integer> ratings,
                          String comment, boolean anonymous, Instant at) {
        if (caseReference != null && rated(caseReference)) {
            return false;
        }
        if (caseReference == null && chat != null) {
            if (ratedInGeneral(chat, at)) {
                return false;
            }
            ratedInGeneral.add(chat + " " + java.time.YearMonth.from(at.atZone(java.time.ZoneOffset.UTC)));
        }
        surveys.add(flowId + " " + caseReference + " " + memberId + " " + ratings + " " + comment + " " + anonymous);
        return true;
    }

    /** Puts a completed case on record for a member. */
    void completedCaseOf(Member member, String reference, String title) {
        completed.put(reference, new Stored(reference, title, null, "ANSWERED"));
        owners.put(reference, member.id());
    }

    /** Puts a case on record for a member, as if opened earlier. */
    void caseOf(Member member, String reference, String title) {
        cases.put(reference, new Stored(reference, title, null, "UNDER_REVIEW"));
        owners.put(reference, member.id());
    }

    /** The code every one-time code here is (the real service draws it at random); whether SMS can carry it. */
    static final String CODE = "246810";
    boolean sms = true;
    final List<String> codesSentTo = new ArrayList<>();
    private final Map<Subject, Integer> codeAttempts = new HashMap<>();

    @Override
    public CodeSent sendCode(Subject subject, long memberId, Language language) {
        String phone = phoneOf(memberId);
        if (lockedOut(subject, phone)) {
            return CodeSent.LOCKED;
        }
        if (!sms) {
            return CodeSent.NO_SMS;
        }
        codesSentTo.add(phone);
        codeAttempts.put(subject, 0);
        return CodeSent.SENT;
    }

    @Override
    public CodeChecked checkCode(Subject subject, long memberId, String typed) {
        Integer attempts = codeAttempts.get(subject);
        if (attempts == null) {
            return CodeChecked.EXPIRED;
        }
        if (CODE.equals(org.tawasul.conversations.input.InputNormaliser.normalise(typed).replace(" ", ""))) {
            codeAttempts.remove(subject);
            link(subject, memberId, true);
            return CodeChecked.VERIFIED;
        }
        codeAttempts.put(subject, attempts + 1);
        if (attempts + 1 >= 3) {
            codeAttempts.remove(subject);
            failedIdentification(subject, phoneOf(memberId), "code");
            return CodeChecked.SPENT;
        }
        return CodeChecked.WRONG;
    }

    @Override
    public String phoneEnding(long memberId) {
        String phone = phoneOf(memberId);
        return phone.substring(phone.length() - 2);
    }

    private static String phoneOf(long memberId) {
        return PHONES.entrySet().stream().filter(e -> e.getValue().equals(String.valueOf(memberId))).findFirst().orElseThrow().getKey();
    }
}
