package org.tawasul.channels.telegram;

import org.tawasul.conversations.message.Inbound;

/** What one Telegram update means for the bot: a turn, a deep link, a notice without a turn, or nothing. */
public sealed interface TelegramUpdate {

    /** The update's chat, or null when it has none (then it is ignored). */
    String chatId();

    /**
     * The member sent input. {@code callbackQueryId} is set for a button press: answer it so the
     * member's spinner stops.
     */
    record Turn(String chatId, Inbound input, String callbackQueryId) implements TelegramUpdate { }

    /** {@code /start PAYLOAD} from a deep link: {@code flow} is the payload up to the first {@code _}. */
    record DeepLink(String chatId, String flow, String payload) implements TelegramUpdate { }

    /** Something the bot cannot take (a sticker, a too-large file): reply politely, run no turn. */
    record Notice(String chatId, NoticeKind kind) implements TelegramUpdate { }

    /** Nothing to do (an edited message, a chat member update, ...); {@code reason} is for the log. */
    record Ignored(String chatId, String reason) implements TelegramUpdate { }

    /** The polite replies sent without a turn; {@code PRIVATE_CHAT_ONLY} answers a group or channel. */
    enum NoticeKind { UNSUPPORTED, FILE_TOO_LARGE, PRIVATE_CHAT_ONLY }
}
