package org.tawasul.channels.twilio.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.tawasul.TawasulApplication;
import org.tawasul.channels.ChannelId;
import org.tawasul.channels.ChannelSender;

/** Start-up with and without Twilio settings: off when no account is set, a bad value names its key and the fix. */
class TwilioSettingsIntegrationTests {

    static final String SID = "AC" + "0123456789abcdef".repeat(2);

    private static ConfigurableApplicationContext start(String... args) {
        List<String> all = new ArrayList<>(List.of("--spring.main.web-application-type=none",
                "--spring.datasource.url=jdbc:h2:mem:twilio-settings;MODE=MySQL;DATABASE_TO_LOWER=TRUE",
                "--logging.level.root=OFF", "--tawasul.background=false"));
        all.addAll(List.of(args));
        return new SpringApplication(TawasulApplication.class).run(all.toArray(String[]::new));
    }

    private static String[] valid(String... more) {
        List<String> args = new ArrayList<>(List.of("--tawasul.twilio.account-sid=" + SID, "--tawasul.twilio.auth-token=t0ken",
                "--tawasul.twilio.from=TAWASUL", "--tawasul.twilio.public-url=https://bot.example.org"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    @Test
    void withoutAnAccountThereIsNoSmsChannel() {
        try (ConfigurableApplicationContext context = start()) {
            assertThat(context.getBeansOfType(ChannelSender.class)).isEmpty();
            assertThat(context.getBeanNamesForType(TwilioWebhookController.class)).isEmpty();
        }
    }

    @Test
    void anAccountRegistersTheSmsSenderPacedAtMpsAndHidesTheToken() {
        try (ConfigurableApplicationContext context = start(valid("--tawasul.twilio.mps=25"))) {
            ChannelSender sender = context.getBean(ChannelSender.class);
            assertThat(sender.channel()).isEqualTo(ChannelId.SMS);
            assertThat(sender.defaultPacing().ratePerSecond()).isEqualTo(25);
            TwilioSettings settings = context.getBean(TwilioSettings.class);
            assertThat(settings.statusCallback()).hasToString("https://bot.example.org/webhooks/twilio/status");
            assertThat(settings.smsUrl()).hasToString("https://bot.example.org/webhooks/twilio/sms");
            assertThat(settings.smsTwoWay()).isFalse();
            assertThat(settings.toString()).doesNotContain("t0ken");
        }
    }

    @Test
    void aBadAccountSidNamesTheKeyAndTheFix() {
        assertThatThrownBy(() -> start(valid("--tawasul.twilio.account-sid=AC123")))
                .satisfies(e -> assertThat(rootMessage(e)).contains("tawasul.twilio.account-sid is not AC and 32 hex digits",
                        "Fix: copy the Account SID"));
    }

    @Test
    void aMissingTokenNamesTheKeyAndTheFix() {
        assertThatThrownBy(() -> start("--tawasul.twilio.account-sid=" + SID, "--tawasul.twilio.from=TAWASUL",
                "--tawasul.twilio.public-url=https://bot.example.org"))
                .satisfies(e -> assertThat(rootMessage(e)).contains("tawasul.twilio.auth-token is empty", "Fix:"));
    }

    @Test
    void bothOrNeitherSenderNamesBothKeys() {
        assertThatThrownBy(() -> start(valid("--tawasul.twilio.messaging-service-sid=MG" + "0".repeat(32))))
                .satisfies(e -> assertThat(rootMessage(e)).contains("tawasul.twilio.messaging-service-sid and "
                        + "tawasul.twilio.from: exactly one must be set (both are)"));
    }

    @Test
    void aSenderIdTooLongNamesTheKey() {
        assertThatThrownBy(() -> start("--tawasul.twilio.account-sid=" + SID,
                "--tawasul.twilio.auth-token=t", "--tawasul.twilio.from=TAWASUL-SOCIETY", "--tawasul.twilio.public-url=https://b.org"))
                .satisfies(e -> assertThat(rootMessage(e)).contains("tawasul.twilio.from 'TAWASUL-SOCIETY' is neither", "Fix:"));
    }

    @Test
    void aMissingPublicUrlNamesTheKeyAndTheFix() {
        assertThatThrownBy(() -> start("--tawasul.twilio.account-sid=" + SID, "--tawasul.twilio.auth-token=t",
                "--tawasul.twilio.from=TAWASUL"))
                .satisfies(e -> assertThat(rootMessage(e)).contains("tawasul.twilio.public-url is missing",
                        "Fix: give the public base URL"));
    }

    @Test
    void anMpsOutOfRangeNamesTheKey() {
        assertThatThrownBy(() -> start(valid("--tawasul.twilio.mps=0")))
                .satisfies(e -> assertThat(rootMessage(e)).contains("tawasul.twilio.mps must be above 0"));
    }
}
