package org.tawasul.outbound;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.tawasul.config.OneShot;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.tawasul.channels.ChannelSender;
import org.tawasul.db.outbox.ChannelAddresses;
import org.tawasul.db.outbox.OutboxRepository;
import org.tawasul.lease.NodeLeases;

/**
 * Builds the outbox dispatcher over every {@link ChannelSender} bean (it stays off when there is
 * none). One node at a time sends (a lease in the database), so the channels' rates are the rates
 * of all nodes together; the others stand by.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutboundSettings.class)
class OutboundConfiguration {

    @Bean
    @ConditionalOnProperty(name = OneShot.BACKGROUND, havingValue = "true", matchIfMissing = true)
    OutboxDispatcher outboxDispatcher(ObjectProvider<ChannelSender> senders, OutboxRepository outbox,
                                      ChannelAddresses addresses, PlatformTransactionManager transactions,
                                      OutboundSettings settings, Clock clock, NodeLeases leases,
                                      MeterRegistry meters, org.springframework.context.ApplicationEventPublisher events) {
        DispatchCounts counts = new DispatchCounts(meters);
        return new OutboxDispatcher(senders.orderedStream().toList(),
                new OutboxLedger(outbox, addresses, transactions, settings, counts, clock, events), counts, settings,
                leases.named("outbox-dispatcher", "sends the outbox"));
    }
}
