package org.tawasul.conversations.message;

import java.util.Locale;
import java.util.Optional;

/** The languages every member-facing text exists in; Arabic is the default. */
public enum Language {
    AR("ar"), EN("en");

    /** The language a member gets until they choose another. */
    public static final Language DEFAULT = AR;

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code, as stored and as used in flow files. */
    public String code() {
        return code;
    }

    /**
     * The locale used for plural rules and number formats. Arabic uses Saudi conventions with
     * Latin digits, as the bot's buttons and the numbers members type mostly do.
     */
    public Locale locale() {
        return this == AR ? Locale.forLanguageTag("ar-SA-u-nu-latn") : Locale.forLanguageTag(code);
    }

    /** The other language, for the switch-language command. */
    public Language other() {
        return this == AR ? EN : AR;
    }

    /** Parses an ISO code ("ar", "en", case-insensitive). */
    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Language language : values()) {
            if (language.code.equalsIgnoreCase(code.trim())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
