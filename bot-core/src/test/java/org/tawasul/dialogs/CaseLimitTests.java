package org.tawasul.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tawasul.config.LimitSettings;
import org.tawasul.conversations.catalog.ServiceCatalog;
import org.tawasul.conversations.engine.ConversationEngine;
import org.tawasul.conversations.engine.EngineSettings;
import org.tawasul.conversations.flow.FlowRegistry;
import org.tawasul.conversations.transcript.TranscriptRunner;

/** What one chat may open in a day is bounded (tawasul.limits.cases-per-day), politely, in the member's language. */
class CaseLimitTests {

    private static TranscriptRunner runner(InMemoryPorts ports, int casesPerDay) {
        ServiceCatalog catalog = MemberDialogTranscriptTests.catalog();
        FlowRegistry registry = MemberDialogTranscriptTests.registry(catalog);
        MemberDialogActions actions = new MemberDialogActions(ports, ports, ports, ports, catalog, registry,
                new SurveyPort.Settings(2), LimitSettings.DEFAULTS.withCasesPerDay(casesPerDay));
        return new TranscriptRunner(new ConversationEngine(registry, EngineSettings.DEFAULTS, actions),
                MemberDialogTranscriptTests.SUBJECT);
    }

    private static final String TWO_ENQUIRIES = """
            > 1
            > 0590000000
            > تخطي
            > متى دوامكم يوم الخميس؟
            > 1
            > هل تفتحون فرعا في جازان؟
            """;

    @Test
    void aChatThatOpenedItsShareOfCasesTodayIsToldSoAndNothingIsOpened() {
        InMemoryPorts ports = new InMemoryPorts();
        String played = runner(ports, 1).record("limit", TWO_ENQUIRIES);
        assertThat(ports.openings).hasSize(1);
        assertThat(played).contains("بلغت هذه المحادثة الحد اليومي للمعاملات الجديدة (1)، فلم تُسجَّل هذه المعاملة.");
    }

    @Test
    void underTheLimitEveryCaseIsOpened() {
        InMemoryPorts ports = new InMemoryPorts();
        String played = runner(ports, 2).record("limit", TWO_ENQUIRIES);
        assertThat(ports.openings).hasSize(2);
        assertThat(played).doesNotContain("الحد اليومي");
    }
}
