package org.tawasul.dialogs;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.tawasul.conversations.catalog.ServiceCatalog;
import org.tawasul.conversations.engine.ConversationEngine;
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
    static final String MEMBER = "member";
    static final String BENEFICIARY = "beneficiary";
    static final String CONFIRM = "confirm";
    static final String NONE = "none";

    private final MemberPort members;
    private final KnowledgePort knowledge;
    private final OpenCaseAction cases;
    private final CasePort casePort;
    private final SurveyRecording surveys;
    private final ServiceCatalog catalog;
    private final Texts texts = new Texts("org/tawasul/dialogs/texts_");

    public MemberDialogActions(MemberPort members, KnowledgePort knowledge, CasePort cases, SurveyPort surveys,
                               ServiceCatalog catalog, FlowRegistry flows) {
        this.members = members;
        this.knowledge = knowledge;
        this.casePort = cases;
        this.cases = new OpenCaseAction(cases, members, flows, texts);
        this.surveys = new SurveyRecording(surveys, members, flows);
        this.catalog = catalog;
    }

    @Override
    public Set<String> actions() {
        return Set.of("known-member", "identify-member", "confirm-member", "membership", "faq-search",
                ServiceCatalog.OPEN_CASE, "case-status", "record-survey");
    }

    @Override
    public Set<String> optionSources() {
        return Set.of("services", "my-open-cases", "my-completed-cases");
    }

    @Override
    public Result run(String action, Context context) {
        return switch (action) {
            case "known-member" -> members.linked(context.subject())
                    .map(m -> new Result(MEMBER, text("member.greeting", context, Map.of("name", m.fullName()))))
                    .orElse(Result.of(UNKNOWN));
            case "identify-member" -> identify(context);
            case "confirm-member" -> confirm(context);
            case "membership" -> Result.of(members.linked(context.subject()).isPresent() ? MEMBER : BENEFICIARY);
            case "faq-search" -> knowledge.best(context.answers().get("question"), context.language())
                    .map(answer -> new Result(answer.id(), answer.text()))
                    .orElse(Result.of(NONE));
            case ServiceCatalog.OPEN_CASE -> cases.open(context);
            case "case-status" -> status(context);
            case "record-survey" -> surveys.record(context);
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
            default -> throw new IllegalArgumentException("no option source '" + source + "'");
        };
    }

    private Result identify(Context context) {
        String phone = context.answers().get("phone");
        boolean verified = "yes".equals(context.answers().get("phone" + ConversationEngine.VERIFIED));
        List<MemberPort.Member> found = phone == null ? List.of() : members.byPhone(phone);
        if (found.isEmpty()) {
            return new Result(BENEFICIARY, text("member.not-found", context, Map.of()));
        }
        if (verified && found.size() == 1) {
            MemberPort.Member member = found.get(0);
            members.link(context.subject(), member.id(), true);
            return new Result(MEMBER, text("member.greeting", context, Map.of("name", member.fullName())));
        }
        return Result.of(CONFIRM);
    }

    private Result confirm(Context context) {
        Optional<MemberPort.Member> member = members.byPhoneAndNationalId(context.answers().get("phone"),
                context.answers().get("national-id"));
        if (member.isEmpty()) {
            return new Result(BENEFICIARY, text("member.mismatch", context, Map.of()));
        }
        members.link(context.subject(), member.get().id(), false);
        return new Result(MEMBER, text("member.greeting", context, Map.of("name", member.get().fullName())));
    }

    private Result status(Context context) {
        String chosen = context.answers().get("case");
        String reference = "by-reference".equals(chosen) ? context.answers().get("reference") : chosen;
        Optional<CasePort.Line> line = reference == null ? Optional.empty()
                : casePort.find(reference.strip().toUpperCase(java.util.Locale.ROOT), member(context), context.subject(),
                        context.language());
        return line.map(l -> new Result(l.reference(), text("case.status", context, Map.of("title", l.title(),
                        "reference", l.reference(), "status", l.status(), "deadline", l.deadline()))))
                .orElse(new Result(NONE, text("case.not-found", context, Map.of())));
    }

    private MemberPort.Member member(Context context) {
        return members.linked(context.subject()).orElse(null);
    }

    private static List<Option> lines(List<CasePort.Line> lines, Language language) {
        return lines.stream().map(l -> new Option(l.reference(),
                new LocalizedText(l.reference() + " — " + l.title(), l.reference() + " — " + l.title()))).toList();
    }

    private String text(String key, Context context, Map<String, ?> args) {
        return texts.get(key, context.language(), args);
    }
}
