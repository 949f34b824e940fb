package org.tawasul.channels.email.spring;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.tawasul.channels.email.SmtpSettings;

/**
 * The SMTP server under Spring Boot's own keys {@code spring.mail.*} (host, port, username, password,
 * protocol {@code smtp}/{@code smtps}, and {@code properties.mail.smtp.starttls.enable} /
 * {@code .connectiontimeout} / {@code .timeout}), turned into {@link SmtpSettings}.
 */
@ConfigurationProperties("spring.mail")
record SmtpProperties(String host, Integer port, String username, String password, String protocol,
                      Map<String, String> properties) {

    SmtpProperties {
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    SmtpSettings settings() {
        String proto = protocol == null || protocol.isBlank() ? "smtp" : protocol.strip().toLowerCase(Locale.ROOT);
        if (!proto.equals("smtp") && !proto.equals("smtps")) {
            throw new IllegalArgumentException("spring.mail.protocol must be smtp or smtps (was " + protocol
                    + "). Fix: smtp with port 587 and spring.mail.properties.mail.smtp.starttls.enable=true, or smtps "
                    + "with port 465");
        }
        boolean startTls = "true".equalsIgnoreCase(properties.get("mail." + proto + ".starttls.enable"));
        SmtpSettings.Security security = proto.equals("smtps") ? SmtpSettings.Security.TLS
                : startTls ? SmtpSettings.Security.STARTTLS : SmtpSettings.Security.NONE;
        int p = port != null ? port : proto.equals("smtps") ? 465 : startTls ? 587 : 25;
        try {
            return new SmtpSettings(host.strip(), p, security, blankToNull(username),
                    username == null || username.isBlank() ? null : password == null ? "" : password, null,
                    millis("mail." + proto + ".connectiontimeout"), millis("mail." + proto + ".timeout"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("spring.mail.* is not usable: " + e.getMessage()
                    + ". Fix: set spring.mail.host, spring.mail.port (1-65535) and, for a login, spring.mail.username "
                    + "with spring.mail.password");
        }
    }

    private Duration millis(String key) {
        String value = properties.get(key);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofMillis(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("spring.mail.properties." + key + " must be milliseconds (was " + value
                    + "). Fix: e.g. 10000");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        return "SmtpProperties[" + host + ":" + port + ", user=" + username + ", password=****]";
    }
}
