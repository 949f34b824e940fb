package org.tawasul.conversations.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tawasul.conversations.flow.OptionDefinition;
import org.tawasul.conversations.flow.StepDefinition;
import org.tawasul.conversations.flow.StepType;
import org.tawasul.conversations.input.InputNormaliser;
import org.tawasul.conversations.input.NumberInput;
import org.tawasul.conversations.message.Choice;
import org.tawasul.conversations.message.Language;

/**
 * The choices a step offers, prepared once per step: the lists shown in each language and a
 * lookup from any label (either language), synonym or key to the choice key. A choice step also
 * finds an option named inside a short sentence ("أبي أقدم شكوى"); a rating also reads the
 * rating's words ("ممتاز", "bad"), number words and "5/5".
 */
final class StepChoices {

    /** Sentences longer than this are not searched for an option's name. */
    private static final int MAX_SENTENCE_WORDS = 8;
    /** Prefixes an Arabic word may carry before an option's name: الشكوى، بشكوى، والشكوى. */
    private static final String[] PREFIXES = {"وال", "بال", "لل", "ال", "و", "ب", "ل", "ف"};
    /** Words for each rating beyond its label, folded, in either language. */
    private static final Map<String, String> RATING_WORDS = ratingWords();
    private static final Pattern OUT_OF_FIVE = Pattern.compile("([1-5]) ?(?:/ ?5|من 5|out of 5|نجوم|نجمات|نجمه|stars?)");

    static final String SKIP = "skip";
    static final String CONFIRM = "confirm";
    static final String EDIT = "edit";
    static final String AGREE = "agree";
    static final String EDIT_PREFIX = "edit:";

    private final List<Choice> arabic;
    private final List<Choice> english;
    private final Map<String, String> lookup = new HashMap<>();
    /** Names (labels and synonyms, as word lists) an option may be picked by inside a sentence; null for none. */
    private final Map<List<String>, String> phrases;
    private final boolean numbered;
    private final boolean rating;

    private StepChoices(List<Choice> arabic, List<Choice> english, boolean numbered, StepType type) {
        this.arabic = List.copyOf(arabic);
        this.english = List.copyOf(english);
        this.numbered = numbered;
        this.rating = type == StepType.RATING;
        this.phrases = type == StepType.CHOICE ? new HashMap<>() : null;
        for (List<Choice> choices : List.of(arabic, english)) {
            for (Choice choice : choices) {
                lookup.put(InputNormaliser.fold(choice.label()), choice.key());
                lookup.put(InputNormaliser.fold(choice.key()), choice.key());
                phrase(choice.label(), choice.key());
            }
        }
    }

    private void phrase(String name, String key) {
        if (phrases != null) {
            List<String> words = words(InputNormaliser.fold(name));
            if (!words.isEmpty()) {
                phrases.put(words, key);
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
        StepChoices choices = new StepChoices(ar, en, numbered, step.type());
        for (OptionDefinition option : step.options()) {
            option.synonyms().forEach(word -> {
                choices.lookup.put(InputNormaliser.fold(word), option.id());
                choices.phrase(word, option.id());
            });
        }
        if (step.type() == StepType.RATING) {
            for (int stars = 1; stars <= 5; stars++) {
                choices.lookup.put("\u2b50".repeat(stars), Integer.toString(stars));
            }
            choices.lookup.putAll(RATING_WORDS);
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
        return new StepChoices(ar, en, true, StepType.SUMMARY);
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

    /** How many choices are offered. */
    int size() {
        return arabic.size();
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
        String key = lookup.get(folded);
        return key == null && rating ? rating(folded) : key;
    }

    /** A rating written as a number word or out of five: "خمسة", "٥ من ٥", "4/5", "5 stars". */
    private String rating(String folded) {
        Matcher outOfFive = OUT_OF_FIVE.matcher(folded);
        if (outOfFive.matches()) {
            return outOfFive.group(1);
        }
        OptionalLong number = NumberInput.parse(folded);
        return number.isPresent() && number.getAsLong() >= 1 && number.getAsLong() <= 5
                ? Long.toString(number.getAsLong()) : null;
    }

    /**
     * The option a short sentence names ("أبي أقدم شكوى", "I want to file a complaint"): the longest
     * label or synonym found in it as whole words; null when none is, when two options tie, or when the
     * sentence is long (then it is more likely an answer than a pick).
     */
    String find(String folded) {
        if (phrases == null) {
            return null;
        }
        List<String> words = words(folded);
        if (words.isEmpty() || words.size() > MAX_SENTENCE_WORDS) {
            return null;
        }
        String found = null;
        int longest = 0;
        boolean tie = false;
        for (Map.Entry<List<String>, String> phrase : phrases.entrySet()) {
            int length = phrase.getKey().size();
            if (length < longest || !contains(words, phrase.getKey())) {
                continue;
            }
            if (length > longest) {
                found = phrase.getValue();
                longest = length;
                tie = false;
            } else if (!phrase.getValue().equals(found)) {
                tie = true;
            }
        }
        return tie ? null : found;
    }

    private static boolean contains(List<String> words, List<String> phrase) {
        for (int start = 0; start + phrase.size() <= words.size(); start++) {
            boolean all = true;
            for (int i = 0; i < phrase.size() && all; i++) {
                all = sameWord(words.get(start + i), phrase.get(i));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** The same word, or the word with an Arabic prefix (ال، و، ب، ...) before it. */
    private static boolean sameWord(String word, String name) {
        if (word.equals(name)) {
            return true;
        }
        for (String prefix : PREFIXES) {
            if (word.length() == prefix.length() + name.length() && word.startsWith(prefix) && word.endsWith(name)) {
                return true;
            }
        }
        return false;
    }

    /** The words of a folded text: letters and digits, split at anything else (spaces, punctuation, stars). */
    static List<String> words(String folded) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    private static Map<String, String> ratingWords() {
        Map<String, String> words = new HashMap<>();
        String[][] byRating = {
                {"ضعيف جدا", "سيء جدا", "سيئ جدا", "very poor", "very bad", "terrible", "awful"},
                {"ضعيف", "سيء", "سيئ", "poor", "bad"},
                {"مقبول", "متوسط", "عادي", "fair", "ok", "okay", "average"},
                {"جيد", "جيد جدا", "زين", "good", "very good"},
                {"ممتاز", "رائع", "excellent", "great"}};
        for (int i = 0; i < byRating.length; i++) {
            for (String word : byRating[i]) {
                words.put(InputNormaliser.fold(word), Integer.toString(i + 1));
            }
        }
        return Map.copyOf(words);
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
