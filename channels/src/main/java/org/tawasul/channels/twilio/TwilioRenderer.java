package org.tawasul.channels.twilio;

import java.util.List;
import java.util.Objects;
import org.tawasul.channels.OutboundMessage;
import org.tawasul.conversations.message.Choice;

/**
 * Turns an outbound message into the text of one SMS. Where members can answer by SMS (a two-way
 * number), the message's choices follow the body as short numbered lines ({@code 1 نعم}), which
 * the dialogs accept as answers; where they cannot (Saudi Arabia's registered alphanumeric senders
 * are one-way) the choices are left out, since offering an answer nobody can send would only
 * confuse. Twilio joins a long text's segments on the handset, so the text is never split here;
 * what it costs is reported as {@link SmsSegments} (an Arabic text is UCS-2: 70 characters in
 * one segment), so that callers can keep their texts to one segment.
 */
public final class TwilioRenderer {

    /** Twilio's limit for one message body, in characters. */
    public static final int MAX_BODY = 1600;

    private final boolean numberedChoices;

    /** @param numberedChoices whether members can answer by SMS, so choices are listed by number */
    public TwilioRenderer(boolean numberedChoices) {
        this.numberedChoices = numberedChoices;
    }

    /** The text of an SMS and what it costs. */
    public record Rendered(String text, SmsSegments segments) {

        public Rendered {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(segments, "segments");
        }

        /** Whether Twilio takes the text: not blank, and at most {@link #MAX_BODY} characters. */
        public boolean sendable() {
            return !text.isBlank() && text.length() <= MAX_BODY;
        }
    }

    /** Whether this renderer lists choices by number. */
    public boolean numberedChoices() {
        return numberedChoices;
    }

    /** The message's SMS text. */
    public Rendered render(OutboundMessage message) {
        return render(message.body(), message.choices());
    }

    /** The SMS text of a body and its choices. */
    public Rendered render(String body, List<Choice> choices) {
        StringBuilder text = new StringBuilder(body.strip());
        if (numberedChoices) {
            for (int i = 0; i < choices.size(); i++) {
                if (!text.isEmpty()) {
                    text.append('\n');
                }
                text.append(i + 1).append(' ').append(choices.get(i).label().strip());
            }
        }
        String sms = text.toString();
        return new Rendered(sms, SmsSegments.of(sms));
    }
}
