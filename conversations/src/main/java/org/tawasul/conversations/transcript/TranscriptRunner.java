package org.tawasul.conversations.transcript;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.tawasul.conversations.engine.ConversationEngine;
import org.tawasul.conversations.engine.ConversationState;
import org.tawasul.conversations.engine.DialogActions;
import org.tawasul.conversations.engine.DialogEvent;
import org.tawasul.conversations.engine.TurnResult;
import org.tawasul.conversations.message.Attachment;
import org.tawasul.conversations.message.Inbound;
import org.tawasul.conversations.message.Language;
import org.tawasul.conversations.message.Outbound;
import org.tawasul.conversations.message.PlainText;

/** Plays transcripts against an engine and reports the first difference, with file and line. */
public final class TranscriptRunner {

    /** The clock every transcript starts at; each member line moves it on by a minute. */
    public static final Instant START = Instant.parse("2026-01-04T09:00:00Z");

    private final ConversationEngine engine;
    private final DialogActions.Subject subject;

    /** Plays transcripts for no particular channel. */
    public TranscriptRunner(ConversationEngine engine) {
        this(engine, DialogActions.Subject.NONE);
    }

    /** Plays transcripts as this channel address, as the application's actions see it. */
    public TranscriptRunner(ConversationEngine engine, DialogActions.Subject subject) {
        this.engine = engine;
        this.subject = subject;
    }

    /** One JUnit dynamic test per {@code *.txt} transcript in {@code directory}. */
    public static Stream<DynamicTest> dynamicTests(ConversationEngine engine, Path directory) {
        return dynamicTests(new TranscriptRunner(engine), directory);
    }

    /** One JUnit dynamic test per {@code *.txt} transcript in {@code directory}, played by {@code runner}. */
    public static Stream<DynamicTest> dynamicTests(TranscriptRunner runner, Path directory) {
        return files(directory).stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                file.toUri(), () -> runner.run(file)));
    }

    /**
     * The transcript files of a directory, sorted; a directory without any is an error (a suite that plays
     * nothing must not pass).
     */
    public static List<Path> files(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> transcripts = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
            if (transcripts.isEmpty()) {
                throw new TranscriptFailure("No transcripts (*.txt) in " + directory.toAbsolutePath()
                        + ": a suite that plays nothing proves nothing. Fix: point it at the folder of transcripts");
            }
            return transcripts;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list transcripts in " + directory, e);
        }
    }

    /** Plays one transcript file. */
    public void run(Path file) {
        try {
            run(Transcript.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Plays a parsed transcript, failing at the first difference. */
    public void run(Transcript transcript) {
        play(transcript, (entry, result) -> {
            if (entry instanceof Transcript.Start start) {
                check(transcript, start, start.expected(), start.events(), result);
            } else if (entry instanceof Transcript.Say say) {
                check(transcript, say, say.expected(), say.events(), result);
            }
        });
    }

    /**
     * Plays a transcript's member lines and returns its text with the bot lines the engine
     * actually sent in place of the written ones; comments, settings and events stay as written.
     * For writing transcripts: record, read the result carefully, keep it.
     */
    public String record(String name, String text) {
        Map<Integer, List<String>> answers = new HashMap<>();
        play(Transcript.parse(name, text), (entry, result) -> answers.put(entry.line(), lines(result)));
        StringBuilder out = new StringBuilder(text.length() * 2);
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("<")) {
                continue;
            }
            out.append(lines.get(i)).append('\n');
            for (String line : answers.getOrDefault(i + 1, List.of())) {
                out.append(line.isEmpty() ? "<" : "< " + line).append('\n');
            }
        }
        return out.toString();
    }

    private void play(Transcript transcript, BiConsumer<Transcript.Entry, TurnResult> onTurn) {
        Instant now = START;
        ConversationState state = null;
        Language language = Language.DEFAULT;
        for (Transcript.Entry entry : transcript.entries()) {
            if (state == null) {
                state = ConversationState.fresh(language, now);
            }
            if (entry instanceof Transcript.Lang lang) {
                language = Language.fromCode(lang.code()).orElseThrow(() ->
                        new TranscriptFailure(at(transcript, lang) + "unknown language '" + lang.code() + "'"));
                state = ConversationState.fresh(language, now);
            } else if (entry instanceof Transcript.Wait wait) {
                now = now.plus(wait.duration());
            } else if (entry instanceof Transcript.Start start) {
                now = now.plus(Duration.ofMinutes(1));
                TurnResult result = engine.start(state, start.flowId(), now, subject);
                onTurn.accept(start, result);
                state = result.state();
            } else if (entry instanceof Transcript.Say say) {
                now = now.plus(Duration.ofMinutes(1));
                TurnResult result = engine.handle(state, input(transcript, say), now, subject);
                onTurn.accept(say, result);
                state = result.state();
            }
        }
    }

    private static List<String> lines(TurnResult result) {
        List<String> lines = new ArrayList<>();
        for (Outbound message : result.messages()) {
            PlainText.lines(message).forEach(line -> lines.add(line.stripTrailing()));
        }
        return lines;
    }

    /** What the member sends on a transcript line: text, or {@code [button:key]}, {@code [photo:id]}, ... */
    public static Inbound input(Transcript transcript, Transcript.Say say) {
        String text = say.input();
        if (text.startsWith("[") && text.endsWith("]") && text.indexOf(':') > 0) {
            String kind = text.substring(1, text.indexOf(':'));
            String value = text.substring(text.indexOf(':') + 1, text.length() - 1);
            return switch (kind) {
                case "button" -> Inbound.choice(value);
                case "photo" -> Inbound.attachment(new Attachment(Attachment.Kind.PHOTO, value, null, 0));
                case "document" -> Inbound.attachment(new Attachment(Attachment.Kind.DOCUMENT, value, value, 0));
                case "contact" -> Inbound.contact(value);
                default -> throw new TranscriptFailure(at(transcript, say) + "unknown input '[" + kind
                        + ":...]'; use button, photo, document or contact");
            };
        }
        return Inbound.text(text);
    }

    private static void check(Transcript transcript, Transcript.Entry entry, List<String> expected,
                              List<String> events, TurnResult result) {
        List<String> actual = lines(result);
        if (!actual.equals(expected)) {
            throw new TranscriptFailure(at(transcript, entry) + "the bot answered differently.\n--- expected\n"
                    + block(expected) + "\n--- actual\n" + block(actual));
        }
        for (String event : events) {
            if (result.events().stream().noneMatch(e -> matches(e, event))) {
                throw new TranscriptFailure(at(transcript, entry) + "expected event '" + event + "' but the turn emitted "
                        + result.events());
            }
        }
    }

    /** Whether the event has this simple name and, for each {@code key=value} or {@code key="a value"}, that value. */
    static boolean matches(DialogEvent event, String expectation) {
        List<String> parts = tokens(expectation);
        if (!event.getClass().getSimpleName().equals(parts.get(0))) {
            return false;
        }
        for (String part : parts.subList(1, parts.size())) {
            int eq = part.indexOf('=');
            if (eq < 0 || !part.substring(eq + 1).equals(valueOf(event, part.substring(0, eq)))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ' ' && !quoted) {
                if (!token.isEmpty()) {
                    tokens.add(token.toString());
                    token.setLength(0);
                }
            } else {
                token.append(c);
            }
        }
        if (!token.isEmpty()) {
            tokens.add(token.toString());
        }
        return tokens;
    }

    private static String valueOf(DialogEvent event, String key) {
        if (event instanceof DialogEvent.DialogCompleted completed && completed.answers().containsKey(key)) {
            return completed.answers().get(key);
        }
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            if (component.getName().equals(key)) {
                try {
                    return String.valueOf(component.getAccessor().invoke(event));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return null;
    }

    private static String block(List<String> lines) {
        return lines.isEmpty() ? "(nothing)" : "< " + String.join("\n< ", lines);
    }

    private static String at(Transcript transcript, Transcript.Entry entry) {
        return transcript.name() + ":" + entry.line() + ": ";
    }

}
