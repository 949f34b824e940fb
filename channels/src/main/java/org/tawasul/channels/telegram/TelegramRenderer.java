package org.tawasul.channels.telegram;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboard;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardRow;
import org.tawasul.conversations.message.Choice;
import org.tawasul.conversations.message.InputHint;
import org.tawasul.conversations.message.Language;

/**
 * Turns one outbound message into the {@code sendMessage} calls that carry it: the text split into
 * parts of at most 4,096 UTF-16 units, the keyboard on the last part only. Choices become an inline
 * keyboard, one button per row (Arabic labels are long), whose callback data is the choice key.
 * A phone question instead gets a one-time reply keyboard with a share-contact button, and the
 * choices as plain buttons below it (a reply keyboard sends the label, which the engine matches
 * like a typed answer; a message carries one keyboard only).
 */
public final class TelegramRenderer {

    private TelegramRenderer() {
    }

    /** The calls, in sending order. */
    public static List<SendMessage> render(String chatId, String body, List<Choice> choices, InputHint hint,
                                           Language language) {
        List<String> parts = TextSplitter.split(body.isEmpty() ? "…" : body, TextSplitter.TELEGRAM_MAX);
        ReplyKeyboard keyboard = keyboard(choices, hint, language);
        List<SendMessage> messages = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            messages.add(SendMessage.builder().chatId(chatId).text(parts.get(i))
                    .replyMarkup(last ? keyboard : null).build());
        }
        return messages;
    }

    static ReplyKeyboard keyboard(List<Choice> choices, InputHint hint, Language language) {
        if (hint == InputHint.PHONE) {
            List<KeyboardRow> rows = new ArrayList<>();
            rows.add(new KeyboardRow(KeyboardButton.builder()
                    .text(language == Language.EN ? "📱 Share my number" : "📱 مشاركة رقمي").requestContact(true).build()));
            choices.forEach(choice -> rows.add(new KeyboardRow(KeyboardButton.builder().text(choice.label()).build())));
            return ReplyKeyboardMarkup.builder().keyboard(rows).oneTimeKeyboard(true).resizeKeyboard(true).build();
        }
        if (choices.isEmpty()) {
            return null;
        }
        List<InlineKeyboardRow> rows = new ArrayList<>(choices.size());
        for (Choice choice : choices) {
            rows.add(new InlineKeyboardRow(InlineKeyboardButton.builder()
                    .text(choice.label()).callbackData(callbackData(choice.key())).build()));
        }
        return new InlineKeyboardMarkup(rows);
    }

    /** The key itself, checked against Telegram's 1-64 byte limit (keys never carry personal data). */
    static String callbackData(String key) {
        int bytes = key.getBytes(StandardCharsets.UTF_8).length;
        if (bytes < 1 || bytes > Choice.MAX_KEY_BYTES) {
            throw new IllegalArgumentException("callback_data must be 1-64 bytes, the key has " + bytes);
        }
        return key;
    }
}
