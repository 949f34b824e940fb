package org.tawasul.channels.telegram;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Contact;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;
import org.tawasul.conversations.message.Attachment;
import org.tawasul.conversations.message.Inbound;

/**
 * Translates a Telegram {@link Update} into a {@link TelegramUpdate}. Edited messages are ignored
 * (the dialog has moved on; answering an edit would answer a question already passed). A shared
 * contact is a verified phone only when it is the sender's own; anything else counts as the typed
 * number. Stickers, voice, video, locations, polls and other content get a polite notice, no turn.
 * Dialogs run in private chats only: they ask for phone numbers and national IDs, which must not be
 * typed where others read; a message in a group gets a notice inviting the member to a private chat,
 * and a button pressed in one (the bot never sends buttons there) is ignored.
 */
public final class TelegramTranslator {

    private final long maxFileBytes;

    /** @param maxFileBytes documents larger than this get a notice instead of a turn */
    public TelegramTranslator(long maxFileBytes) {
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
        }
        this.maxFileBytes = maxFileBytes;
    }

    /** What the update means. */
    public TelegramUpdate translate(Update update) {
        Objects.requireNonNull(update, "update");
        if (update.hasCallbackQuery()) {
            return callback(update.getCallbackQuery());
        }
        if (update.hasMessage()) {
            return message(update.getMessage());
        }
        if (update.hasEditedMessage()) {
            return new TelegramUpdate.Ignored(String.valueOf(update.getEditedMessage().getChatId()), "edited message");
        }
        return new TelegramUpdate.Ignored(null, "update without a message");
    }

    private static TelegramUpdate callback(CallbackQuery query) {
        String chatId = query.getMessage() != null ? String.valueOf(query.getMessage().getChatId())
                : String.valueOf(query.getFrom().getId());
        if (query.getMessage() != null && query.getMessage().getChat() != null
                && !isPrivate(query.getMessage().getChat().getType())) {
            return new TelegramUpdate.Ignored(chatId, "button pressed outside a private chat");
        }
        String data = query.getData();
        if (data == null || data.isEmpty()) {
            return new TelegramUpdate.Ignored(chatId, "callback query without data");
        }
        return new TelegramUpdate.Turn(chatId, Inbound.choice(data), query.getId());
    }

    private TelegramUpdate message(Message message) {
        String chatId = String.valueOf(message.getChatId());
        if (message.getChat() != null && !isPrivate(message.getChat().getType())) {
            return new TelegramUpdate.Notice(chatId, TelegramUpdate.NoticeKind.PRIVATE_CHAT_ONLY);
        }
        if (message.hasText()) {
            return text(chatId, message.getText().strip());
        }
        if (message.hasContact()) {
            return new TelegramUpdate.Turn(chatId, contact(message), null);
        }
        if (message.hasPhoto() && !message.getPhoto().isEmpty()) {
            PhotoSize largest = largest(message.getPhoto());
            long size = largest.getFileSize() == null ? 0 : largest.getFileSize();
            Attachment photo = new Attachment(Attachment.Kind.PHOTO, largest.getFileId(), null, size);
            return new TelegramUpdate.Turn(chatId, new Inbound(message.getCaption(), null, photo, null), null);
        }
        if (message.hasDocument()) {
            return document(chatId, message.getDocument(), message.getCaption());
        }
        return new TelegramUpdate.Notice(chatId, TelegramUpdate.NoticeKind.UNSUPPORTED);
    }

    /** Whether a chat type is a one-to-one chat with a user (an absent type is taken as one). */
    private static boolean isPrivate(String type) {
        return type == null || "private".equals(type);
    }

    private static TelegramUpdate text(String chatId, String text) {
        if (!text.startsWith("/")) {
            return new TelegramUpdate.Turn(chatId, Inbound.text(text), null);
        }
        String[] parts = text.split("\\s+", 2);
        String command = parts[0].contains("@") ? parts[0].substring(0, parts[0].indexOf('@')) : parts[0];
        command = command.toLowerCase(Locale.ROOT);
        if (command.equals("/start") && parts.length == 2 && !parts[1].isBlank()) {
            String payload = parts[1].strip();
            int underscore = payload.indexOf('_');
            String flow = underscore < 0 ? payload : payload.substring(0, underscore);
            return new TelegramUpdate.DeepLink(chatId, flow.toLowerCase(Locale.ROOT), payload);
        }
        // /start, /help, /cancel, /lang ... are words the engine knows; other commands read as text
        return new TelegramUpdate.Turn(chatId, Inbound.text(parts.length == 2 ? command + " " + parts[1] : command), null);
    }

    private static Inbound contact(Message message) {
        Contact contact = message.getContact();
        String phone = contact.getPhoneNumber() == null ? "" : contact.getPhoneNumber().strip();
        boolean own = contact.getUserId() != null && message.getFrom() != null
                && contact.getUserId().equals(message.getFrom().getId());
        if (own && !phone.isEmpty()) {
            // Telegram sends the owner's number without the plus sign
            return Inbound.contact(phone.startsWith("+") ? phone : "+" + phone);
        }
        return Inbound.text(phone);
    }

    private TelegramUpdate document(String chatId, Document document, String caption) {
        long size = document.getFileSize() == null ? 0 : document.getFileSize();
        if (size > maxFileBytes) {
            return new TelegramUpdate.Notice(chatId, TelegramUpdate.NoticeKind.FILE_TOO_LARGE);
        }
        Attachment file = new Attachment(Attachment.Kind.DOCUMENT, document.getFileId(), document.getFileName(), size);
        return new TelegramUpdate.Turn(chatId, new Inbound(caption, null, file, null), null);
    }

    private static PhotoSize largest(List<PhotoSize> sizes) {
        return sizes.stream().max(Comparator
                .comparingLong((PhotoSize p) -> p.getFileSize() == null ? 0L : p.getFileSize())
                .thenComparingLong(p -> (long) nz(p.getWidth()) * nz(p.getHeight()))).orElseThrow();
    }

    private static int nz(Integer value) {
        return value == null ? 0 : value;
    }
}
