package org.tawasul.conversations.message;

import java.util.ArrayList;
import java.util.List;

/** Renders a message for channels without buttons: its text, then its choices as numbered lines. */
public final class PlainText {

    private PlainText() {
    }

    /** The lines of the message: the text's own lines, then "1. label" for each choice. */
    public static List<String> lines(Outbound message) {
        List<String> lines = new ArrayList<>(message.text().lines().toList());
        List<Choice> choices = message.choices();
        for (int i = 0; i < choices.size(); i++) {
            lines.add((i + 1) + ". " + choices.get(i).label());
        }
        return lines;
    }

    /** The message as one block of text. */
    public static String render(Outbound message) {
        return String.join("\n", lines(message));
    }
}
