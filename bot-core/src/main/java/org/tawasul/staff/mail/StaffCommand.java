package org.tawasul.staff.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The commands staff write on the first line(s) of a reply, in Arabic or English ({@code #تم}/{@code #done} …),
 * and the text that remains for the member. A line that starts with {@code #} and names no command makes the
 * whole reply unknown: nothing of it is relayed.
 */
record StaffCommand(Kind kind, String argument, String text, String unknown) {

    enum Kind { NONE, DONE, REVIEW, APPROVED, REJECTED, MISSING, ASSIGN, NOTE }

    private static final Map<String, Kind> NAMES = Map.ofEntries(
            Map.entry("تم", Kind.DONE), Map.entry("done", Kind.DONE),
            Map.entry("مراجعة", Kind.REVIEW), Map.entry("مراجعه", Kind.REVIEW), Map.entry("review", Kind.REVIEW),
            Map.entry("معتمد", Kind.APPROVED), Map.entry("approved", Kind.APPROVED), Map.entry("approve", Kind.APPROVED),
            Map.entry("مرفوض", Kind.REJECTED), Map.entry("rejected", Kind.REJECTED), Map.entry("reject", Kind.REJECTED),
            Map.entry("نواقص", Kind.MISSING), Map.entry("missing", Kind.MISSING),
            Map.entry("تحويل", Kind.ASSIGN), Map.entry("assign", Kind.ASSIGN),
            Map.entry("ملاحظة", Kind.NOTE), Map.entry("ملاحظه", Kind.NOTE), Map.entry("note", Kind.NOTE));

    private static final Pattern LINE = Pattern.compile("^#\\s*([\\p{L}\\p{M}_-]+)\\s*(.*)$");
    private static final Pattern MARKS = Pattern.compile("[\\u200e\\u200f\\u061c\\u202a-\\u202e\\u2066-\\u2069\\ufeff]");

    /** Reads the reply's new text. */
    static StaffCommand parse(String newText) {
        List<String> lines = new ArrayList<>(List.of((newText == null ? "" : newText).split("\\R", -1)));
        while (!lines.isEmpty() && clean(lines.get(0)).isEmpty()) {
            lines.remove(0);
        }
        if (lines.isEmpty() || !clean(lines.get(0)).startsWith("#")) {
            return new StaffCommand(Kind.NONE, null, String.join("\n", lines).strip(), null);
        }
        Matcher m = LINE.matcher(clean(lines.get(0)));
        if (!m.matches()) {
            return new StaffCommand(Kind.NONE, null, "", clean(lines.get(0)).split("\\s+")[0]);
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        Kind kind = NAMES.get(name);
        if (kind == null) {
            return new StaffCommand(Kind.NONE, null, "", "#" + m.group(1));
        }
        String rest = m.group(2).strip();
        lines.remove(0);
        String argument = null;
        if (kind == Kind.ASSIGN) {
            String[] parts = rest.split("\\s+", 2);
            argument = parts[0].isEmpty() ? null : parts[0];
            rest = parts.length > 1 ? parts[1] : "";
        }
        String text = (rest + "\n" + String.join("\n", lines)).strip();
        return new StaffCommand(kind, argument, text, null);
    }

    private static String clean(String line) {
        return MARKS.matcher(line).replaceAll("").strip();
    }
}
