package org.tawasul.conversations.flow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The validated set of flows the engine runs: bundled flows, overridden or extended by a
 * society's own directory. Cross-flow references are checked when the registry is built.
 */
public final class FlowRegistry {

    /** The classpath folder holding bundled flows, listed in its {@code index.txt}. */
    public static final String BUNDLED_FOLDER = "flows/";

    private final Map<String, FlowDefinition> flows;

    private FlowRegistry(Map<String, FlowDefinition> flows) {
        this.flows = Map.copyOf(flows);
    }

    /**
     * Builds a registry; a later flow with the same id replaces an earlier one.
     *
     * @param requiredFlows ids that must exist (such as the menu), each checked like a reference
     * @throws FlowDefinitionException naming every dangling reference
     */
    public static FlowRegistry of(Collection<FlowDefinition> definitions, String... requiredFlows) {
        Map<String, FlowDefinition> byId = new LinkedHashMap<>();
        definitions.forEach(flow -> byId.put(flow.id(), flow));
        List<String> problems = new ArrayList<>();
        for (String required : requiredFlows) {
            if (!byId.containsKey(required)) {
                problems.add("flows: no flow has the id '" + required + "'. Fix: add a flow file with 'id: " + required
                        + "' or change the setting that names it.");
            }
        }
        for (FlowDefinition flow : byId.values()) {
            for (StepDefinition step : flow.steps()) {
                if (step.targetFlow() != null && !step.targetFlow().contains("{") && !byId.containsKey(step.targetFlow())) {
                    problems.add(flow.source() + ": step " + step.id() + ".flow: refers to '" + step.targetFlow()
                            + "', which no flow declares. Fix: name an existing flow id or add that flow.");
                }
                for (OptionDefinition option : step.options()) {
                    if (option.flow() != null && !byId.containsKey(option.flow())) {
                        problems.add(flow.source() + ": step " + step.id() + ".options (" + option.id() + ").flow: refers to '"
                                + option.flow() + "', which no flow declares. Fix: name an existing flow id or add that flow.");
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new FlowDefinitionException(problems);
        }
        return new FlowRegistry(byId);
    }

    /**
     * Loads the bundled flows (classpath {@code flows/index.txt} lists the files) and then every
     * {@code *.yaml}/{@code *.yml} in {@code overrides}, if given, collecting the problems of all files.
     */
    public static FlowRegistry load(ClassLoader classLoader, Path overrides, String... requiredFlows) {
        return of(parse(sources(classLoader, BUNDLED_FOLDER, overrides)), requiredFlows);
    }

    /** Parses flow files (name to YAML text), collecting the problems of all of them. */
    public static List<FlowDefinition> parse(Map<String, String> sources) {
        List<FlowDefinition> definitions = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        sources.forEach((source, yaml) -> {
            try {
                definitions.add(FlowLoader.parse(source, yaml));
            } catch (FlowDefinitionException e) {
                problems.addAll(e.problems());
            }
        });
        if (!problems.isEmpty()) {
            throw new FlowDefinitionException(problems);
        }
        return definitions;
    }

    /**
     * The texts of the files in a bundled classpath folder (listed in its {@code index.txt}),
     * followed by the {@code *.yaml}/{@code *.yml} files of {@code directory}, if given; by name.
     */
    public static Map<String, String> sources(ClassLoader classLoader, String folder, Path directory) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (String name : bundledNames(classLoader, folder)) {
            sources.put("classpath:" + folder + name, read(classLoader, folder + name));
        }
        if (directory != null) {
            if (!Files.isDirectory(directory)) {
                throw new FlowDefinitionException(List.of(directory + ": is not a directory. Fix: point the setting at "
                        + "a folder of .yaml files, or leave it empty for the bundled files."));
            }
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.filter(FlowRegistry::isFlowFile).sorted().toList()) {
                    sources.put(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + directory, e);
            }
        }
        return sources;
    }

    private static boolean isFlowFile(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    private static List<String> bundledNames(ClassLoader classLoader, String folder) {
        String index = read(classLoader, folder + "index.txt");
        return index.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static String read(ClassLoader classLoader, String resource) {
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new FlowDefinitionException(List.of("classpath:" + resource + ": not found. Fix: list only files "
                        + "that exist in the folder's index.txt."));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /** The flow with this id, or null. */
    public FlowDefinition get(String id) {
        return id == null ? null : flows.get(id);
    }

    /** Every flow, by id. */
    public Map<String, FlowDefinition> all() {
        return flows;
    }
}
