package org.tawasul.dialogs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tawasul.conversations.catalog.ServiceCatalog;
import org.tawasul.conversations.engine.ConversationEngine;
import org.tawasul.conversations.engine.DialogActions;
import org.tawasul.conversations.engine.EngineSettings;
import org.tawasul.conversations.flow.FlowDefinition;
import org.tawasul.conversations.flow.FlowRegistry;
import org.tawasul.conversations.transcript.TranscriptRunner;

/**
 * The bundled member dialogs played as transcripts, without Spring: the real flows, catalog and
 * actions, with the registry, FAQ and cases held in memory ({@link InMemoryPorts}). Each transcript
 * starts with a fresh memory. {@code -Dtawasul.transcripts.record=true} rewrites the bot lines.
 */
class MemberDialogTranscriptTests {

    static final Path DIRECTORY = Path.of("src/test/resources/dialogs");
    static final DialogActions.Subject SUBJECT = new DialogActions.Subject("console", "transcript");

    static TranscriptRunner runner(InMemoryPorts ports) {
        return new TranscriptRunner(engine(ports), SUBJECT);
    }

    /** The engine with the bundled flows and catalog, and the member dialogs' actions on {@code ports}. */
    static ConversationEngine engine(InMemoryPorts ports) {
        ServiceCatalog catalog = catalog();
        FlowRegistry registry = registry(catalog);
        MemberDialogActions actions = new MemberDialogActions(ports, ports, ports, ports, catalog, registry, new SurveyPort.Settings(2));
        return new ConversationEngine(registry, EngineSettings.DEFAULTS, actions);
    }

    static ServiceCatalog catalog() {
        return ServiceCatalog.read(FlowRegistry.sources(MemberDialogTranscriptTests.class.getClassLoader(), "services/", null));
    }

    /** Every bundled flow: the dialogs and the services' own forms. */
    static FlowRegistry registry(ServiceCatalog catalog) {
        List<FlowDefinition> flows = new ArrayList<>(catalog.flows());
        flows.addAll(FlowRegistry.parse(FlowRegistry.sources(MemberDialogTranscriptTests.class.getClassLoader(),
                FlowRegistry.BUNDLED_FOLDER, null)));
        return FlowRegistry.of(flows, "menu");
    }

    @TestFactory
    Stream<DynamicTest> memberDialogs() throws IOException {
        if (Boolean.getBoolean("tawasul.transcripts.record")) {
            for (Path file : TranscriptRunner.files(DIRECTORY)) {
                Files.writeString(file, runner(ports(file)).record(file.toString(), Files.readString(file)));
            }
        }
        return TranscriptRunner.files(DIRECTORY).stream().map(file -> DynamicTest.dynamicTest(
                file.getFileName().toString(), file.toUri(), () -> runner(ports(file)).run(file)));
    }

    /**
     * Fresh memory per transcript; a file named "*-with-cases-*" starts with open cases on record for Huda
     * and Salem, one named "*-with-completed-*" with completed ones; one named "*-no-sms-*" runs where no
     * SMS can carry a one-time code.
     */
    static InMemoryPorts ports(Path file) {
        InMemoryPorts ports = new InMemoryPorts();
        if (file.getFileName().toString().contains("with-cases")) {
            ports.caseOf(InMemoryPorts.HUDA, "REQ-2026-000041", "دعم اجتماعي");
            ports.caseOf(InMemoryPorts.SALEM, "CMP-2026-000007", "شكوى");
        }
        if (file.getFileName().toString().contains("with-completed")) {
            ports.completedCaseOf(InMemoryPorts.HUDA, "REQ-2026-000012", "استئجار معدات");
            ports.completedCaseOf(InMemoryPorts.SALEM, "CMP-2026-000003", "شكوى");
        }
        if (file.getFileName().toString().contains("no-sms")) {
            ports.sms = false;
        }
        return ports;
    }
}
