package org.tawasul.channels.twilio.spring;

import com.twilio.http.TwilioRestClient;
import java.time.Clock;
import org.springframework.beans.factory.BeanRegistrar;
import org.springframework.beans.factory.BeanRegistry;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.tawasul.channels.ChannelId;
import org.tawasul.channels.TextParts;
import org.tawasul.channels.twilio.SmsParts;
import org.tawasul.channels.twilio.TwilioRenderer;
import org.tawasul.channels.twilio.TwilioSender;
import org.tawasul.channels.twilio.TwilioSignatures;
import org.tawasul.config.StartupChoice;
import org.tawasul.outbound.DeliveryReports;
import org.tawasul.outbound.Outbox;
import org.tawasul.turns.TurnProcessor;

/**
 * The SMS channel's beans; none exist unless {@code tawasul.twilio.account-sid} is set. The sender
 * joins the outbox dispatcher, which paces it at {@code tawasul.twilio.mps}. Made by a registrar that reads the
 * settings when the application starts ({@link StartupChoice}).
 */
@Configuration(proxyBeanMethods = false)
@Import(TwilioConfiguration.Beans.class)
class TwilioConfiguration {

    static final class Beans implements BeanRegistrar {

        @Override
        public void register(BeanRegistry registry, Environment environment) {
            if (!environment.containsProperty("tawasul.twilio.account-sid")) {
                return;
            }
            registry.registerBean("twilioSettings", TwilioSettings.class, bean -> bean.supplier(
                    context -> StartupChoice.bind(environment, "tawasul.twilio", TwilioSettings.class)));
            registry.registerBean("twilioRestClient", TwilioRestClient.class, bean -> bean.supplier(
                    context -> context.bean(TwilioSettings.class).connection().restClient()));
            registry.registerBean("twilioSender", TwilioSender.class, bean -> bean.supplier(context -> {
                TwilioSettings settings = context.bean(TwilioSettings.class);
                return new TwilioSender(context.bean(TwilioRestClient.class), ChannelId.SMS, settings.origin(),
                        settings.statusCallback(), settings.mps(), new TwilioRenderer(settings.smsTwoWay()));
            }));
            // SMS segments counted for features that keep a text within a budget (an officer's reply relayed by SMS).
            registry.registerBean("smsParts", TextParts.class, bean -> bean.supplier(
                    context -> new SmsParts(ChannelId.SMS)));
            registry.registerBean("twilioMonitor", TwilioMonitor.class, bean -> bean.supplier(
                    context -> new TwilioMonitor(context.bean(TwilioSettings.class).smsTwoWay(),
                            context.bean(Clock.class))));
            registry.registerBean("twilioSignatures", TwilioSignatures.class, bean -> bean.supplier(
                    context -> new TwilioSignatures(context.bean(TwilioSettings.class).authToken())));
            registry.registerBean("twilioStatusRoute", TwilioStatusRoute.class, bean -> bean.supplier(
                    context -> new TwilioStatusRoute(context.bean(DeliveryReports.class))));
            registry.registerBean("twilioUnreadRoute", TwilioUnreadRoute.class, bean -> bean.supplier(
                    context -> new TwilioUnreadRoute()));
            registry.registerBean("twilioKeywordRoute", TwilioKeywordRoute.class, bean -> bean.supplier(
                    context -> new TwilioKeywordRoute(context.bean(Outbox.class))));
            registry.registerBean("twilioWebhookController", TwilioWebhookController.class, bean -> bean.supplier(
                    context -> new TwilioWebhookController(context.bean(TwilioSettings.class),
                            context.bean(TwilioSignatures.class), context.bean(TurnProcessor.class),
                            context.bean(Outbox.class), context.bean(TwilioMonitor.class))));
        }
    }
}
