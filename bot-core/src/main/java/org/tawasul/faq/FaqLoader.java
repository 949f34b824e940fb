package org.tawasul.faq;

import org.tawasul.conversations.flow.FileProblems;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.tawasul.conversations.flow.LocalizedText;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads an FAQ file (YAML) into entries, collecting every problem with the file name, the entry and the fix
 * instead of stopping at the first.
 */
final class FaqLoader {

    /** The bundled answers, on the class path. */
    static final String BUNDLED = "faq/faq.yaml";

    private static final Set<String> ENTRY_KEYS = Set.of("id", "category", "question", "answer", "keywords", "examples");
    private static final Set<String> LANGUAGE_KEYS = Set.of("ar", "en");

    private final String source;
    private final FileProblems problems;

    private FaqLoader(String source) {
        this.source = source;
        this.problems = new FileProblems(source);
    }

    /** The bundled entries. */
    static List<FaqEntry> bundled() {
        try (InputStream in = FaqLoader.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new FaqDefinitionException(List.of(BUNDLED + ": is not on the class path. Fix: rebuild tawasul.jar"));
            }
            return parse(BUNDLED, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new FaqDefinitionException(List.of(BUNDLED + ": cannot be read (" + e.getMessage() + ")"));
        }
    }

    /** A file the entries came from, and how many it held. */
    record Source(String name, int entries) {
    }

    /**
     * The entries of the bundled file, or of {@code file} when set, then of each {@code *.yaml}/{@code *.yml} file
     * in {@code directory} (when set) in name order; an entry whose id was used before replaces the earlier one in
     * its place.
     *
     * @param sources receives each file read, in order
     * @throws FaqDefinitionException naming every problem of every file
     */
    static List<FaqEntry> load(Path file, Path directory, List<Source> sources) {
        Map<String, FaqEntry> entries = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        read(() -> file == null ? bundled() : load(file), file == null ? BUNDLED : file.toString(), entries, sources, problems);
        if (directory != null) {
            for (Path extra : directoryFiles(directory, problems)) {
                read(() -> load(extra), extra.toString(), entries, sources, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new FaqDefinitionException(problems);
        }
        return List.copyOf(entries.values());
    }

    private static void read(Supplier<List<FaqEntry>> file, String name,
            Map<String, FaqEntry> entries, List<Source> sources, List<String> problems) {
        try {
            List<FaqEntry> read = file.get();
            read.forEach(entry -> entries.put(entry.id(), entry));
            sources.add(new Source(name, read.size()));
        } catch (FaqDefinitionException e) {
            problems.addAll(e.problems());
        }
    }

    private static List<Path> directoryFiles(Path directory, List<String> problems) {
        if (!Files.isDirectory(directory) || !Files.isReadable(directory)) {
            problems.add(directory + ": is not a readable folder. Fix: set tawasul.faq.directory to the folder of the "
                    + "society's FAQ files (*.yaml), or remove the setting.");
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().matches("(?i).+\\.ya?ml")).filter(Files::isRegularFile)
                    .sorted().toList();
        } catch (IOException e) {
            problems.add(directory + ": cannot be listed (" + e.getMessage() + ")");
            return List.of();
        }
    }

    /** The entries of a society's own file. */
    static List<FaqEntry> load(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new FaqDefinitionException(List.of(file + ": is not a readable file. Fix: set tawasul.faq.file to the path "
                    + "of the society's FAQ YAML file, or remove the setting to use the bundled answers."));
        }
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new FaqDefinitionException(List.of(file + ": cannot be read as UTF-8 text (" + e.getMessage()
                    + "). Fix: save the file as UTF-8."));
        }
    }

    /**
     * Parses the YAML text of one FAQ file.
     *
     * @param source the file's name, used in error messages
     * @throws FaqDefinitionException naming every problem found
     */
    static List<FaqEntry> parse(String source, String yaml) {
        FaqLoader loader = new FaqLoader(source);
        List<FaqEntry> entries = loader.read(yaml);
        if (!loader.problems.isEmpty()) {
            throw new FaqDefinitionException(loader.problems.list());
        }
        return entries;
    }

    private List<FaqEntry> read(String yaml) {
        Object document;
        try {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (YAMLException e) {
            problems.add("", "is not valid YAML (" + e.getMessage().replace('\n', ' ') + ")", "correct the YAML syntax");
            return List.of();
        }
        if (!(document instanceof Map<?, ?> root) || !(root.get("entries") instanceof List<?> list) || list.isEmpty()) {
            problems.add("entries", "is missing or empty", "start the file with 'entries:' and list the entries under it");
            return List.of();
        }
        problems.unknownKeys(root, Set.of("entries"), "");
        List<FaqEntry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String place = "entries[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> map)) {
                problems.add(place, "is not a mapping", "write the entry as 'id: ...', 'category: ...', 'question: ...', 'answer: ...'");
                continue;
            }
            FaqEntry entry = entry(map, place, ids);
            if (entry != null) {
                entries.add(entry);
            }
        }
        return entries;
    }

    private FaqEntry entry(Map<?, ?> map, String place, Set<String> ids) {
        String id = problems.identifier(map.get("id"), place + ".id", 48);
        String at = place + (id == null ? "" : " (" + id + ")");
        if (id != null && !ids.add(id)) {
            problems.add(at + ".id", "'" + id + "' is used by an earlier entry", "give each entry its own id");
        }
        problems.unknownKeys(map, ENTRY_KEYS, at);
        String category = problems.identifier(map.get("category"), at + ".category", 48);
        LocalizedText question = problems.text(map.get("question"), at + ".question", true);
        LocalizedText answer = problems.text(map.get("answer"), at + ".answer", true);
        FaqEntry.Keywords keywords = perLanguage(map.get("keywords"), at + ".keywords", "words",
                "'[word, another word]' or one '- word' per line");
        FaqEntry.Keywords examples = perLanguage(map.get("examples"), at + ".examples", "questions",
                "one '- question' per line");
        boolean complete = id != null && category != null && question != null && answer != null && keywords != null
                && examples != null;
        return complete ? new FaqEntry(id, category, question, answer, keywords, examples) : null;
    }

    private FaqEntry.Keywords perLanguage(Object value, String place, String what, String form) {
        if (value == null) {
            return FaqEntry.Keywords.NONE;
        }
        if (!(value instanceof Map<?, ?> map)) {
            problems.add(place, "must list " + what + " per language", "write it as 'ar:' and 'en:' lists");
            return null;
        }
        problems.unknownKeys(map, LANGUAGE_KEYS, place);
        List<String> ar = texts(map.get("ar"), place + ".ar", what, form);
        List<String> en = texts(map.get("en"), place + ".en", what, form);
        return ar == null || en == null ? null : new FaqEntry.Keywords(ar, en);
    }

    private List<String> texts(Object value, String place, String what, String form) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list && list.stream().allMatch(w -> w instanceof String || w instanceof Number)) {
            return list.stream().map(String::valueOf).map(String::strip).filter(w -> !w.isEmpty()).toList();
        }
        problems.add(place, "must be a list of " + what, "write it as " + form);
        return null;
    }

}
