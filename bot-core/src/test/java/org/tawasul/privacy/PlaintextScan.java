package org.tawasul.privacy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scans every column of every table of the current schema (from {@code information_schema}) for
 * plaintext national IDs and phone numbers in any written form: {@code 05…}, {@code +9665…},
 * {@code 9665…}, with spaces or dashes, in ASCII, Arabic-Indic or Persian digits, and inside JSON
 * {@code \\uXXXX} escapes.
 */
final class PlaintextScan {

    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-\\u00a0().\\u200e\\u200f]");

    private final JdbcTemplate jdbc;
    private final List<String> secrets;

    /**
     * @param secrets national IDs (10 digits) and phone numbers' national significant numbers
     *                (9 digits, e.g. {@code 501234567}): every form of a phone contains the latter
     */
    PlaintextScan(JdbcTemplate jdbc, List<String> secrets) {
        this.jdbc = jdbc;
        this.secrets = secrets;
    }

    /** The columns that hold one of the secrets, as {@code table.column} to the number of rows. */
    Map<String, Integer> findings() {
        Map<String, Integer> found = new TreeMap<>();
        for (Map<String, Object> column : columns()) {
            String table = ((String) column.get("table_name")).toLowerCase();
            String name = ((String) column.get("column_name")).toLowerCase();
            for (Object value : jdbc.queryForList("SELECT " + name + " FROM " + table, Object.class)) {
                if (value != null && containsSecret(text(value))) {
                    found.merge(table + "." + name, 1, Integer::sum);
                }
            }
        }
        return found;
    }

    /** Like {@link #findings}, for the secrets as they are (no normalisation): e.g. a key id's prefix. */
    Map<String, Integer> rawFindings() {
        Map<String, Integer> found = new TreeMap<>();
        for (Map<String, Object> column : columns()) {
            String table = ((String) column.get("table_name")).toLowerCase();
            String name = ((String) column.get("column_name")).toLowerCase();
            for (Object value : jdbc.queryForList("SELECT " + name + " FROM " + table, Object.class)) {
                if (value != null && secrets.stream().anyMatch(text(value)::contains)) {
                    found.merge(table + "." + name, 1, Integer::sum);
                }
            }
        }
        return found;
    }

    /** Every column of every table of the schema in use, never empty. */
    List<Map<String, Object>> columns() {
        List<Map<String, Object>> columns = new ArrayList<>(jdbc.queryForList("""
                SELECT c.TABLE_NAME AS table_name, c.COLUMN_NAME AS column_name
                FROM information_schema.COLUMNS c JOIN information_schema.TABLES t
                  ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME
                WHERE LOWER(c.TABLE_SCHEMA) = LOWER(SCHEMA()) AND t.TABLE_TYPE IN ('BASE TABLE', 'TABLE')"""));
        if (columns.size() < 50) {
            throw new IllegalStateException("information_schema lists only " + columns.size() + " columns");
        }
        return columns;
    }

    boolean containsSecret(String value) {
        String normal = normalise(value);
        return secrets.stream().anyMatch(normal::contains);
    }

    static String normalise(String value) {
        Matcher escapes = UNICODE_ESCAPE.matcher(value);
        StringBuilder unescaped = new StringBuilder();
        while (escapes.find()) {
            escapes.appendReplacement(unescaped,
                    Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(escapes.group(1), 16))));
        }
        escapes.appendTail(unescaped);
        StringBuilder digits = new StringBuilder(unescaped.length());
        unescaped.codePoints().forEach(c -> {
            int digit = Character.isDigit(c) ? Character.digit(c, 10) : -1;
            digits.append(digit >= 0 ? (char) ('0' + digit) : new String(Character.toChars(c)));
        });
        return SEPARATORS.matcher(digits).replaceAll("");
    }

    private static String text(Object value) {
        return value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(value);
    }
}
