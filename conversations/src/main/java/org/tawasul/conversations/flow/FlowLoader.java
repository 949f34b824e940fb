package org.tawasul.conversations.flow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads one flow file (YAML) into a {@link FlowDefinition}, collecting every problem with the
 * file name, the place and the fix instead of stopping at the first.
 */
public final class FlowLoader {

    /** The step types an application's check may follow ({@code check:}). */
    private static final java.util.Set<StepType> CHECKED_TYPES = java.util.EnumSet.of(StepType.TEXT, StepType.CHOICE,
            StepType.NUMBER, StepType.PHONE, StepType.NATIONAL_ID, StepType.EMAIL, StepType.DATE);

    private static final Set<String> FLOW_KEYS = Set.of("id", "version", "title", "done", "on-exhausted", "max-attempts", "steps");
    private static final Set<String> STEP_KEYS = Set.of("id", "type", "prompt", "label", "error", "help", "min", "max",
            "options", "when", "optional", "flow", "fields", "max-attempts", "action", "options-from", "empty", "check", "unit",
            "period");
    private static final Set<String> OPTION_KEYS = Set.of("id", "label", "synonyms", "flow", "command");

    private final String source;
    private final FileProblems problems;

    private FlowLoader(String source) {
        this.source = source;
        this.problems = new FileProblems(source);
    }

    /**
     * Parses the YAML text of one flow file.
     *
     * @param source the file's name, used in error messages
     * @throws FlowDefinitionException naming every problem found
     */
    public static FlowDefinition parse(String source, String yaml) {
        FlowLoader loader = new FlowLoader(source);
        FlowDefinition flow = loader.read(yaml);
        if (!loader.problems.isEmpty()) {
            throw new FlowDefinitionException(loader.problems.list());
        }
        return flow;
    }

    /**
     * Reads a flow from an already parsed document (as generated from a service catalog entry).
     *
     * @throws FlowDefinitionException naming every problem found
     */
    public static FlowDefinition fromDocument(String source, Map<String, Object> document) {
        FlowLoader loader = new FlowLoader(source);
        FlowDefinition flow = loader.read((Object) document);
        if (!loader.problems.isEmpty()) {
            throw new FlowDefinitionException(loader.problems.list());
        }
        return flow;
    }

    /** Parses YAML text with the safe constructor; a syntax error names the source. */
    public static Object yaml(String source, String yaml) {
        try {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (YAMLException e) {
            throw new FlowDefinitionException(List.of(source + ": is not valid YAML (" + e.getMessage().replace('\n', ' ')
                    + "). Fix: correct the YAML syntax."));
        }
    }

    private FlowDefinition read(String yaml) {
        Object document;
        try {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (YAMLException e) {
            problems.add("", "is not valid YAML (" + e.getMessage().replace('\n', ' ') + ")", "correct the YAML syntax");
            return null;
        }
        return read(document);
    }

    private FlowDefinition read(Object document) {
        if (!(document instanceof Map<?, ?> root)) {
            problems.add("", "must be a mapping with id, version, title and steps", "start the file with 'id: my-flow'");
            return null;
        }
        problems.unknownKeys(root, FLOW_KEYS, "");
        String id = problems.identifier(root.get("id"), "id", 48);
        int version = root.containsKey("version") ? integer(root.get("version"), "version", 1) : 1;
        LocalizedText title = problems.text(root.get("title"), "title", true);
        LocalizedText done = problems.text(root.get("done"), "done", false);
        FlowDefinition.OnExhausted onExhausted = onExhausted(root.get("on-exhausted"));
        Integer maxAttempts = root.containsKey("max-attempts") ? integer(root.get("max-attempts"), "max-attempts", 1) : null;
        List<StepDefinition> steps = steps(root.get("steps"));
        checkReferences(steps);
        return problems.isEmpty() ? new FlowDefinition(id, version, title, done, onExhausted, maxAttempts, steps, source) : null;
    }

    private List<StepDefinition> steps(Object value) {
        List<StepDefinition> steps = new ArrayList<>();
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            problems.add("steps", "is missing or empty", "add a list of steps, each with an id and a type");
            return steps;
        }
        for (int i = 0; i < list.size(); i++) {
            String place = "steps[" + i + "]";
            if (list.get(i) instanceof Map<?, ?> map) {
                StepDefinition step = step(map, place);
                if (step != null) {
                    steps.add(step);
                }
            } else {
                problems.add(place, "is not a mapping", "write the step as 'id: ...', 'type: ...'");
            }
        }
        return steps;
    }

    private StepDefinition step(Map<?, ?> map, String place) {
        String id = problems.identifier(map.get("id"), place + ".id", 48);
        String at = place + (id == null ? "" : " (" + id + ")");
        problems.unknownKeys(map, STEP_KEYS, at);
        Object typeName = map.get("type");
        StepType type = typeName == null ? null : StepType.byFileName(typeName.toString()).orElse(null);
        if (type == null) {
            problems.add(at + ".type", typeName == null ? "is missing" : "'" + typeName + "' is not a known step type",
                    "use one of: " + StepType.allFileNames());
            return null;
        }
        boolean needsPrompt = type != StepType.BRANCH && type != StepType.SUMMARY && type != StepType.ACTION;
        LocalizedText prompt = problems.text(map.get("prompt"), at + ".prompt", needsPrompt);
        Long min = longValue(map.get("min"), at + ".min");
        Long max = longValue(map.get("max"), at + ".max");
        if (min != null && max != null && min > max) {
            problems.add(at, "min " + min + " is greater than max " + max, "swap them or correct one");
        }
        if (type == StepType.NUMBER && (min == null || max == null)) {
            problems.add(at, "a number step needs both min and max", "add 'min:' and 'max:' giving the allowed range");
        }
        String optionsFrom = map.get("options-from") == null ? null : map.get("options-from").toString();
        if (optionsFrom != null && type != StepType.CHOICE) {
            problems.add(at + ".options-from", "only choice steps take options from a source", "remove it or make the step 'type: choice'");
        }
        List<OptionDefinition> options = options(map.get("options"), at, type, optionsFrom != null);
        String action = map.get("action") == null ? null : map.get("action").toString();
        if (type == StepType.ACTION && action == null) {
            problems.add(at, "an action step needs 'action'", "add 'action: <name of the action>'");
        }
        String target = map.get("flow") == null ? null : map.get("flow").toString();
        if (type == StepType.BRANCH && target == null) {
            problems.add(at, "a branch step needs 'flow'", "add 'flow: <id of the flow to continue in>'");
        }
        List<String> fields = stringList(map.get("fields"), at + ".fields");
        Integer maxAttempts = map.containsKey("max-attempts") ? integer(map.get("max-attempts"), at + ".max-attempts", 1) : null;
        String check = map.get("check") == null ? null : map.get("check").toString();
        if (check != null && !CHECKED_TYPES.contains(type)) {
            problems.add(at + ".check", "only text, choice, number, phone, national-id, email and date steps take a check",
                    "remove it, or put it on one of those steps");
        }
        StepDefinition.Unit unit = named(map.get("unit"), StepDefinition.Unit.class, at + ".unit", type == StepType.NUMBER,
                "only number steps have a unit");
        StepDefinition.Period period = named(map.get("period"), StepDefinition.Period.class, at + ".period",
                type == StepType.DATE, "only date steps have a period");
        return new StepDefinition(id, type, prompt,
                problems.text(map.get("label"), at + ".label", false),
                problems.text(map.get("error"), at + ".error", false),
                problems.text(map.get("help"), at + ".help", false),
                min, max, options, condition(map.get("when"), at + ".when"),
                Boolean.TRUE.equals(map.get("optional")), target, fields, maxAttempts, action, optionsFrom,
                problems.text(map.get("empty"), at + ".empty", false), check, unit, period);
    }

    /** One of an enum's constants by its lower-case name, where the step type allows it. */
    private <E extends Enum<E>> E named(Object value, Class<E> type, String place, boolean allowed, String notAllowed) {
        if (value == null) {
            return null;
        }
        if (!allowed) {
            problems.add(place, notAllowed, "remove it");
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.toString())) {
                return constant;
            }
        }
        problems.add(place, "'" + value + "' is not known", "use one of: " + String.join(", ",
                java.util.Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(java.util.Locale.ROOT)).toList()));
        return null;
    }

    private List<OptionDefinition> options(Object value, String at, StepType type, boolean fromSource) {
        if (type != StepType.CHOICE) {
            if (value != null) {
                problems.add(at + ".options", "only choice steps have options", "remove 'options' or make the step 'type: choice'");
            }
            return List.of();
        }
        if (value == null && fromSource) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            problems.add(at + ".options", "a choice step needs at least one option", "add 'options:' with 'id' and 'label' for each, "
                    + "or 'options-from: <source>'");
            return List.of();
        }
        List<OptionDefinition> options = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String place = at + ".options[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> map)) {
                problems.add(place, "is not a mapping", "write the option as 'id: ...', 'label: {ar: ..., en: ...}'");
                continue;
            }
            problems.unknownKeys(map, OPTION_KEYS, place);
            String id = problems.identifier(map.get("id"), place + ".id", 48);
            if (id != null && !ids.add(id)) {
                problems.add(place + ".id", "'" + id + "' is used twice in this step", "give each option its own id");
            }
            LocalizedText label = problems.text(map.get("label"), place + ".label", true);
            Object flow = map.get("flow");
            Object command = map.get("command");
            if (flow != null && command != null) {
                problems.add(place, "has both 'flow' and 'command'", "keep one of them");
            }
            options.add(new OptionDefinition(id, label, stringList(map.get("synonyms"), place + ".synonyms"),
                    flow == null ? null : flow.toString(), command == null ? null : command.toString()));
        }
        return options;
    }

    private Condition condition(Object value, String at) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map<?, ?> map) || map.get("step") == null) {
            problems.add(at, "needs 'step' and one of 'equals', 'in', 'not', 'answered'",
                    "write e.g. 'when: {step: wants-compensation, equals: yes}'");
            return null;
        }
        String step = map.get("step").toString();
        if (map.get("equals") != null) {
            return new Condition(step, Set.of(map.get("equals").toString()), false);
        }
        if (map.get("not") != null) {
            return new Condition(step, Set.of(map.get("not").toString()), true);
        }
        if (map.get("in") instanceof List<?> list && !list.isEmpty()) {
            Set<String> values = new LinkedHashSet<>();
            list.forEach(v -> values.add(String.valueOf(v)));
            return new Condition(step, values, false);
        }
        if (map.get("answered") instanceof Boolean answered) {
            return new Condition(step, Set.of(), !answered);
        }
        problems.add(at, "has no test", "add 'equals: <value>', 'not: <value>', 'in: [..]' or 'answered: true'");
        return null;
    }

    private void checkReferences(List<StepDefinition> steps) {
        Set<String> seen = new HashSet<>();
        for (StepDefinition step : steps) {
            if (step.when() != null && !seen.contains(step.when().step())) {
                problems.add("step " + step.id() + ".when", "refers to '" + step.when().step() + "', which is not an earlier step",
                        "name a step declared above this one");
            }
            if (step.type() == StepType.SUMMARY) {
                List<String> shown = step.fields().isEmpty() ? collecting(steps, seen) : step.fields();
                for (String field : shown) {
                    StepDefinition target = find(steps, field);
                    if (target == null || !seen.contains(field)) {
                        problems.add("step " + step.id() + ".fields", "refers to '" + field + "', which is not an earlier step",
                                "list only steps declared above the summary");
                    } else if (target.label() == null) {
                        problems.add("step " + field + ".label", "is missing; the summary '" + step.id() + "' shows this answer",
                                "add 'label: {ar: ..., en: ...}' naming the field");
                    }
                }
            }
            if (!seen.add(step.id())) {
                problems.add("step " + step.id(), "the id is used twice", "give each step its own id");
            }
        }
    }

    private static List<String> collecting(List<StepDefinition> steps, Set<String> before) {
        return steps.stream().filter(s -> before.contains(s.id()) && s.type().collectsAnswer()).map(StepDefinition::id).toList();
    }

    private static StepDefinition find(List<StepDefinition> steps, String id) {
        return steps.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    private FlowDefinition.OnExhausted onExhausted(Object value) {
        if (value == null) {
            return FlowDefinition.OnExhausted.STAFF;
        }
        return switch (value.toString()) {
            case "staff" -> FlowDefinition.OnExhausted.STAFF;
            case "end" -> FlowDefinition.OnExhausted.END;
            default -> {
                problems.add("on-exhausted", "'" + value + "' is not known", "use 'staff' (hand over to a person) or 'end'");
                yield null;
            }
        };
    }

    private int integer(Object value, String place, int minimum) {
        if (value instanceof Integer number && number >= minimum) {
            return number;
        }
        problems.add(place, value == null ? "is missing" : "'" + value + "' is not a whole number of at least " + minimum,
                "write a whole number such as " + Math.max(minimum, 1));
        return minimum;
    }

    private Long longValue(Object value, String place) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number number && !(value instanceof Double)) {
            return number.longValue();
        }
        if (value instanceof java.util.Date date) {
            // dates bound date steps, counted in days since 1970-01-01
            return date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toEpochDay();
        }
        problems.add(place, "'" + value + "' is not a whole number", "write a whole number");
        return null;
    }

    private List<String> stringList(Object value, String place) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        problems.add(place, "must be a list", "write it as '[a, b]' or one '- item' per line");
        return List.of();
    }

}
