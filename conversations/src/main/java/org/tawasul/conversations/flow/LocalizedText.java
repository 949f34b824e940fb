package org.tawasul.conversations.flow;

import java.util.Objects;
import org.tawasul.conversations.message.Language;

/** A text in Arabic and English; flows must give both. */
public record LocalizedText(String ar, String en) {

    public LocalizedText {
        Objects.requireNonNull(ar, "ar");
        Objects.requireNonNull(en, "en");
    }

    /** The text in the given language. */
    public String in(Language language) {
        return language == Language.EN ? en : ar;
    }
}
