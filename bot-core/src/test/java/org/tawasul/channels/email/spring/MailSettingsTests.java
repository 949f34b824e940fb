package org.tawasul.channels.email.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import org.tawasul.channels.email.SmtpSettings;

/** Bad mail settings stop start-up with a message naming the key and the fix. */
class MailSettingsTests {

    static final String KEY = "c2VjcmV0LWtleS1vZi1hdC1sZWFzdC0zMi1ieXRlcy1sb25nLWVub3VnaA==";
    static final MailSettings.Imap NO_IMAP = new MailSettings.Imap(null, null, null, null, true, "INBOX",
            Duration.ofSeconds(30), Duration.ofSeconds(30), null, 4);

    static MailSettings settings(String from, String reply, String key, MailSettings.Imap imap) {
        return new MailSettings(from, reply, key, 90, null, DataSize.ofMegabytes(10), imap);
    }

    @Test
    void goodSettingsGiveTheDomainAndAnArabicSender() {
        MailSettings ok = settings("جمعية تواصل <tawasul@Society.example>", "tawasul+{token}@society.example", KEY, NO_IMAP);
        assertThat(ok.idDomain()).isEqualTo("society.example");
        assertThat(ok.fromAddress().getPersonal()).isEqualTo("جمعية تواصل");
        assertThat(MailSettings.keyBytes(KEY)).hasSizeGreaterThanOrEqualTo(32);
        assertThat(ok.toString()).doesNotContain(KEY);
    }

    @Test
    void eachMissingOrBadValueIsNamedWithItsFix() {
        assertThatThrownBy(() -> settings(null, "tawasul+{token}@society.example", KEY, NO_IMAP))
                .hasMessageContaining("tawasul.mail.from").hasMessageContaining("Fix:");
        assertThatThrownBy(() -> settings("not an address <", "tawasul+{token}@society.example", KEY, NO_IMAP))
                .hasMessageContaining("tawasul.mail.from").hasMessageContaining("Fix:");
        assertThatThrownBy(() -> settings("tawasul@society.example", "tawasul@society.example", KEY, NO_IMAP))
                .hasMessageContaining("tawasul.mail.reply-address").hasMessageContaining("{token}");
        assertThatThrownBy(() -> settings("tawasul@society.example", "tawasul+{token}@society.example", null, NO_IMAP))
                .hasMessageContaining("tawasul.mail.token-key").hasMessageContaining("openssl rand");
        assertThatThrownBy(() -> settings("tawasul@society.example", "tawasul+{token}@society.example", "short", NO_IMAP))
                .hasMessageContaining("tawasul.mail.token-key is too short");
        MailSettings.Imap noLogin = new MailSettings.Imap("imap.society.example", null, null, null, true, "INBOX",
                Duration.ofSeconds(30), Duration.ofSeconds(30), null, 4);
        assertThatThrownBy(() -> settings("tawasul@society.example", "tawasul+{token}@society.example", KEY, noLogin))
                .hasMessageContaining("tawasul.mail.imap.username");
        MailSettings.Imap idleTooLong = new MailSettings.Imap("imap.society.example", 993, "u", "p", true, "INBOX",
                Duration.ofMinutes(30), Duration.ofSeconds(30), null, 4);
        assertThatThrownBy(() -> settings("tawasul@society.example", "tawasul+{token}@society.example", KEY, idleTooLong))
                .hasMessageContaining("tawasul.mail.imap.poll-interval").hasMessageContaining("29 minutes");
        MailSettings.Imap staleTooSoon = new MailSettings.Imap("imap.society.example", 993, "u", "p", true, "INBOX",
                Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(45), 4);
        assertThatThrownBy(() -> settings("tawasul@society.example", "tawasul+{token}@society.example", KEY, staleTooSoon))
                .hasMessageContaining("tawasul.mail.imap.stale-after").hasMessageContaining("Fix:");
        MailSettings.Imap noThreads = new MailSettings.Imap("imap.society.example", 993, "u", "p", true, "INBOX",
                Duration.ofSeconds(30), Duration.ofSeconds(30), null, 0);
        assertThatThrownBy(() -> settings("tawasul@society.example", "tawasul+{token}@society.example", KEY, noThreads))
                .hasMessageContaining("tawasul.mail.imap.turn-threads").hasMessageContaining("Fix:");
    }

    @Test
    void theReaderIsStaleAfterTwoMinutesOrTwoPollsAndBacksOffUpToFiveMinutes() {
        MailSettings.Imap defaults = new MailSettings.Imap("imap.society.example", 993, "u", "p", true, "INBOX",
                Duration.ofSeconds(30), Duration.ofSeconds(30), null, 4);
        assertThat(defaults.staleAfterOrDefault()).isEqualTo(Duration.ofMinutes(2));
        MailSettings.Imap slowPolls = new MailSettings.Imap("imap.society.example", 993, "u", "p", true, "INBOX",
                Duration.ofMinutes(20), Duration.ofSeconds(30), null, 4);
        assertThat(slowPolls.staleAfterOrDefault()).isEqualTo(Duration.ofMinutes(40));
        assertThat(java.util.stream.IntStream.rangeClosed(1, 6).mapToObj(defaults::backoff).toList()).containsExactly(
                Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120), Duration.ofSeconds(240),
                Duration.ofMinutes(5), Duration.ofMinutes(5));
    }

    @Test
    void springMailKeysGiveTheSmtpSecurity() {
        assertThat(new SmtpProperties("smtp.society.example", null, "u", "p", null,
                Map.of("mail.smtp.starttls.enable", "true")).settings())
                .extracting(SmtpSettings::port, SmtpSettings::security).containsExactly(587, SmtpSettings.Security.STARTTLS);
        assertThat(new SmtpProperties("smtp.society.example", null, null, null, "smtps", null).settings())
                .extracting(SmtpSettings::port, SmtpSettings::security).containsExactly(465, SmtpSettings.Security.TLS);
        assertThatThrownBy(() -> new SmtpProperties("smtp.society.example", 25, null, null, "pop3", null).settings())
                .hasMessageContaining("spring.mail.protocol").hasMessageContaining("Fix:");
        assertThatThrownBy(() -> new SmtpProperties("smtp.society.example", 99999, null, null, null, null).settings())
                .hasMessageContaining("spring.mail").hasMessageContaining("Fix:");
    }
}
