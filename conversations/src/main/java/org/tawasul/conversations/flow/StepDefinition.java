package org.tawasul.conversations.flow;

import java.util.List;
import java.util.Map;

/**
 * One step of a flow as declared in its file. Which fields matter depends on the type:
 * {@code min}/{@code max} bound a text's length, a number's value or a date (as epoch days);
 * {@code options} and {@code optionsFrom} (a source of options the application provides, with
 * {@code empty} shown when it has none) belong to choice steps; {@code targetFlow} to branch steps
 * (it may name an answer, as in {@code service-{service}}); {@code fields} to summary steps;
 * {@code action} to action steps; {@code check} names an application check for typed answers (a text
 * step's answer, or a choice step's typed answer that matches no choice); {@code unit} (riyal) is a
 * number step's unit, shown with its value; {@code period} keeps a date step's answers in the future
 * or in the past (today counts as both).
 */
public record StepDefinition(
        String id,
        StepType type,
        LocalizedText prompt,
        LocalizedText label,
        LocalizedText error,
        LocalizedText help,
        Long min,
        Long max,
        List<OptionDefinition> options,
        Condition when,
        boolean optional,
        String targetFlow,
        List<String> fields,
        Integer maxAttempts,
        String action,
        String optionsFrom,
        LocalizedText empty,
        String check,
        Unit unit,
        Period period) {

    /** The unit of a number step's answers. */
    public enum Unit { RIYAL }

    /** Which dates a date step accepts, from today. */
    public enum Period { FUTURE, PAST }

    public StepDefinition {
        options = options == null ? List.of() : List.copyOf(options);
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** Whether this step is asked given the answers so far. */
    public boolean applies(Map<String, String> answers) {
        return when == null || when.holds(answers);
    }

    /** The option with this id, or null. */
    public OptionDefinition option(String optionId) {
        for (OptionDefinition option : options) {
            if (option.id().equals(optionId)) {
                return option;
            }
        }
        return null;
    }
}
