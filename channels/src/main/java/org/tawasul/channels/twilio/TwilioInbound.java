package org.tawasul.channels.twilio;

import java.util.Objects;
import org.tawasul.channels.ChannelId;
import org.tawasul.conversations.message.Inbound;

/**
 * What one inbound Twilio message means.
 *
 * @param messageSid Twilio's id of the message: the key to drop a webhook delivered twice
 * @param from       the sender's address: E.164 ({@code +9665...}) or {@code whatsapp:+9665...}
 * @param to         our address it was sent to (may be null)
 * @param kind       an opt-out, opt-in or help keyword, input for the dialog, or nothing readable
 * @param keyword    the keyword as matched (folded), for keyword kinds; else null
 * @param input      the member's text as input, for every kind but {@link Kind#NO_TEXT} (a keyword's too,
 *                   so that an opt-in word from a member who never opted out can still be an answer)
 * @param mediaCount the number of attachments, which the bot does not take
 */
public record TwilioInbound(String messageSid, String from, String to, Kind kind, String keyword, Inbound input,
                            int mediaCount) {

    public TwilioInbound {
        Objects.requireNonNull(messageSid, "messageSid");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(kind, "kind");
        if ((input == null) != (kind == Kind.NO_TEXT)) {
            throw new IllegalArgumentException("Every kind but NO_TEXT carries input");
        }
    }

    /** The channel the message came on: WhatsApp for {@code whatsapp:} addresses, else SMS. */
    public ChannelId channel() {
        return TwilioAddresses.channelOf(from);
    }

    /** What a message means. */
    public enum Kind {
        /** Stop all messages to this address (STOP, إيقاف ...): record the opt-out; no dialog turn. */
        OPT_OUT,
        /** Messages may resume (START, تفعيل ...): lift an opt-out if there is one, else treat as input. */
        OPT_IN,
        /** HELP or INFO: answer with who we are and how to stop. */
        HELP,
        /** Anything else: the member's input for the dialog. */
        INPUT,
        /** No text (an attachment alone, or blank): a polite notice that only text is read. */
        NO_TEXT
    }
}
