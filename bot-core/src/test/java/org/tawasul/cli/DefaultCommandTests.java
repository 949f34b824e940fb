package org.tawasul.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tawasul} without a command serves when any channel is configured, and prints the help otherwise. */
class DefaultCommandTests {

    @TempDir
    Path dir;

    private boolean configured(String[] args, Map<String, String> environment) {
        return Tawasul.channelConfigured(args, environment, new Properties(), dir);
    }

    @Test
    void servesWhenOnlyTwilioIsConfigured() {
        assertThat(configured(new String[] {"--tawasul.twilio.account-sid=AC0123"}, Map.of())).isTrue();
        assertThat(configured(new String[0], Map.of("TAWASUL_TWILIO_ACCOUNT_SID", "AC0123"))).isTrue();
        assertThat(configured(new String[0], Map.of("TAWASUL_TWILIO_ACCOUNTSID", "AC0123"))).isTrue();
    }

    @Test
    void servesWhenOnlyMailIsConfigured() {
        assertThat(configured(new String[] {"--spring.mail.host=smtp.example.org"}, Map.of())).isTrue();
        assertThat(configured(new String[0], Map.of("SPRING_MAIL_HOST", "smtp.example.org"))).isTrue();
        assertThat(configured(new String[0], Map.of("TAWASUL_MAIL_FROM", "Bot <bot@example.org>"))).isTrue();
    }

    @Test
    void servesWhenTelegramIsConfigured() {
        assertThat(configured(new String[] {"--tawasul.telegram.token=123:abc"}, Map.of())).isTrue();
        assertThat(configured(new String[0], Map.of("TAWASUL_TELEGRAM_TOKEN", "123:abc"))).isTrue();
    }

    @Test
    void readsTheApplicationPropertiesOfTheWorkingFolder() throws IOException {
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config/application.properties"), "tawasul.twilio.account-sid=AC0123\n");
        assertThat(configured(new String[0], Map.of())).isTrue();
    }

    @Test
    void systemPropertiesCountToo() {
        Properties system = new Properties();
        system.setProperty("spring.mail.host", "smtp.example.org");
        assertThat(Tawasul.channelConfigured(new String[0], Map.of(), system, dir)).isTrue();
    }

    @Test
    void printsHelpWithoutAnyChannelOrWithBlankValues() {
        assertThat(configured(new String[] {"--spring.profiles.active=mysql"}, Map.of("HOME", "/home/x"))).isFalse();
        assertThat(configured(new String[] {"--tawasul.twilio.account-sid="}, Map.of("SPRING_MAIL_HOST", " "))).isFalse();
    }
}
