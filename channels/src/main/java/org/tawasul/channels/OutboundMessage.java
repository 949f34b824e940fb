package org.tawasul.channels;

import java.util.List;
import java.util.Objects;
import org.tawasul.conversations.message.Choice;
import org.tawasul.conversations.message.InputHint;

/**
 * One outbox row handed to a channel sender: who gets it, the text, the choices to render as
 * buttons or a list, the input hint (e.g. offer a share-contact keyboard), the envelope of
 * channels that need one, which attempt this is, and, for a text sent as several parts, how many
 * parts earlier attempts delivered (to skip).
 */
public record OutboundMessage(long outboxId, ChannelId channel, String recipient, String body, List<Choice> choices,
                              InputHint hint, Envelope envelope, int attempt, int partsSent) {

    public OutboundMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(body, "body");
        choices = choices == null ? List.of() : List.copyOf(choices);
        hint = hint == null ? InputHint.TEXT : hint;
        envelope = envelope == null ? Envelope.NONE : envelope;
        if (partsSent < 0) {
            throw new IllegalArgumentException("partsSent must not be negative: " + partsSent);
        }
    }

    /** A message without an envelope none of whose parts was delivered yet. */
    public OutboundMessage(long outboxId, ChannelId channel, String recipient, String body, List<Choice> choices,
                           InputHint hint, int attempt) {
        this(outboxId, channel, recipient, body, choices, hint, Envelope.NONE, attempt, 0);
    }

    /**
     * What a message carries besides its text on channels that need it (email): a subject, a
     * thread key that keeps the messages of one case in one thread (e.g. the case reference), and
     * the address replies should go to. Chat channels ignore it.
     */
    public record Envelope(String subject, String threadKey, String replyTo) {

        /** No envelope. */
        public static final Envelope NONE = new Envelope(null, null, null);

        /** Whether nothing is set. */
        public boolean isEmpty() {
            return subject == null && threadKey == null && replyTo == null;
        }
    }
}
