package org.tawasul.members;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads RFC 4180 text into records with Apache Commons CSV: fields separated by commas, quoted with
 * double quotes (which may hold commas, line breaks and doubled quotes), records ended by CRLF, LF or
 * CR, blank lines skipped. Each record knows the line of the file it starts on. A syntax error ends
 * the reading: the last record then names the problem and the line it starts on (an import is
 * all-or-nothing, so nothing after it matters).
 */
final class Csv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
    private static final Pattern PARSER_LINE = Pattern.compile("line:? (\\d+)");

    /**
     * One record.
     *
     * @param line    the line of the file it starts on (1 for the first)
     * @param fields  its fields, unquoted
     * @param problem what is wrong with its syntax, or null
     */
    record Record(int line, List<String> fields, String problem) {
    }

    private Csv() {
    }

    static List<Record> parse(String text) {
        LineStarts lines = new LineStarts(text);
        List<Record> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setFormat(FORMAT).setReader(new StringReader(text)).get()) {
            Iterator<CSVRecord> iterator = parser.iterator();
            long nextStart = 0;
            while (true) {
                CSVRecord record;
                try {
                    if (!iterator.hasNext()) {
                        break;
                    }
                    record = iterator.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    records.add(new Record(lines.lineOf(lines.firstContentFrom(nextStart)), List.of(),
                            problem(e, lines.lineOf(lines.firstContentFrom(nextStart)))));
                    break;
                }
                records.add(new Record(lines.lineOf(lines.firstContentFrom(record.getCharacterPosition())), record.toList(), null));
                nextStart = lines.startOfLine(parser.getCurrentLineNumber() + 1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }

    /** The parser's words for a syntax error, as an import reports it. */
    private static String problem(RuntimeException e, int recordLine) {
        String message = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                : String.valueOf(e.getMessage());
        String lower = message.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("eof reached before encapsulated token finished")) {
            return "a quoted field is not closed before the end of the file";
        }
        if (lower.contains("between encapsulated token and delimiter")) {
            Matcher line = PARSER_LINE.matcher(message);
            return "a field has text after its closing quote"
                    + (line.find() && Integer.parseInt(line.group(1)) != recordLine ? " (line " + line.group(1) + ")" : "");
        }
        return "the line cannot be read as CSV: " + message;
    }

    /** Offsets where lines start, to turn a character position into a line number. */
    private static final class LineStarts {

        private final String text;
        private final List<Integer> starts = new ArrayList<>();

        LineStarts(String text) {
            this.text = text;
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                    starts.add(i + 1);
                }
            }
        }

        int lineOf(long position) {
            int low = 0;
            int high = starts.size() - 1;
            while (low < high) {
                int middle = (low + high + 1) >>> 1;
                if (starts.get(middle) <= position) {
                    low = middle;
                } else {
                    high = middle - 1;
                }
            }
            return low + 1;
        }

        /** Where line {@code line} (1 for the first) starts; the text's end for a line past it. */
        long startOfLine(long line) {
            return line - 1 < starts.size() ? starts.get((int) (line - 1)) : text.length();
        }

        /** The first position at or after {@code from} that is not a line break (blank lines are skipped). */
        long firstContentFrom(long from) {
            long position = from;
            while (position < text.length() && (text.charAt((int) position) == '\n' || text.charAt((int) position) == '\r')) {
                position++;
            }
            return position;
        }
    }
}
