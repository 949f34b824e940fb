package org.tawasul.conversations.engine;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tawasul.conversations.flow.FlowDefinition;
import org.tawasul.conversations.flow.StepType;
import org.tawasul.conversations.format.Amounts;
import org.tawasul.conversations.format.Dates;
import org.tawasul.conversations.message.Language;
import org.tawasul.conversations.flow.OptionDefinition;
import org.tawasul.conversations.flow.StepDefinition;

/** Renders the answers given so far for a summary-and-confirm step, each under its label. */
public final class Summary {

    private Summary() {
    }

    static String render(StepDefinition summary, List<StepDefinition> fields, Turn turn, Texts texts) {
        String header = summary.prompt() != null
                ? Texts.format(summary.prompt().in(turn.language), turn.language, turn.answers)
                : texts.get("summary.header", turn.language);
        return header + "\n" + lines(fields, turn.answers, turn.language, texts);
    }

    /**
     * The answers as the member confirms them, one "• label: value" line per field: what the
     * member attests to, and what the application hashes to record the attestation (P5).
     */
    public static String lines(List<StepDefinition> fields, Map<String, String> answers, Language language, Texts texts) {
        StringBuilder out = new StringBuilder(256);
        for (StepDefinition field : fields) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append("• ").append(field.label().in(language)).append(": ")
                    .append(display(field, answers.get(field.id()), language, texts));
        }
        return out.toString();
    }

    /** The fields a summary step shows for these answers: its own list, or every answered question before it. */
    public static List<StepDefinition> fields(FlowDefinition flow, StepDefinition summary, Map<String, String> answers) {
        if (!summary.fields().isEmpty()) {
            return summary.fields().stream().map(flow::step).filter(s -> s.applies(answers)).toList();
        }
        return flow.steps().subList(0, flow.position(summary.id())).stream()
                .filter(s -> s.type().collectsAnswer() && s.type() != StepType.ATTESTATION && s.applies(answers))
                .toList();
    }

    /**
     * How a stored answer reads for the member: an option by its label, a date in full in both calendars,
     * a number with thousands separators (and "ريال" for a sum of money), a file by its kind.
     */
    static String display(StepDefinition step, String value, Language language, Texts texts) {
        if (value == null || value.isEmpty()) {
            return texts.get("summary.skipped", language);
        }
        return switch (step.type()) {
            case CHOICE -> {
                OptionDefinition option = step.option(value);
                yield option == null ? value : option.label().in(language);
            }
            case YES_NO -> texts.get("yes".equals(value) ? "choice.yes" : "choice.no", language);
            case RATING -> texts.get("choice.rating." + value, language);
            case ATTACHMENT -> texts.get(value.startsWith("photo:") ? "summary.photo" : "summary.document", language);
            case NUMBER -> number(step, value, language);
            case DATE -> date(value, language);
            default -> value;
        };
    }

    private static String number(StepDefinition step, String value, Language language) {
        try {
            long number = Long.parseLong(value);
            return step.unit() == StepDefinition.Unit.RIYAL ? Amounts.riyals(number, language) : Amounts.number(number, language);
        } catch (NumberFormatException e) {
            return value;
        }
    }

    private static String date(String value, Language language) {
        try {
            return Dates.full(LocalDate.parse(value), language);
        } catch (DateTimeException e) {
            return value;
        }
    }
}
