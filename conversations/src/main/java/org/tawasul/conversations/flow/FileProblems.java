package org.tawasul.conversations.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The problems found in one declared file (a flow, a FAQ, the officers), each written as
 * "file: place: what is wrong. Fix: what to do", with the checks every such file needs.
 */
public final class FileProblems {

    private static final Set<String> LANGUAGES = Set.of("ar", "en");

    private final String source;
    private final List<String> problems = new ArrayList<>();

    public FileProblems(String source) {
        this.source = source;
    }

    /** Records a problem at a place in the file ("" for the file as a whole). */
    public void add(String place, String what, String fix) {
        problems.add(source + ": " + (place.isEmpty() ? "" : place + ": ") + what + ". Fix: " + fix + ".");
    }

    /** Every problem recorded so far. */
    public List<String> list() {
        return List.copyOf(problems);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Records each key of {@code map} that is not among {@code known}. */
    public void unknownKeys(Map<?, ?> map, Set<String> known, String place) {
        for (Object key : map.keySet()) {
            if (!known.contains(String.valueOf(key))) {
                add(place.isEmpty() ? String.valueOf(key) : place + "." + key, "is not a known key",
                        "remove it or use one of: " + String.join(", ", new TreeSet<>(known)));
            }
        }
    }

    /** An id of lower-case letters, digits, '-' and '_' of at most {@code maxLength}, or null with a problem. */
    public String identifier(Object value, String place, int maxLength) {
        Pattern id = Pattern.compile("[a-z0-9][a-z0-9_-]{0," + (maxLength - 1) + "}");
        if (value == null || !id.matcher(value.toString()).matches()) {
            add(place, value == null ? "is missing" : "'" + value + "' is not a valid id",
                    "use lower-case letters, digits, '-' or '_' (at most " + maxLength + ")");
            return null;
        }
        return value.toString();
    }

    /** A text in Arabic and English, or null with a problem (none when absent and not required). */
    public LocalizedText text(Object value, String place, boolean required) {
        if (value == null) {
            if (required) {
                add(place, "is missing", "add '" + leaf(place) + ": {ar: \"...\", en: \"...\"}'");
            }
            return null;
        }
        if (!(value instanceof Map<?, ?> map)) {
            add(place, "must give the text in both languages",
                    "write it as 'ar: ...' and 'en: ...' entries under '" + leaf(place) + ":'");
            return null;
        }
        unknownKeys(map, LANGUAGES, place);
        String ar = map.get("ar") == null ? "" : map.get("ar").toString().strip();
        String en = map.get("en") == null ? "" : map.get("en").toString().strip();
        if (ar.isEmpty()) {
            add(place, "has no Arabic text", "add an 'ar:' entry (Arabic is the members' default language)");
        }
        if (en.isEmpty()) {
            add(place, "has no English text", "add an 'en:' entry");
        }
        return ar.isEmpty() || en.isEmpty() ? null : new LocalizedText(ar, en);
    }

    private static String leaf(String place) {
        int dot = place.lastIndexOf('.');
        return dot < 0 ? place : place.substring(dot + 1);
    }
}
