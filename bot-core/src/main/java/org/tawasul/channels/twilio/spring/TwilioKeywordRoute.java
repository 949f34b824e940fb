package org.tawasul.channels.twilio.spring;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tawasul.codec.Json;
import org.tawasul.conversations.message.Language;
import org.tawasul.outbound.Outbox;
import org.tawasul.turns.InboundRoute;
import org.tawasul.turns.RoutedEvent;

/**
 * Acts on a stored opt-out or opt-in keyword: the address gets no messages from an opt-out until an
 * opt-in (writing again does not end it). An Arabic opt-in is confirmed here; an Arabic opt-out is
 * confirmed in the webhook's answer (the outbox sends nothing to an opted-out address); Twilio
 * confirms its English words itself.
 */
class TwilioKeywordRoute implements InboundRoute {

    static final String ROUTE = "twilio-keyword";
    private static final Logger log = LoggerFactory.getLogger(TwilioKeywordRoute.class);

    private final Outbox outbox;

    TwilioKeywordRoute(Outbox outbox) {
        this.outbox = outbox;
    }

    /** What a stored keyword event says. */
    static String data(boolean optOut, boolean confirm) {
        return Json.write(Map.of("optOut", optOut, "confirm", confirm));
    }

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public void handle(RoutedEvent event) {
        Map<String, Object> data = Json.object(event.data());
        if (Boolean.TRUE.equals(data.get("optOut"))) {
            outbox.optOut(event.channel(), event.address(), "the member sent an opt-out word");
            return;
        }
        boolean was = outbox.optIn(event.channel(), event.address());
        log.info("{} address opted in again (was unreachable: {})", event.channel(), was);
        if (Boolean.TRUE.equals(data.get("confirm"))) {
            outbox.enqueue(Outbox.Entry.text(event.channel(), event.address(), TwilioNotices.optedIn(Language.AR),
                    event.inboxId()));
        }
    }
}
