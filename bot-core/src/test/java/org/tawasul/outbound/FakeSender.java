package org.tawasul.outbound;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.tawasul.channels.ChannelId;
import org.tawasul.channels.ChannelSender;
import org.tawasul.channels.OutboundMessage;
import org.tawasul.channels.Pacing;
import org.tawasul.channels.SendOutcome;

/** A channel sender that records every call and answers from a script (by default: sent, provider id "p-" + outbox id). */
class FakeSender implements ChannelSender {

    static final ChannelId CHANNEL = ChannelId.of("fake");

    final List<OutboundMessage> calls = new CopyOnWriteArrayList<>();
    volatile Function<OutboundMessage, SendOutcome> script = FakeSender::sent;
    private final String prefix;

    FakeSender(String prefix) {
        this.prefix = prefix;
    }

    static SendOutcome sent(OutboundMessage message) {
        return new SendOutcome.Sent("p-" + message.outboxId());
    }

    @Override
    public ChannelId channel() {
        return CHANNEL;
    }

    @Override
    public Pacing defaultPacing() {
        return new Pacing(30, java.time.Duration.ofSeconds(1));
    }

    @Override
    public SendOutcome send(OutboundMessage message) {
        calls.add(message);
        SendOutcome outcome = script.apply(message);
        return outcome instanceof SendOutcome.Sent sent && sent.providerId() != null
                ? new SendOutcome.Sent(prefix + sent.providerId()) : outcome;
    }

    List<Long> idsSentTo(String recipient) {
        return calls.stream().filter(m -> m.recipient().equals(recipient)).map(OutboundMessage::outboxId).toList();
    }

    void reset() {
        calls.clear();
        script = FakeSender::sent;
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Config {
        @Bean
        FakeSender fakeSender() {
            return new FakeSender("");
        }
    }
}
