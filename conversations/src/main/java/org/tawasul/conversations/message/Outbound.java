package org.tawasul.conversations.message;

import java.util.List;
import java.util.Objects;

/**
 * A message to the member: text in their language, the choices it offers (each channel renders
 * them as buttons or as a numbered list) and a hint of the input expected next.
 */
public record Outbound(String text, List<Choice> choices, InputHint hint) {

    public Outbound {
        Objects.requireNonNull(text, "text");
        choices = choices == null ? List.of() : List.copyOf(choices);
        hint = hint == null ? InputHint.TEXT : hint;
    }

    /** A plain text message. */
    public static Outbound text(String text) {
        return new Outbound(text, List.of(), InputHint.NONE);
    }
}
