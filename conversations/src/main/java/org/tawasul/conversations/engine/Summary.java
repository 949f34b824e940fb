package org.tawasul.conversations.engine;

import java.util.List;
import org.tawasul.conversations.flow.OptionDefinition;
import org.tawasul.conversations.flow.StepDefinition;

/** Renders the answers given so far for a summary-and-confirm step, each under its label. */
final class Summary {

    private Summary() {
    }

    static String render(StepDefinition summary, List<StepDefinition> fields, Turn turn, Texts texts) {
        StringBuilder out = new StringBuilder(256);
        out.append(summary.prompt() != null
                ? Texts.format(summary.prompt().in(turn.language), turn.language, turn.answers)
                : texts.get("summary.header", turn.language));
        for (StepDefinition field : fields) {
            out.append('\n').append("• ").append(field.label().in(turn.language)).append(": ")
                    .append(display(field, turn.answers.get(field.id()), turn, texts));
        }
        return out.toString();
    }

    /** How a stored answer reads for the member. */
    static String display(StepDefinition step, String value, Turn turn, Texts texts) {
        if (value == null || value.isEmpty()) {
            return texts.get("summary.skipped", turn.language);
        }
        return switch (step.type()) {
            case CHOICE -> {
                OptionDefinition option = step.option(value);
                yield option == null ? value : option.label().in(turn.language);
            }
            case YES_NO -> texts.get("yes".equals(value) ? "choice.yes" : "choice.no", turn.language);
            case RATING -> texts.get("choice.rating." + value, turn.language);
            case ATTACHMENT -> texts.get("summary.attachment", turn.language);
            default -> value;
        };
    }
}
