package org.tawasul.dialogs;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.tawasul.conversations.catalog.ServiceCatalog;
import org.tawasul.conversations.engine.DialogActions;
import org.tawasul.conversations.engine.Texts;
import org.tawasul.conversations.flow.FlowRegistry;
import org.tawasul.conversations.flow.LocalizedText;
import org.tawasul.conversations.message.Language;

/**
 * The actions and option sources the bundled member dialogs use. Each returns its value for the
 * flow's conditions and, where the member should be told something, a message in their language.
 */
@Component
public class MemberDialogActions implements DialogActions {

    static final String UNKNOWN = "unknown";
    /** {@code known-member}'s value when a dialog about a case of this chat was started for it. */
    static final String KNOWN_CASE = "known-case";
    static final String MEMBER = "member";
    static final String BENEFICIARY = "beneficiary";
    static final String CONFIRM = "confirm";
    static final String NONE = "none";
    static final String OWN_CASE = "own-case";
    static final String MEMBER_ID = "member-national-id";
    static final String ONE_TIME_CODE = "one-time-code";
    static final String LOCKED = "locked";
    static final String VERIFIED = "verified";
    static final String UNVERIFIED = "unverified";

    private final MemberPort members;
    private final KnowledgePort knowledge;
    private final OpenCaseAction cases;
    private final CasePort casePort;
    private final SurveyRecording surveys;
    private final ServiceCatalog catalog;
    private final Identification identification;
    private final Texts texts = new Texts("org/tawasul/dialogs/texts_");

    public MemberDialogActions(MemberPort members, KnowledgePort knowledge, CasePort cases, SurveyPort surveys,
                               ServiceCatalog catalog, FlowRegistry flows, SurveyPort.Settings surveySettings) {
        this(members, knowledge, cases, surveys, catalog, flows, surveySettings, org.tawasul.config.LimitSettings.DEFAULTS);
    }

    @org.springframework.beans.factory.annotation.Autowired
    public MemberDialogActions(MemberPort members, KnowledgePort knowledge, CasePort cases, SurveyPort surveys,
                               ServiceCatalog catalog, FlowRegistry flows, SurveyPort.Settings surveySettings,
                               org.tawasul.config.LimitSettings limits) {
        this.members = members;
        this.knowledge = knowledge;
        this.casePort = cases;
        this.cases = new OpenCaseAction(cases, members, flows, texts, limits.casesPerDay());
        this.surveys = new SurveyRecording(surveys, members, cases, flows, surveySettings.lowScore(), texts);
        this.catalog = catalog;
        this.identification = new Identification(members, texts);
    }

    @Override
    public Set<String> actions() {
        return Set.of("known-member", "identify-member", "confirm-member", "membership", "verification", "code-verification",
                "faq-search",
                ServiceCatalog.OPEN_CASE, "case-status", "case-rated", "record-survey", "attach-to-case");
    }

    @Override
    public Set<String> optionSources() {
        return Set.of("services", "my-open-cases", "my-completed-cases", "my-awaiting-cases");
    }

    @Override
    public Set<String> checks() {
        return Set.of(OWN_CASE, MEMBER_ID, ONE_TIME_CODE);
    }

    /**
     * {@code own-case}: a reference written like one, of a case of this member (or chat).
     * {@code member-national-id}: see {@link Identification#check}.
     * {@code one-time-code}: see {@link Identification#checkCode}.
     */
    @Override
    public Checked check(String check, String input, Context context) {
        if (MEMBER_ID.equals(check)) {
            return identification.check(input, context);
        }
        if (ONE_TIME_CODE.equals(check)) {
            return identification.checkCode(input, context);
        }
        if (!OWN_CASE.equals(check)) {
            throw new IllegalArgumentException("no check '" + check + "'");
        }
        Optional<String> reference = casePort.reference(input);
        if (reference.isEmpty()) {
            return Checked.invalid(text("case.reference.format", context, Map.of()));
        }
        return casePort.find(reference.get(), member(context), context.subject(), context.language()).isPresent()
                ? Checked.valid(reference.get())
                : Checked.invalid(text("case.not-found", context, Map.of("reference", reference.get())));
    }

    /** Opening a case and recording a rating send on what the member gave. */
    @Override
    public boolean submits(String action) {
        return ServiceCatalog.OPEN_CASE.equals(action) || "record-survey".equals(action);
    }

    @Override
    public Result run(String action, Context context) {
        return switch (action) {
            case "known-member" -> identification.known(context, reference -> casePort.reference(reference)
                    .flatMap(r -> casePort.find(r, null, context.subject(), context.language())).isPresent());
            case "identify-member" -> identification.identify(context);
            case "confirm-member" -> identification.confirm(context);
            case "membership" -> Result.of(members.identified(context.subject()).isPresent() ? MEMBER : BENEFICIARY);
            case "verification" -> identification.verification(context);
            case "code-verification" -> identification.codeVerified(context);
            case "faq-search" -> knowledge.best(context.answers().get("question"), context.language())
                    .map(answer -> new Result(answer.id(), answer.text()))
                    .orElse(Result.of(NONE));
            case ServiceCatalog.OPEN_CASE -> cases.open(context);
            case "case-status" -> status(context);
            case "case-rated" -> surveys.checkRated(context);
            case "record-survey" -> surveys.record(context);
            case "attach-to-case" -> attach(context);
            default -> throw new IllegalArgumentException("no action '" + action + "'");
        };
    }

    @Override
    public List<Option> options(String source, Context context) {
        Language language = context.language();
        return switch (source) {
            case "services" -> catalog.services().stream().map(s -> new Option(s.id(), s.name())).toList();
            case "my-open-cases" -> lines(casePort.open(member(context), context.subject(), language), language);
            case "my-completed-cases" -> lines(casePort.completed(member(context), context.subject(), language), language);
            case "my-awaiting-cases" -> lines(casePort.awaiting(member(context), context.subject(), language), language);
            default -> throw new IllegalArgumentException("no option source '" + source + "'");
        };
    }

    /** The status of the case picked from the list or typed (already checked to be the member's own). */
    private Result status(Context context) {
        String chosen = context.answers().get("case");
        String typed = "by-reference".equals(chosen) ? context.answers().get("reference") : chosen;
        Optional<String> reference = typed == null ? Optional.empty() : casePort.reference(typed);
        Optional<CasePort.Line> line = reference.flatMap(r -> casePort.find(r, member(context), context.subject(),
                context.language()));
        return line.map(l -> new Result(l.reference(), text("case.status", context, Map.of("title", l.title(),
                        "reference", l.reference(), "status", l.status(), "deadline", l.deadline()))))
                .orElse(new Result(NONE, text("case.not-found", context, Map.of("reference", typed == null ? "" : typed))));
    }

    /** {@code attach-to-case}: what the member sent goes onto the case that awaited it. */
    private Result attach(Context context) {
        String reference = context.answers().get("case");
        String reply = context.answers().getOrDefault("reply", "");
        String file = context.answers().getOrDefault("file", "");
        String text = (reply + (file.isEmpty() ? "" : (reply.isEmpty() ? "" : "\n") + "[" + file + "]")).strip();
        if (text.isEmpty()) {
            return new Result(NONE, text("case.reply.empty", context, Map.of("reference", reference)));
        }
        boolean kept = casePort.reply(reference, member(context), context.subject(), text);
        return kept ? new Result("sent", text("case.reply.sent", context, Map.of("reference", reference)))
                : new Result(NONE, text("case.reply.gone", context, Map.of("reference", reference)));
    }

    /** Whose cases this chat may see and rate: a verified member's; otherwise only those opened from this chat. */
    private MemberPort.Member member(Context context) {
        return members.verified(context.subject()).orElse(null);
    }

    private static List<Option> lines(List<CasePort.Line> lines, Language language) {
        return lines.stream().map(l -> new Option(l.reference(),
                new LocalizedText(l.reference() + " — " + l.title(), l.reference() + " — " + l.title()))).toList();
    }

    private String text(String key, Context context, Map<String, ?> args) {
        return texts.get(key, context.language(), args);
    }
}
