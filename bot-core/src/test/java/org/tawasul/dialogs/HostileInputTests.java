package org.tawasul.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.tawasul.conversations.engine.ConversationEngine;
import org.tawasul.conversations.engine.ConversationState;
import org.tawasul.conversations.engine.DialogStatus;
import org.tawasul.conversations.engine.TurnResult;
import org.tawasul.conversations.flow.FlowDefinition;
import org.tawasul.conversations.flow.FlowRegistry;
import org.tawasul.conversations.message.Inbound;
import org.tawasul.conversations.message.Language;
import org.tawasul.conversations.transcript.Transcript;
import org.tawasul.conversations.transcript.TranscriptRunner;

/**
 * No member input makes a turn fail: a corpus of hostile inputs is sent at every step every bundled
 * dialog reaches (each member transcript walked line by line, the corpus tried before each line) and
 * at the first step of every bundled flow; each input must get a reply and leave a valid state (a
 * known flow and step, answers that fit the conversation row).
 */
class HostileInputTests {

    /** The conversation row's answers column (MEDIUMTEXT, in bytes). */
    private static final int ANSWERS_COLUMN_BYTES = 16_777_215;
    private static final FlowRegistry FLOWS = MemberDialogTranscriptTests.registry(MemberDialogTranscriptTests.catalog());

    static Map<String, Inbound> corpus() {
        Map<String, Inbound> corpus = new LinkedHashMap<>();
        corpus.put("100 KB of text", Inbound.text("شكوى طويلة جدا عن التأخير في صرف الإعانة ".repeat(2_500)
                .substring(0, 100_000)));
        corpus.put("10,000 combining marks", Inbound.text("ا" + "\u0651".repeat(10_000)));
        corpus.put("bidi overrides", Inbound.text("\u202Eرقم 1000000008\u202C \u2066abc\u2069 \u200F"));
        corpus.put("zero-width and control characters", Inbound.text("\u200B\u200C\u200D\uFEFF\u0000\u0007\u001B[31m\r\n\t\u0085x"));
        corpus.put("only emoji", Inbound.text("😀🙏🏽👨‍👩‍👧🇸🇦"));
        corpus.put("only punctuation", Inbound.text("!!!???...،؛؟«»"));
        corpus.put("240 words joined by commas", Inbound.text(IntStream.range(0, 240)
                .mapToObj(i -> "كلمة" + Integer.toString(i, 26)).collect(Collectors.joining(","))));
        corpus.put("a lone surrogate", Inbound.text("\uD800 x \uDC00"));
        corpus.put("a deep link payload with a line break", Inbound.text("/start x\nINFO forged log line"));
        corpus.put("an unknown button", Inbound.choice("no-such-key~" + "x".repeat(200)));
        corpus.put("whitespace only", Inbound.text(" \u00A0\u3000 "));
        return corpus;
    }

    @Test
    void everyHostileInputAtEveryStepGetsAReplyAndLeavesAValidState() throws Exception {
        Map<String, Inbound> corpus = corpus();
        List<String> failures = new ArrayList<>();
        Set<String> stepsReached = new TreeSet<>();
        Set<String> stepsTried = new java.util.HashSet<>();
        int tried = 0;
        for (Path file : TranscriptRunner.files(MemberDialogTranscriptTests.DIRECTORY)) {
            InMemoryPorts ports = MemberDialogTranscriptTests.ports(file);
            ConversationEngine engine = MemberDialogTranscriptTests.engine(ports);
            Transcript transcript = Transcript.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
            Instant now = TranscriptRunner.START;
            ConversationState state = ConversationState.fresh(Language.DEFAULT, now);
            for (Transcript.Entry entry : transcript.entries()) {
                now = now.plus(Duration.ofMinutes(1));
                // each step once per language and kind of sender (the transcripts reach many steps many times)
                if ((entry instanceof Transcript.Say || entry instanceof Transcript.Start) && stepsTried.add(
                        state.flowId() + "/" + state.stepId() + "/" + state.language() + "/" + file.getFileName().toString().contains("with-"))) {
                    stepsReached.add(state.flowId() + "/" + state.stepId());
                    for (Map.Entry<String, Inbound> hostile : corpus.entrySet()) {
                        tried++;
                        String problem = problem(engine, state, hostile.getValue(), now);
                        if (problem != null) {
                            failures.add(file.getFileName() + ":" + entry.line() + " " + state.flowId() + "/"
                                    + state.stepId() + " <- " + hostile.getKey() + ": " + problem);
                        }
                    }
                }
                if (entry instanceof Transcript.Lang lang) {
                    state = ConversationState.fresh(Language.fromCode(lang.code()).orElseThrow(), now);
                } else if (entry instanceof Transcript.Wait wait) {
                    now = now.plus(wait.duration());
                } else if (entry instanceof Transcript.Start start) {
                    state = engine.start(state, start.flowId(), now, MemberDialogTranscriptTests.SUBJECT).state();
                } else if (entry instanceof Transcript.Say say) {
                    state = engine.handle(state, TranscriptRunner.input(transcript, say), now,
                            MemberDialogTranscriptTests.SUBJECT).state();
                }
            }
        }
        tried += everyFlowsFirstStep(corpus, failures, stepsReached);
        System.out.printf("Hostile inputs: %d tried at %d steps, %d failed turns%n", tried, stepsReached.size(),
                failures.size());
        assertThat(stepsReached).as("steps reached").hasSizeGreaterThan(40);
        assertThat(failures).as("turns that failed or left no reply or an invalid state, of " + tried).isEmpty();
    }

    /** Each bundled flow started afresh, hostile input at its first step, as a member and as an unknown sender. */
    private static int everyFlowsFirstStep(Map<String, Inbound> corpus, List<String> failures, Set<String> stepsReached) {
        int tried = 0;
        for (String flow : FLOWS.all().keySet()) {
            for (Language language : Language.values()) {
                InMemoryPorts ports = new InMemoryPorts();
                ConversationEngine engine = MemberDialogTranscriptTests.engine(ports);
                Instant now = TranscriptRunner.START;
                ConversationState state = engine.start(ConversationState.fresh(language, now), flow, now,
                        MemberDialogTranscriptTests.SUBJECT).state();
                stepsReached.add(state.flowId() + "/" + state.stepId());
                for (Map.Entry<String, Inbound> hostile : corpus.entrySet()) {
                    tried++;
                    now = now.plus(Duration.ofMinutes(1));
                    String problem = problem(engine, state, hostile.getValue(), now);
                    if (problem != null) {
                        failures.add(flow + " (" + language + ") " + state.stepId() + " <- " + hostile.getKey() + ": " + problem);
                    }
                }
            }
        }
        return tried;
    }

    /** What went wrong with one turn, or null. */
    private static String problem(ConversationEngine engine, ConversationState state, Inbound input, Instant now) {
        TurnResult result;
        try {
            result = engine.handle(state, input, now, MemberDialogTranscriptTests.SUBJECT);
        } catch (RuntimeException e) {
            return "threw " + e;
        }
        if (result.messages().isEmpty()) {
            return "no reply";
        }
        ConversationState next = result.state();
        if (next.status() == DialogStatus.ACTIVE) {
            FlowDefinition flow = FLOWS.get(next.flowId());
            if (flow == null || flow.step(next.stepId()) == null) {
                return "left at an unknown step " + next.flowId() + "/" + next.stepId();
            }
        }
        int bytes = next.answers().entrySet().stream()
                .mapToInt(e -> (e.getKey() + e.getValue()).getBytes(StandardCharsets.UTF_8).length + 8).sum();
        if (bytes > ANSWERS_COLUMN_BYTES) {
            return "answers of " + bytes + " bytes do not fit the conversation row";
        }
        return null;
    }
}
