package org.tawasul.channels;

import java.util.regex.Pattern;

/**
 * A channel, by the id stored in the inbox, outbox, conversation and case tables. Every place names
 * a channel through this type and its constants, never by a string literal of its own. A new
 * provider adds a constant here (or, like a test's fake channel, makes its own id).
 *
 * @param id lower-case letters, digits and {@code -}, starting with a letter, at most 16 characters
 */
public record ChannelId(String id) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,15}");

    /** Telegram chats with the bot; addresses are chat ids. */
    public static final ChannelId TELEGRAM = new ChannelId("telegram");
    /** SMS through Twilio; addresses are E.164 phone numbers. */
    public static final ChannelId SMS = new ChannelId("sms");
    /** WhatsApp through Twilio; addresses are {@code whatsapp:+966...}. */
    public static final ChannelId WHATSAPP = new ChannelId("whatsapp");
    /** Staff email; addresses are email addresses. */
    public static final ChannelId EMAIL = new ChannelId("email");
    /** A chat on the society's own website. */
    public static final ChannelId WEBCHAT = new ChannelId("webchat");
    /** The console chat of the jar ({@code chat}). */
    public static final ChannelId CONSOLE = new ChannelId("console");
    /** The benchmarks' own rows, deleted before and after each run. */
    public static final ChannelId BENCH = new ChannelId("bench");

    public ChannelId {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("'" + id + "' is not a channel id: lower-case letters, digits and -, "
                    + "starting with a letter, at most 16 characters");
        }
    }

    /** The channel with this stored id. */
    public static ChannelId of(String id) {
        return new ChannelId(id);
    }

    @Override
    public String toString() {
        return id;
    }
}
