package org.tawasul.conversations.transcript;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed transcript. The format, one instruction per line:
 * <pre>
 * # a comment
 * &#64;lang en              the member's language at the start (default: ar)
 * &#64;start complaint      start this flow directly (as a deep link would) instead of from the menu
 * &#64;wait 25h             let time pass (s, m, h, d) before the next member line
 * &gt; text                 the member sends text
 * &gt; [button:key]         ... presses the button carrying this key
 * &gt; [photo:ref] / [document:ref] / [contact:+9665...]
 * &lt; line                 the bot's next line (choices appear as "1. label"; "&lt;" alone: an empty line)
 * ! DialogCompleted name="Ali Saad" the turn emitted this event, with these values
 * </pre>
 * After each member line (and after &#64;start) the bot lines that follow must be exactly all the
 * lines the bot sent in that turn.
 */
public record Transcript(String name, List<Entry> entries) {

    /** One instruction, with its line number in the file. */
    public sealed interface Entry {
        int line();
    }

    /** The starting language. */
    public record Lang(int line, String code) implements Entry { }

    /** Start a flow directly, and what the bot must send. */
    public record Start(int line, String flowId, List<String> expected, List<String> events) implements Entry { }

    /** Let time pass. */
    public record Wait(int line, java.time.Duration duration) implements Entry { }

    /** The member's input, and what the bot must answer to it. */
    public record Say(int line, String input, List<String> expected, List<String> events) implements Entry { }

    /** Parses the text of a transcript file. */
    public static Transcript parse(String name, String text) {
        List<Entry> entries = new ArrayList<>();
        List<String> lines = text.lines().toList();
        int i = 0;
        while (i < lines.size()) {
            String raw = lines.get(i);
            String line = raw.strip();
            int number = i + 1;
            i++;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("@lang ")) {
                entries.add(new Lang(number, line.substring(6).strip()));
            } else if (line.startsWith("@wait ")) {
                entries.add(new Wait(number, duration(name, number, line.substring(6).strip())));
            } else if (line.startsWith("@start ") || line.startsWith(">")) {
                boolean start = line.startsWith("@start ");
                String input = start ? line.substring(7).strip() : line.substring(1).strip();
                List<String> expected = new ArrayList<>();
                List<String> events = new ArrayList<>();
                while (i < lines.size() && (lines.get(i).startsWith("<") || lines.get(i).startsWith("!")
                        || lines.get(i).startsWith("#"))) {
                    String next = lines.get(i);
                    if (next.startsWith("<")) {
                        expected.add(next.length() > 1 && next.charAt(1) == ' ' ? next.substring(2).stripTrailing()
                                : next.substring(1).stripTrailing());
                    } else if (next.startsWith("!")) {
                        events.add(next.substring(1).strip());
                    }
                    i++;
                }
                entries.add(start ? new Start(number, input, expected, events) : new Say(number, input, expected, events));
            } else {
                throw new TranscriptFailure(name + ":" + number + ": cannot read '" + line
                        + "'. Start member lines with '>', bot lines with '<', events with '!', settings with '@'.");
            }
        }
        return new Transcript(name, entries);
    }

    private static java.time.Duration duration(String name, int line, String text) {
        if (text.length() < 2) {
            throw new TranscriptFailure(name + ":" + line + ": '@wait' needs an amount and a unit, e.g. '@wait 25h'.");
        }
        long amount = Long.parseLong(text.substring(0, text.length() - 1));
        return switch (text.charAt(text.length() - 1)) {
            case 's' -> java.time.Duration.ofSeconds(amount);
            case 'm' -> java.time.Duration.ofMinutes(amount);
            case 'h' -> java.time.Duration.ofHours(amount);
            case 'd' -> java.time.Duration.ofDays(amount);
            default -> throw new TranscriptFailure(name + ":" + line + ": unit must be s, m, h or d.");
        };
    }
}
