package org.tawasul.operations;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tawasul.channels.ChannelId;
import org.tawasul.channels.ChannelSender;
import org.tawasul.outbound.OutboxStatistics;
import org.tawasul.turns.InboxStatistics;

/**
 * Health and metrics of the channels, the same for each: a channel's sender and its
 * {@link ChannelMonitor} are all it takes to appear under {@code /actuator/health} ("channels") and in
 * the metrics at {@code /actuator/prometheus}.
 */
@Configuration(proxyBeanMethods = false)
class OperationsConfiguration {

    @Bean
    HealthContributor channels(ObjectProvider<ChannelSender> senders, ObjectProvider<ChannelMonitor> monitors,
                               OutboxStatistics outbox, InboxStatistics inbox, Clock clock) {
        List<ChannelMonitor> receivers = monitors.orderedStream().toList();
        Map<String, HealthContributor> byChannel = new LinkedHashMap<>();
        for (ChannelId channel : ChannelsHealth.channels(senders.orderedStream().map(ChannelSender::channel).toList(),
                receivers)) {
            ChannelMonitor monitor = receivers.stream().filter(m -> m.channel().equals(channel)).findFirst().orElse(null);
            byChannel.put(channel.id(), new ChannelsHealth(channel, monitor, outbox, inbox, clock));
        }
        return byChannel.isEmpty() ? (org.springframework.boot.health.contributor.HealthIndicator)
                () -> org.springframework.boot.health.contributor.Health.up().withDetail("channels", "none configured").build()
                : CompositeHealthContributor.fromMap(byChannel);
    }

    @Bean
    ChannelMetrics channelMetrics(ObjectProvider<ChannelSender> senders, ObjectProvider<ChannelMonitor> monitors,
                                  OutboxStatistics outbox, InboxStatistics inbox) {
        return new ChannelMetrics(ChannelsHealth.channels(senders.orderedStream().map(ChannelSender::channel).toList(),
                monitors.orderedStream().toList()), outbox, inbox);
    }
}
