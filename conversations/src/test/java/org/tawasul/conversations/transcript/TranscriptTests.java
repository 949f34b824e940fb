package org.tawasul.conversations.transcript;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tawasul.conversations.engine.ConversationEngine;
import org.tawasul.conversations.engine.EngineSettings;
import org.tawasul.conversations.flow.FlowRegistry;

/**
 * Plays every transcript in {@code src/test/resources/transcripts} against the test flows.
 * With {@code -Dtawasul.transcripts.record=true} it rewrites the bot lines from what the engine
 * says instead, for review with {@code git diff}.
 */
class TranscriptTests {

    static final Path DIRECTORY = Path.of("src/test/resources/transcripts");

    static ConversationEngine engine() {
        return new ConversationEngine(FlowRegistry.load(TranscriptTests.class.getClassLoader(), null, "menu"),
                EngineSettings.DEFAULTS);
    }

    @TestFactory
    Stream<DynamicTest> transcripts() throws IOException {
        ConversationEngine engine = engine();
        if (Boolean.getBoolean("tawasul.transcripts.record")) {
            TranscriptRunner runner = new TranscriptRunner(engine);
            for (Path file : TranscriptRunner.files(DIRECTORY)) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Files.writeString(file, runner.record(file.toString(), text), StandardCharsets.UTF_8);
            }
        }
        return TranscriptRunner.dynamicTests(engine, DIRECTORY);
    }

    @org.junit.jupiter.api.Test
    void anEmptyFolderFailsInsteadOfPassingWithNothingPlayed(@org.junit.jupiter.api.io.TempDir Path empty)
            throws IOException {
        Files.writeString(empty.resolve("notes.md"), "not a transcript");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TranscriptRunner.dynamicTests(engine(), empty))
                .isInstanceOf(TranscriptFailure.class).hasMessageContaining("No transcripts");
    }
}
