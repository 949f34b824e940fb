package org.tawasul.telegram;

import java.time.Clock;
import java.time.Instant;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tawasul.channels.telegram.NoticeTexts;
import org.tawasul.channels.telegram.TelegramUpdate;
import org.tawasul.conversations.message.InputHint;
import org.tawasul.conversations.message.Language;
import org.tawasul.db.conversation.ConversationRepository;
import org.tawasul.db.inbox.InboxEvent;
import org.tawasul.db.inbox.InboxRepository;
import org.tawasul.db.outbox.OutboxMessage;
import org.tawasul.db.outbox.OutboxRepository;

/**
 * Replies to content the bot cannot take without running a turn: the update is stored in the
 * inbox already processed, with the reply in the outbox, in one commit; a redelivery does nothing.
 */
class TelegramNotices {

    private final ConversationRepository conversations;
    private final InboxRepository inbox;
    private final OutboxRepository outbox;
    private final TransactionTemplate transaction;
    private final Language defaultLanguage;
    private final long maxFileMegabytes;
    private final Clock clock;

    TelegramNotices(ConversationRepository conversations, InboxRepository inbox, OutboxRepository outbox,
                    PlatformTransactionManager transactions, Language defaultLanguage, long maxFileMegabytes, Clock clock) {
        this.conversations = conversations;
        this.inbox = inbox;
        this.outbox = outbox;
        this.transaction = new TransactionTemplate(transactions);
        this.defaultLanguage = defaultLanguage;
        this.maxFileMegabytes = maxFileMegabytes;
        this.clock = clock;
    }

    /** Stores the update and its polite reply, in the member's language; false for a redelivery. */
    boolean reply(String providerId, TelegramUpdate.Notice notice) {
        if (inbox.existsByChannelAndProviderId(TelegramSettings.CHANNEL, providerId)) {
            return false;
        }
        try {
            transaction.executeWithoutResult(status -> {
                Instant now = clock.instant();
                InboxEvent event = InboxEvent.received(TelegramSettings.CHANNEL, providerId, notice.chatId(),
                        "{\"notice\":\"" + notice.kind() + "\"}", now);
                event.markProcessed(now);
                event = inbox.saveAndFlush(event);
                outbox.save(OutboxMessage.pending(TelegramSettings.CHANNEL, notice.chatId(),
                        NoticeTexts.text(notice.kind(), language(notice.chatId()), maxFileMegabytes), null,
                        InputHint.NONE.name(), event.getId(), now));
            });
            return true;
        } catch (DataIntegrityViolationException redelivery) {
            return false;
        }
    }

    private Language language(String chatId) {
        return conversations.findByChannelAndAddress(TelegramSettings.CHANNEL, chatId)
                .flatMap(row -> Language.fromCode(row.getLanguage())).orElse(defaultLanguage);
    }
}
