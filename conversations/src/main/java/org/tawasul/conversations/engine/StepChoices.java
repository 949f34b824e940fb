package org.tawasul.conversations.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tawasul.conversations.flow.OptionDefinition;
import org.tawasul.conversations.flow.StepDefinition;
import org.tawasul.conversations.input.InputNormaliser;
import org.tawasul.conversations.message.Choice;
import org.tawasul.conversations.message.Language;

/**
 * The choices a step offers, prepared once per step: the lists shown in each language and a
 * lookup from any label (either language), synonym or key to the choice key.
 */
final class StepChoices {

    static final String SKIP = "skip";
    static final String CONFIRM = "confirm";
    static final String EDIT = "edit";
    static final String AGREE = "agree";
    static final String EDIT_PREFIX = "edit:";

    private final List<Choice> arabic;
    private final List<Choice> english;
    private final Map<String, String> lookup = new HashMap<>();
    private final boolean numbered;

    private StepChoices(List<Choice> arabic, List<Choice> english, boolean numbered) {
        this.arabic = List.copyOf(arabic);
        this.english = List.copyOf(english);
        this.numbered = numbered;
        for (List<Choice> choices : List.of(arabic, english)) {
            for (Choice choice : choices) {
                lookup.put(InputNormaliser.fold(choice.label()), choice.key());
                lookup.put(InputNormaliser.fold(choice.key()), choice.key());
            }
        }
    }

    /** Prepares the choices of a step; an empty instance for steps without any. */
    static StepChoices of(StepDefinition step, Texts texts) {
        return of(step, List.of(), texts);
    }

    /** The choices of a choice step whose options come partly from the application, in this turn. */
    static StepChoices of(StepDefinition step, List<DialogActions.Option> provided, Texts texts) {
        List<Choice> ar = new ArrayList<>();
        List<Choice> en = new ArrayList<>();
        boolean numbered = true;
        switch (step.type()) {
            case CHOICE -> {
                provided.forEach(o -> {
                    ar.add(new Choice(o.id(), o.label().ar()));
                    en.add(new Choice(o.id(), o.label().en()));
                });
                step.options().forEach(o -> {
                    ar.add(new Choice(o.id(), o.label().ar()));
                    en.add(new Choice(o.id(), o.label().en()));
                });
            }
            case YES_NO -> {
                add(ar, en, "yes", "choice.yes", texts);
                add(ar, en, "no", "choice.no", texts);
            }
            case RATING -> {
                for (int stars = 1; stars <= 5; stars++) {
                    add(ar, en, Integer.toString(stars), "choice.rating." + stars, texts);
                }
            }
            case SUMMARY -> {
                add(ar, en, CONFIRM, "choice.confirm", texts);
                add(ar, en, EDIT, "choice.edit", texts);
                add(ar, en, GlobalCommand.CANCEL.key(), "choice.cancel", texts);
            }
            case ATTESTATION -> {
                add(ar, en, AGREE, "choice.agree", texts);
                add(ar, en, GlobalCommand.CANCEL.key(), "choice.cancel", texts);
            }
            default -> numbered = false;
        }
        if (step.optional() && step.type().collectsAnswer()) {
            add(ar, en, SKIP, "choice.skip", texts);
        }
        StepChoices choices = new StepChoices(ar, en, numbered);
        for (OptionDefinition option : step.options()) {
            option.synonyms().forEach(word -> choices.lookup.put(InputNormaliser.fold(word), option.id()));
        }
        if (step.type() == org.tawasul.conversations.flow.StepType.RATING) {
            for (int stars = 1; stars <= 5; stars++) {
                choices.lookup.put("\u2b50".repeat(stars), Integer.toString(stars));
            }
        }
        if (step.optional()) {
            for (String word : new String[] {"skip", "تخطي", "تخطى", "لا يوجد", "none"}) {
                choices.lookup.put(InputNormaliser.fold(word), SKIP);
            }
        }
        return choices;
    }

    /** Choices to pick the summary field to change. */
    static StepChoices fields(List<StepDefinition> fields) {
        List<Choice> ar = new ArrayList<>();
        List<Choice> en = new ArrayList<>();
        for (StepDefinition field : fields) {
            ar.add(new Choice(EDIT_PREFIX + field.id(), field.label().ar()));
            en.add(new Choice(EDIT_PREFIX + field.id(), field.label().en()));
        }
        return new StepChoices(ar, en, true);
    }

    private static void add(List<Choice> ar, List<Choice> en, String key, String textKey, Texts texts) {
        ar.add(new Choice(key, texts.get(textKey, Language.AR)));
        en.add(new Choice(key, texts.get(textKey, Language.EN)));
    }

    List<Choice> in(Language language) {
        return language == Language.EN ? english : arabic;
    }

    boolean isEmpty() {
        return arabic.isEmpty();
    }

    /**
     * The key the member picked: a button key this step offers, a list number (on steps whose
     * choices are numbered), or a label, key or synonym; null if none matches.
     */
    String resolve(String buttonKey, String normalised, String folded) {
        return resolve(buttonKey, normalised, folded, numbered);
    }

    /**
     * As {@link #resolve(String, String, String)}, deciding whether list numbers count: on a typed
     * step (with only "skip" on offer) a number counts only once it failed as an answer itself.
     */
    String resolve(String buttonKey, String normalised, String folded, boolean byNumber) {
        if (buttonKey != null) {
            return lookup.containsValue(buttonKey) ? buttonKey : null;
        }
        if (byNumber && !normalised.isEmpty() && normalised.length() <= 3 && isDigits(normalised)) {
            int number = Integer.parseInt(normalised);
            return number >= 1 && number <= arabic.size() ? arabic.get(number - 1).key() : null;
        }
        return lookup.get(folded);
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
