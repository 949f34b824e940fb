package org.tawasul.outbound;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.tawasul.db.outbox.ChannelAddresses;
import org.tawasul.db.outbox.OutboxRepository;

/** Builds the outbox dispatcher over every {@link ChannelSender} bean (it stays off when there is none). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutboundSettings.class)
class OutboundConfiguration {

    @Bean
    OutboxDispatcher outboxDispatcher(ObjectProvider<ChannelSender> senders, OutboxRepository outbox,
                                      ChannelAddresses addresses, PlatformTransactionManager transactions,
                                      OutboundSettings settings, Clock clock) {
        DispatchCounts counts = new DispatchCounts();
        return new OutboxDispatcher(senders.orderedStream().toList(),
                new OutboxLedger(outbox, addresses, transactions, settings, counts, clock), counts, settings);
    }
}
