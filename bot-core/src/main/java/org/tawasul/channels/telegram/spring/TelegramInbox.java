package org.tawasul.channels.telegram.spring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.tawasul.channels.ChannelId;
import org.tawasul.channels.telegram.NoticeTexts;
import org.tawasul.channels.telegram.TelegramUpdate;
import org.tawasul.channels.telegram.TelegramTranslator;
import org.tawasul.conversations.flow.FlowRegistry;
import org.tawasul.conversations.message.Inbound;
import org.tawasul.turns.InboundTurn;
import org.tawasul.turns.TurnProcessor;

/**
 * Where Telegram updates enter the pipeline, whether polled or pushed: each is translated and
 * stored in the inbox under its {@code update_id}, so a redelivered update does nothing.
 */
class TelegramInbox {

    private static final Logger log = LoggerFactory.getLogger(TelegramInbox.class);

    /**
     * Deep-link names that differ from the flow ids, and the choice step the text after the name
     * picks: {@code /start rate_CMP-2026-000123} rates that case, if it is one of the member's
     * completed cases (the survey offers only those), else the survey asks which one.
     */
    private static final Map<String, DeepLinkTarget> DEEP_LINKS = Map.of("rate", new DeepLinkTarget("survey", "case"));

    private record DeepLinkTarget(String flow, String presetStep) {
    }

    private final TelegramTranslator translator;
    private final TurnProcessor turns;
    private final FlowRegistry flows;
    private final long maxFileMegabytes;
    /** The flows a deep link may start: those the menu offers. */
    private final java.util.Set<String> deepLinkable;

    /** The bot the updates come to: update ids count per bot, so a new token's ids cannot meet an old one's. */
    private final String botId;

    TelegramInbox(TelegramTranslator translator, TurnProcessor turns, FlowRegistry flows, String menuFlowId,
                  long maxFileMegabytes, String botId) {
        this.botId = botId;
        this.translator = translator;
        this.turns = turns;
        this.flows = flows;
        this.maxFileMegabytes = maxFileMegabytes;
        this.deepLinkable = menuFlows(flows, menuFlowId);
    }

    private static java.util.Set<String> menuFlows(FlowRegistry flows, String menuFlowId) {
        java.util.Set<String> offered = new java.util.HashSet<>();
        offered.add(menuFlowId);
        if (flows.get(menuFlowId) != null) {
            flows.get(menuFlowId).steps().stream().flatMap(step -> step.options().stream())
                    .filter(option -> option.flow() != null).forEach(option -> offered.add(option.flow()));
        }
        return java.util.Set.copyOf(offered);
    }

    /** A polled update with its meaning. */
    record Polled(Update update, TelegramUpdate meaning) {
    }

    /** The meaning of an update, for a receiver. */
    TelegramUpdate translate(Update update) {
        return translator.translate(update);
    }

    /**
     * Stores a polled batch and commits (long polling: the turns run afterwards): the updates that
     * ask for a turn in one commit, each notice with its reply in its own. Redeliveries do nothing.
     *
     * @return the stored turns, in the batch's order
     */
    List<TurnProcessor.Received> receiveAll(List<Polled> batch) {
        List<TurnProcessor.Arrival> arrivals = new ArrayList<>(batch.size());
        for (Polled polled : batch) {
            InboundTurn turn = turnOf(polled.meaning());
            if (turn != null) {
                arrivals.add(new TurnProcessor.Arrival(providerId(polled.update()), polled.meaning().chatId(), turn));
            }
        }
        List<TurnProcessor.Received> stored = turns.receiveAll(ChannelId.TELEGRAM, arrivals);
        for (Polled polled : batch) {
            if (!asksForTurn(polled.meaning())) {
                noTurn(providerId(polled.update()), polled.meaning());
            }
        }
        return stored;
    }

    /** The inbox key of an update: the bot's id and the update's ({@code 123456:504}). */
    private String providerId(Update update) {
        return botId + ":" + update.getUpdateId();
    }

    /**
     * Stores an update and runs its turn in one commit (webhooks, which answer afterwards).
     * Throws only when the update could not be stored.
     */
    void handle(Update update, TelegramUpdate meaning) {
        String providerId = providerId(update);
        InboundTurn turn = turnOf(meaning);
        if (turn != null) {
            turns.handle(ChannelId.TELEGRAM, providerId, meaning.chatId(), turn);
        } else {
            noTurn(providerId, meaning);
        }
    }

    private static boolean asksForTurn(TelegramUpdate meaning) {
        return meaning instanceof TelegramUpdate.Turn || meaning instanceof TelegramUpdate.DeepLink;
    }

    /** The turn an update asks for, or null for a notice or an ignored update. */
    private InboundTurn turnOf(TelegramUpdate meaning) {
        if (meaning instanceof TelegramUpdate.Turn turn) {
            return InboundTurn.of(turn.input());
        }
        if (meaning instanceof TelegramUpdate.DeepLink link) {
            return deepLink(link);
        }
        return null;
    }

    private void noTurn(String providerId, TelegramUpdate meaning) {
        if (meaning instanceof TelegramUpdate.Notice notice) {
            turns.reply(ChannelId.TELEGRAM, providerId, notice.chatId(), notice.kind().name(),
                    language -> NoticeTexts.text(notice.kind(), language, maxFileMegabytes));
        } else if (meaning instanceof TelegramUpdate.Ignored ignored) {
            log.debug("Telegram update {} ignored: {}", providerId, ignored.reason());
        }
    }

    /**
     * Runs the turn of a stored update.
     *
     * @return false when the turn failed: the update stays in the inbox for a later attempt
     */
    boolean process(TurnProcessor.Received stored) {
        return turns.process(stored.inboxId(), ChannelId.TELEGRAM, stored.address());
    }

    /**
     * A flow the menu offers starts (and {@code rate_REF}, the survey for a case); anything else —
     * an unknown name, or a flow a member must reach through the menu such as a service's own form,
     * which comes after identification — shows the menu, as a plain /start.
     */
    private InboundTurn deepLink(TelegramUpdate.DeepLink link) {
        DeepLinkTarget target = DEEP_LINKS.get(link.flow());
        String flow = target != null ? target.flow() : link.flow();
        if (deepLinkable.contains(flow) && flows.get(flow) != null) {
            int underscore = link.payload().indexOf('_');
            String argument = underscore < 0 ? "" : link.payload().substring(underscore + 1).strip();
            if (target != null && !argument.isEmpty() && argument.length() <= 64) {
                return InboundTurn.start(flow, Map.of(target.presetStep(), argument.toUpperCase(java.util.Locale.ROOT)));
            }
            return InboundTurn.start(flow);
        }
        log.info("Telegram deep link to a flow not offered by the menu: showing the menu"); // the name is the member's text
        return InboundTurn.of(Inbound.text("/start"));
    }
}
