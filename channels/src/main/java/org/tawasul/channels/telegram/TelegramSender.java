package org.tawasul.channels.telegram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import org.tawasul.conversations.message.Language;
import org.tawasul.channels.ChannelId;
import org.tawasul.channels.ChannelSender;
import org.tawasul.channels.OutboundMessage;
import org.tawasul.channels.Pacing;
import org.tawasul.channels.SendOutcome;

/**
 * Sends outbox rows to Telegram chats. A text longer than one message goes as several, in order;
 * the first part that fails decides the outcome, and the parts before it are reported
 * ({@link SendOutcome.PartlySent}), so a retry starts with that part: the member never sees a
 * part twice (unless the node stops between Telegram accepting a part and the outcome's commit).
 */
public final class TelegramSender implements ChannelSender {

    /** Telegram's limits: about 30 messages a second in all, one a second per chat. */
    public static final Pacing PACING = new Pacing(30, Duration.ofSeconds(1));

    private final TelegramClient client;

    public TelegramSender(TelegramClient client) {
        this.client = client;
    }

    @Override
    public ChannelId channel() {
        return ChannelId.TELEGRAM;
    }

    @Override
    public Pacing defaultPacing() {
        return PACING;
    }

    @Override
    public SendOutcome send(OutboundMessage message) {
        List<SendMessage> calls;
        try {
            calls = TelegramRenderer.render(message.recipient(), message.body(), message.choices(), message.hint(),
                    languageOf(message.body()));
        } catch (IllegalArgumentException unsendable) {
            return new SendOutcome.Refused(unsendable.getMessage(), false);
        }
        int first = Math.min(message.partsSent(), calls.size() - 1); // the text is the same, so are its parts
        List<String> ids = new ArrayList<>(calls.size());
        for (int part = first; part < calls.size(); part++) {
            SendOutcome failure;
            try {
                Message sent = client.execute(calls.get(part));
                ids.add(sent == null || sent.getMessageId() == null ? "?" : String.valueOf(sent.getMessageId()));
                continue;
            } catch (TelegramApiException e) {
                failure = outcome(TelegramErrors.classify(e), part, calls.size());
            } catch (RuntimeException e) {
                failure = new SendOutcome.Failed(prefix(part, calls.size()) + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            return part == 0 ? failure : new SendOutcome.PartlySent(part, ids.isEmpty() ? null : String.join(",", ids), failure);
        }
        return new SendOutcome.Sent(String.join(",", ids));
    }

    private static SendOutcome outcome(TelegramErrors.Classified failure, int part, int parts) {
        String error = prefix(part, parts) + failure.error();
        return switch (failure.kind()) {
            case RETRY_AFTER -> new SendOutcome.RetryAfter(Duration.ofSeconds(failure.retryAfterSeconds()), error);
            case TRANSIENT -> new SendOutcome.Failed(error);
            case REFUSED -> new SendOutcome.Refused(error, false);
            case RECIPIENT_GONE -> new SendOutcome.Refused(error, true);
        };
    }

    private static String prefix(int part, int parts) {
        if (parts == 1) {
            return "";
        }
        return "part " + (part + 1) + "/" + parts + ": ";
    }

    /** The label language of the share-contact button: Arabic when the text has Arabic letters. */
    public static Language languageOf(String body) {
        return body.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)
                ? Language.AR : Language.EN;
    }
}
