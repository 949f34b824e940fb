package org.tawasul.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tawasul.conversations.engine.ConversationEngine;
import org.tawasul.conversations.engine.ConversationState;
import org.tawasul.conversations.engine.TurnResult;
import org.tawasul.conversations.message.Choice;
import org.tawasul.conversations.message.Inbound;
import org.tawasul.conversations.message.Language;
import org.tawasul.conversations.message.Outbound;

/**
 * A survey started for a named case (a deep link such as {@code /start rate_REQ-2026-000041}):
 * the case is taken only when it is one of the member's own completed cases.
 */
class DeepLinkPresetTests {

    private static final Instant NOW = Instant.parse("2026-02-01T09:00:00Z");
    private static final String WHICH = "أي خدمة تريد تقييمها؟";
    private static final String FIRST_QUESTION = "كيف تقيّم سرعة الخدمة؟";

    private final InMemoryPorts ports = new InMemoryPorts();
    private ConversationEngine engine;

    @BeforeEach
    void setUp() {
        ports.link(MemberDialogTranscriptTests.SUBJECT, InMemoryPorts.HUDA.id(), true);
        ports.completedCaseOf(InMemoryPorts.HUDA, "REQ-2026-000041", "دعم اجتماعي");
        ports.completedCaseOf(InMemoryPorts.SALEM, "CMP-2026-000007", "شكوى");
        engine = MemberDialogTranscriptTests.engine(ports);
    }

    private TurnResult rate(String reference) {
        return engine.start(ConversationState.fresh(Language.AR, NOW), "survey", NOW, MemberDialogTranscriptTests.SUBJECT,
                Map.of("case", reference));
    }

    private static String texts(TurnResult result) {
        return result.messages().stream().map(Outbound::text).collect(Collectors.joining("\n"));
    }

    @Test
    void theMembersOwnCompletedCaseIsTakenWithoutAsking() {
        TurnResult started = rate("REQ-2026-000041");
        assertThat(texts(started)).doesNotContain(WHICH).contains(FIRST_QUESTION);
        assertThat(started.state().answers()).containsEntry("case", "REQ-2026-000041")
                .doesNotContainKey("case" + ConversationEngine.PRESET);

        TurnResult result = started;
        for (String answer : new String[] {"5", "4", "5"}) {
            result = engine.handle(result.state(), Inbound.text(answer), NOW, MemberDialogTranscriptTests.SUBJECT);
        }
        Choice skip = result.messages().get(result.messages().size() - 1).choices().get(0);
        engine.handle(result.state(), Inbound.choice(skip.key()), NOW, MemberDialogTranscriptTests.SUBJECT);
        assertThat(ports.surveys).singleElement().asString().startsWith("survey REQ-2026-000041 1 ");
    }

    @Test
    void anotherMembersCaseIsNotTakenAndTheSurveyAsksWhichOne() {
        TurnResult started = rate("CMP-2026-000007");
        assertThat(texts(started)).contains(WHICH).doesNotContain(FIRST_QUESTION);
        Outbound question = started.messages().get(started.messages().size() - 1);
        assertThat(question.choices()).extracting(c -> c.key().substring(0, c.key().indexOf('~')))
                .containsExactly("REQ-2026-000041", "general");
        assertThat(started.state().answers()).doesNotContainKeys("case", "case" + ConversationEngine.PRESET);
    }

    @Test
    void anUnknownReferenceIsNotTakenEither() {
        assertThat(texts(rate("REQ-2099-999999"))).contains(WHICH);
    }
}
