package org.tawasul.channels.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.net.InetAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SmtpSettingsTests {

    @Test
    void startTlsIsRequiredAndEveryStepHasATimeout() {
        Session session = new SmtpSettings("smtp.society.example", 587, SmtpSettings.Security.STARTTLS, "tawasul", "s3cret",
                "bounces@society.example", Duration.ofSeconds(5), Duration.ofSeconds(30)).session();

        assertThat(session.getProperty("mail.transport.protocol")).isEqualTo("smtp");
        assertThat(session.getProperty("mail.smtp.host")).isEqualTo("smtp.society.example");
        assertThat(session.getProperty("mail.smtp.port")).isEqualTo("587");
        assertThat(session.getProperty("mail.smtp.starttls.enable")).isEqualTo("true");
        assertThat(session.getProperty("mail.smtp.starttls.required")).isEqualTo("true");
        assertThat(session.getProperty("mail.smtp.ssl.checkserveridentity")).isEqualTo("true");
        assertThat(session.getProperty("mail.smtp.connectiontimeout")).isEqualTo("5000");
        assertThat(session.getProperty("mail.smtp.timeout")).isEqualTo("30000");
        assertThat(session.getProperty("mail.smtp.writetimeout")).isEqualTo("30000");
        assertThat(session.getProperty("mail.smtp.from")).isEqualTo("bounces@society.example");
        assertThat(session.getProperty("mail.smtp.auth")).isEqualTo("true");
        PasswordAuthentication login = session.requestPasswordAuthentication(InetAddress.getLoopbackAddress(), 587, "smtp", null, null);
        assertThat(login.getUserName()).isEqualTo("tawasul");
        assertThat(login.getPassword()).isEqualTo("s3cret");
    }

    @Test
    void tlsFromTheStartUsesSmtpsAndDefaultsApply() {
        Session session = new SmtpSettings("smtp.society.example", 465, SmtpSettings.Security.TLS, null, null, null, null, null)
                .session();

        assertThat(session.getProperty("mail.transport.protocol")).isEqualTo("smtps");
        assertThat(session.getProperty("mail.smtps.host")).isEqualTo("smtp.society.example");
        assertThat(session.getProperty("mail.smtps.connectiontimeout")).isEqualTo("10000");
        assertThat(session.getProperty("mail.smtps.timeout")).isEqualTo("60000");
        assertThat(session.getProperty("mail.smtps.auth")).isNull();
    }

    @Test
    void thePasswordIsNeverShown() {
        SmtpSettings settings = new SmtpSettings("h", 25, SmtpSettings.Security.NONE, "u", "s3cret", null, null, null);
        assertThat(settings.toString()).doesNotContain("s3cret").contains("****");
    }

    @Test
    void refusesSettingsThatCannotWork() {
        assertThatThrownBy(() -> new SmtpSettings(" ", 25, SmtpSettings.Security.NONE, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SmtpSettings("h", 0, SmtpSettings.Security.NONE, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SmtpSettings("h", 25, SmtpSettings.Security.NONE, "u", null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SmtpSettings("h", 25, SmtpSettings.Security.NONE, null, null, null, Duration.ZERO, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
