package org.tawasul.conversations.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tawasul.conversations.engine.ConversationEngine;
import org.tawasul.conversations.engine.ConversationState;
import org.tawasul.conversations.engine.DialogActions;
import org.tawasul.conversations.engine.EngineSettings;
import org.tawasul.conversations.engine.TurnResult;
import org.tawasul.conversations.flow.FlowDefinition;
import org.tawasul.conversations.flow.FlowLoader;
import org.tawasul.conversations.flow.FlowRegistry;
import org.tawasul.conversations.message.Attachment;
import org.tawasul.conversations.message.Inbound;
import org.tawasul.conversations.message.Language;
import org.tawasul.conversations.message.Outbound;

class ServiceCatalogTests {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    static final String SERVICE = """
            id: equipment-loan
            version: 2
            name: {ar: إعارة معدات, en: Equipment loan}
            criteria:
              ar: "أن تكون عضوًا منذ سنة {على الأقل}"
              en: "Member for at least a year; don't apply twice"
            fields:
              - id: item
                type: text
                label: {ar: المعدة, en: Item}
                prompt: {ar: ما المعدة المطلوبة؟, en: "Which item?"}
            documents:
              - id: id-copy
                label: {ar: صورة الهوية, en: Copy of the ID}
              - id: letter
                label: {ar: خطاب, en: Letter}
                optional: true
            """;

    private static final String MENU = """
            id: menu
            title: {ar: القائمة, en: Menu}
            steps:
              - id: pick
                type: choice
                prompt: {ar: اختر, en: Choose}
                options:
                  - id: loan
                    label: {ar: إعارة, en: Loan}
                    flow: service-equipment-loan
            """;

    private final List<DialogActions.Context> opened = new ArrayList<>();

    private ConversationEngine engine(ServiceCatalog catalog) {
        List<FlowDefinition> flows = new ArrayList<>(catalog.flows());
        flows.add(FlowLoader.parse("menu.yaml", MENU));
        return new ConversationEngine(FlowRegistry.of(flows, "menu"), EngineSettings.DEFAULTS, new DialogActions() {
            @Override
            public Set<String> actions() {
                return Set.of(ServiceCatalog.OPEN_CASE);
            }

            @Override
            public Set<String> optionSources() {
                return Set.of();
            }

            @Override
            public Result run(String action, Context context) {
                opened.add(context);
                return new Result("REQ-2026-000001", "Reference REQ-2026-000001");
            }

            @Override
            public List<Option> options(String source, Context context) {
                return List.of();
            }
        });
    }

    private static List<String> texts(TurnResult result) {
        return result.messages().stream().map(Outbound::text).toList();
    }

    @Test
    void criteriaAndDocumentsComeFirstThenFieldsDocumentsSummaryAttestationAndTheCase() {
        ServiceCatalog catalog = ServiceCatalog.read(Map.of("loan.yaml", SERVICE));
        assertThat(catalog.services()).extracting(ServiceDefinition::flowId).containsExactly("service-equipment-loan");
        ConversationEngine engine = engine(catalog);

        TurnResult start = engine.start(ConversationState.fresh(Language.EN, NOW), "service-equipment-loan", NOW);
        assertThat(texts(start)).containsExactly("""
                Equipment loan

                Criteria of the service:
                Member for at least a year; don't apply twice

                Documents required:
                • Copy of the ID
                • Letter (optional)""", "Do these criteria apply to you, and do you want to submit a request?");
        assertThat(start.state().flowVersion()).isEqualTo(2);

        ConversationState state = start.state();
        for (Inbound input : List.of(Inbound.text("yes"), Inbound.text("A wheelchair"),
                Inbound.attachment(new Attachment(Attachment.Kind.PHOTO, "file-1", null, 0)), Inbound.text("skip"),
                Inbound.text("confirm"))) {
            state = engine.handle(state, input, NOW).state();
        }
        TurnResult attested = engine.handle(state, Inbound.choice("agree"), NOW);
        assertThat(texts(attested)).containsExactly("Reference REQ-2026-000001");
        assertThat(opened).hasSize(1);
        assertThat(opened.get(0).answers()).containsEntry("item", "A wheelchair").containsEntry("id-copy", "photo:file-1")
                .containsEntry("attest", NOW.toString());
    }

    @Test
    void arabicCriteriaWithBracesAreShownAsWritten() {
        TurnResult start = engine(ServiceCatalog.read(Map.of("loan.yaml", SERVICE)))
                .start(ConversationState.fresh(Language.AR, NOW), "service-equipment-loan", NOW);
        assertThat(texts(start).get(0)).contains("أن تكون عضوًا منذ سنة {على الأقل}").contains("• خطاب (اختياري)");
    }

    @Test
    void answeringNoToTheCriteriaReturnsToTheMenuWithoutACase() {
        ConversationEngine engine = engine(ServiceCatalog.read(Map.of("loan.yaml", SERVICE)));
        TurnResult start = engine.start(ConversationState.fresh(Language.EN, NOW), "service-equipment-loan", NOW);
        TurnResult no = engine.handle(start.state(), Inbound.text("no"), NOW);
        assertThat(texts(no)).containsExactly(
                "All right. You can send an enquiry or talk to a member of staff from the menu.", "Choose");
        assertThat(opened).isEmpty();
    }

    @Test
    void aBrokenServiceNamesItsFileAndTheFix() {
        assertThatThrownBy(() -> ServiceCatalog.read(Map.of("bad.yaml", "id: x\nname: {ar: س, en: x}\n")))
                .hasMessageContaining("bad.yaml: a service needs 'id', 'name' and 'criteria'");
        assertThatThrownBy(() -> ServiceCatalog.read(Map.of("bad.yaml", SERVICE.replace("type: text", "type: essay"))))
                .hasMessageContaining("bad.yaml: steps[4] (item).type: 'essay' is not a known step type");
    }
}
