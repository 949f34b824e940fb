package org.tawasul.channels.email;

/** What {@link EmailTranslator} made of a mail: its content, or why it could not be read. */
public sealed interface TranslatedMail {

    /** The mail, read. */
    record Readable(InboundMail mail) implements TranslatedMail { }

    /** Not a mail that could be read; {@code messageId} is set if at least that was found. */
    record Unreadable(String messageId, String reason) implements TranslatedMail { }
}
