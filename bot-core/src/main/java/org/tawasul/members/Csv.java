package org.tawasul.members;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits RFC 4180 text into records: fields separated by commas, quoted with double quotes (which may
 * hold commas, line breaks and doubled quotes), records ended by CRLF, LF or CR; blank lines skipped.
 */
final class Csv {

    /**
     * One record.
     *
     * @param line    the line of the file it starts on (1 for the first)
     * @param fields  its fields, unquoted
     * @param problem what is wrong with its syntax, or null
     */
    record Record(int line, List<String> fields, String problem) {
    }

    private final String text;
    private int pos;
    private int line = 1;

    private Csv(String text) {
        this.text = text;
    }

    static List<Record> parse(String text) {
        return new Csv(text).records();
    }

    private List<Record> records() {
        List<Record> records = new ArrayList<>();
        while (pos < text.length()) {
            Record record = record();
            if (!(record.fields().size() == 1 && record.fields().get(0).isEmpty() && record.problem() == null)) {
                records.add(record);
            }
        }
        return records;
    }

    private Record record() {
        int start = line;
        List<String> fields = new ArrayList<>();
        String problem = null;
        while (true) {
            StringBuilder field = new StringBuilder();
            if (pos < text.length() && text.charAt(pos) == '"') {
                pos++;
                if (!quoted(field)) {
                    fields.add(field.toString());
                    return new Record(start, fields, "a quoted field is not closed before the end of the file");
                }
                if (pos < text.length() && !isDelimiter(text.charAt(pos))) {
                    problem = "field " + (fields.size() + 1) + " has text after its closing quote";
                    unquoted(field);
                }
            } else {
                unquoted(field);
            }
            fields.add(field.toString());
            if (pos >= text.length()) {
                return new Record(start, fields, problem);
            }
            if (text.charAt(pos++) == ',') {
                continue;
            }
            if (text.charAt(pos - 1) == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
                pos++;
            }
            line++;
            return new Record(start, fields, problem);
        }
    }

    /** Reads a quoted field after its opening quote; false when the file ends first. */
    private boolean quoted(StringBuilder field) {
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                if (pos < text.length() && text.charAt(pos) == '"') {
                    field.append('"');
                    pos++;
                    continue;
                }
                return true;
            }
            if (c == '\n' || (c == '\r' && (pos >= text.length() || text.charAt(pos) != '\n'))) {
                line++;
            }
            field.append(c);
        }
        return false;
    }

    private void unquoted(StringBuilder field) {
        while (pos < text.length() && !isDelimiter(text.charAt(pos))) {
            field.append(text.charAt(pos++));
        }
    }

    private static boolean isDelimiter(char c) {
        return c == ',' || c == '\n' || c == '\r';
    }
}
