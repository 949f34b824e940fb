package org.tawasul;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tawasul.conversations.engine.ConversationEngine;
import org.tawasul.conversations.engine.EngineSettings;
import org.tawasul.conversations.flow.FlowRegistry;
import org.tawasul.conversations.transcript.TranscriptRunner;

/** The bundled flows, played as transcripts in Arabic and English without Spring. */
class BundledFlowTranscriptTests {

    private static final Path DIRECTORY = Path.of("src/test/resources/transcripts");

    /** With {@code -Dtawasul.transcripts.record=true}, rewrites the bot lines from the engine, for review. */
    @TestFactory
    Stream<DynamicTest> bundledFlows() throws IOException {
        ConversationEngine engine = new ConversationEngine(FlowRegistry.load(getClass().getClassLoader(), null, "menu"),
                EngineSettings.DEFAULTS);
        if (Boolean.getBoolean("tawasul.transcripts.record")) {
            for (Path file : TranscriptRunner.files(DIRECTORY)) {
                Files.writeString(file, new TranscriptRunner(engine).record(file.toString(), Files.readString(file)));
            }
        }
        return TranscriptRunner.dynamicTests(engine, DIRECTORY);
    }
}
