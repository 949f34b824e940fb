package org.tawasul.conversations.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.tawasul.conversations.input.InputNormaliser;

/**
 * The commands a member may give at any step, in Arabic or English, typed alone or sent as a
 * button key {@code cmd:NAME}.
 */
public enum GlobalCommand {
    CANCEL("cancel", "إلغاء", "الغاء", "الغ", "cancel", "/cancel", "exit", "خروج"),
    BACK("back", "رجوع", "ارجع", "السابق", "back", "/back", "previous"),
    HELP("help", "مساعدة", "ساعدني", "help", "/help", "?", "؟"),
    MENU("menu", "القائمة", "قائمة", "القائمة الرئيسية", "menu", "/menu", "/start", "main menu"),
    STAFF("staff", "موظف", "الموظف", "كلم موظف", "التحدث مع موظف", "staff", "agent", "human", "/staff"),
    LANGUAGE("lang", "اللغة", "لغة", "تغيير اللغة", "language", "/lang", "/language"),
    ENGLISH("en", "english", "انجليزي", "إنجليزي", "الإنجليزية", "الانجليزية"),
    ARABIC("ar", "عربي", "العربية", "arabic", "عربى");

    /** The prefix of a command's button key. */
    public static final String KEY_PREFIX = "cmd:";

    private static final Map<String, GlobalCommand> BY_WORD = new HashMap<>();

    static {
        for (GlobalCommand command : values()) {
            for (String word : command.words) {
                BY_WORD.put(InputNormaliser.fold(word), command);
            }
        }
    }

    private final String name;
    private final String[] words;

    GlobalCommand(String name, String... words) {
        this.name = name;
        this.words = words;
    }

    /** The button key that triggers this command. */
    public String key() {
        return KEY_PREFIX + name;
    }

    /** The command with this name (as in a flow option's {@code command:}), if any. */
    public static Optional<GlobalCommand> named(String name) {
        for (GlobalCommand command : values()) {
            if (command.name.equals(name)) {
                return Optional.of(command);
            }
        }
        return Optional.empty();
    }

    /** Every command name, for error messages. */
    public static String names() {
        return String.join(", ", java.util.Arrays.stream(values()).map(c -> c.name).toList());
    }

    /** The command a folded text or a button key stands for, if any. */
    public static Optional<GlobalCommand> match(String foldedText, String choiceKey) {
        if (choiceKey != null) {
            if (!choiceKey.startsWith(KEY_PREFIX)) {
                return Optional.empty();
            }
            for (GlobalCommand command : values()) {
                if (command.key().equals(choiceKey)) {
                    return Optional.of(command);
                }
            }
            return Optional.empty();
        }
        return Optional.ofNullable(BY_WORD.get(foldedText));
    }
}
