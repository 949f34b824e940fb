package org.tawasul.channels.twilio.spring;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tawasul.turns.InboundRoute;
import org.tawasul.turns.RoutedEvent;

/**
 * An SMS that reached a one-way setup ({@code tawasul.twilio.sms-two-way=false}): kept in the inbox,
 * not answered, since the sender cannot take answers and an answer would cost a segment for nothing.
 */
class TwilioUnreadRoute implements InboundRoute {

    static final String ROUTE = "twilio-unread";
    private static final Logger log = LoggerFactory.getLogger(TwilioUnreadRoute.class);

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public void handle(RoutedEvent event) {
        log.info("An SMS ({}) arrived while two-way SMS is off: stored, not answered", event.providerId());
    }
}
