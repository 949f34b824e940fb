package org.tawasul.members;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads a members CSV file (UTF-8, a BOM tolerated): the header row names the columns, in any order. */
final class MemberCsv {

    static final List<String> REQUIRED = List.of("member_number", "full_name", "national_id", "phone", "category",
            "field_of_work", "preferred_language", "preferred_channel");
    static final String EMAIL = "email";
    private static final String COLUMNS_FIX = "Fix: the first line must name the columns "
            + String.join(",", REQUIRED) + " and optionally " + EMAIL + ", in any order";

    /**
     * One data row.
     *
     * @param line    the line it starts on (the header is line 1)
     * @param values  by column name; email is "" when the file has no such column
     * @param problem what is wrong with its shape, or null
     */
    record Row(int line, Map<String, String> values, String problem) {

        String get(String column) {
            return values.getOrDefault(column, "");
        }
    }

    private MemberCsv() {
    }

    /** The data rows of {@code file}; throws when the file or its header cannot be used. */
    static List<Row> read(Path file) throws ImportFileUnusable {
        List<Csv.Record> records = Csv.parse(text(file));
        if (records.isEmpty()) {
            throw new ImportFileUnusable(file + " is empty. " + COLUMNS_FIX);
        }
        List<String> columns = header(file, records.get(0));
        List<Row> rows = new ArrayList<>(records.size() - 1);
        for (Csv.Record record : records.subList(1, records.size())) {
            rows.add(row(record, columns));
        }
        return rows;
    }

    private static String text(Path file) throws ImportFileUnusable {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new ImportFileUnusable(file + " is a folder, not a CSV file.");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ImportFileUnusable(file + " does not exist.");
        } catch (AccessDeniedException e) {
            throw new ImportFileUnusable(file + " cannot be read: permission denied.");
        } catch (IOException e) {
            throw new ImportFileUnusable(file + " cannot be read: " + e.getMessage());
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ImportFileUnusable(file + " is not UTF-8 text. Fix: save it as \"CSV UTF-8\".");
        }
    }

    private static List<String> header(Path file, Csv.Record record) throws ImportFileUnusable {
        if (record.problem() != null) {
            throw new ImportFileUnusable(file + ": line " + record.line() + " (the header): " + record.problem() + ". "
                    + COLUMNS_FIX);
        }
        List<String> columns = record.fields().stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
        Map<String, Integer> seen = new HashMap<>();
        for (String column : columns) {
            if (!REQUIRED.contains(column) && !column.equals(EMAIL)) {
                throw new ImportFileUnusable(file + ": the header has an unknown column '" + column + "'. " + COLUMNS_FIX);
            }
            if (seen.merge(column, 1, Integer::sum) > 1) {
                throw new ImportFileUnusable(file + ": the header names the column " + column + " twice. " + COLUMNS_FIX);
            }
        }
        List<String> missing = REQUIRED.stream().filter(column -> !seen.containsKey(column)).toList();
        if (!missing.isEmpty()) {
            throw new ImportFileUnusable(file + ": the header has no column " + String.join(", ", missing) + ". "
                    + COLUMNS_FIX);
        }
        return columns;
    }

    private static Row row(Csv.Record record, List<String> columns) {
        if (record.problem() != null) {
            return new Row(record.line(), Map.of(), record.problem());
        }
        if (record.fields().size() != columns.size()) {
            return new Row(record.line(), Map.of(), "has " + record.fields().size() + " fields, the header has "
                    + columns.size());
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            values.put(columns.get(i), record.fields().get(i).strip());
        }
        return new Row(record.line(), values, null);
    }
}
