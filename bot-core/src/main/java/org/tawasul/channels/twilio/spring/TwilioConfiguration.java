package org.tawasul.channels.twilio.spring;

import com.twilio.http.TwilioRestClient;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tawasul.channels.ChannelId;
import org.tawasul.channels.twilio.TwilioRenderer;
import org.tawasul.channels.twilio.TwilioSender;
import org.tawasul.channels.twilio.TwilioSignatures;
import org.tawasul.outbound.DeliveryReports;
import org.tawasul.outbound.Outbox;

/**
 * The SMS channel's beans; none exist unless {@code tawasul.twilio.account-sid} is set. The sender
 * joins the outbox dispatcher, which paces it at {@code tawasul.twilio.mps}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "tawasul.twilio.account-sid")
@EnableConfigurationProperties(TwilioSettings.class)
class TwilioConfiguration {

    @Bean
    TwilioRestClient twilioRestClient(TwilioSettings settings) {
        return settings.connection().restClient();
    }

    @Bean
    TwilioSender twilioSender(TwilioSettings settings, TwilioRestClient client) {
        return new TwilioSender(client, ChannelId.SMS, settings.origin(), settings.statusCallback(), settings.mps(),
                new TwilioRenderer(settings.smsTwoWay()));
    }

    /** SMS segments counted for features that keep a text within a budget (an officer's reply relayed by SMS). */
    @Bean
    org.tawasul.channels.TextParts smsParts() {
        return new org.tawasul.channels.twilio.SmsParts(ChannelId.SMS);
    }

    @Bean
    TwilioMonitor twilioMonitor(TwilioSettings settings, java.time.Clock clock) {
        return new TwilioMonitor(settings.smsTwoWay(), clock);
    }

    @Bean
    TwilioSignatures twilioSignatures(TwilioSettings settings) {
        return new TwilioSignatures(settings.authToken());
    }

    @Bean
    TwilioStatusRoute twilioStatusRoute(DeliveryReports reports) {
        return new TwilioStatusRoute(reports);
    }

    @Bean
    TwilioUnreadRoute twilioUnreadRoute() {
        return new TwilioUnreadRoute();
    }

    @Bean
    TwilioKeywordRoute twilioKeywordRoute(Outbox outbox) {
        return new TwilioKeywordRoute(outbox);
    }
}
