package org.tawasul.channels.email;

import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;

/**
 * How to reach the SMTP server, turned into a Jakarta Mail {@link Session} with timeouts on every
 * step (Jakarta Mail's default is to wait forever).
 *
 * @param host           the server
 * @param port           usually 587 (STARTTLS), 465 (TLS) or 25
 * @param security       how the connection is protected
 * @param username       the login, or null to send without authenticating
 * @param password       the password (never logged), or null
 * @param envelopeFrom   the bounce address given in {@code MAIL FROM}, or null for the From address
 * @param connectTimeout how long to wait for the connection
 * @param readTimeout    how long to wait for each reply, also after the message data: a send that
 *                       times out there is reported as uncertain
 */
public record SmtpSettings(String host, int port, Security security, String username, String password,
                           String envelopeFrom, Duration connectTimeout, Duration readTimeout) {

    /** How the connection to the server is protected. */
    public enum Security {
        /** Plain SMTP (a relay on the same host or network only). */
        NONE,
        /** SMTP upgraded with STARTTLS, which is required (port 587). */
        STARTTLS,
        /** SMTP inside TLS from the start (port 465). */
        TLS
    }

    public SmtpSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("An SMTP host is needed");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("Not a port: " + port);
        }
        Objects.requireNonNull(security, "security");
        if (username != null && password == null) {
            throw new IllegalArgumentException("A password is needed with the username");
        }
        connectTimeout = positive(connectTimeout, Duration.ofSeconds(10), "connectTimeout");
        readTimeout = positive(readTimeout, Duration.ofSeconds(60), "readTimeout");
    }

    /** A session for these settings, with a password authenticator when a username is set. */
    public Session session() {
        String protocol = security == Security.TLS ? "smtps" : "smtp";
        Properties props = new Properties();
        props.put("mail.transport.protocol", protocol);
        String p = "mail." + protocol + ".";
        props.put(p + "host", host);
        props.put(p + "port", String.valueOf(port));
        props.put(p + "connectiontimeout", String.valueOf(connectTimeout.toMillis()));
        props.put(p + "timeout", String.valueOf(readTimeout.toMillis()));
        props.put(p + "writetimeout", String.valueOf(readTimeout.toMillis()));
        if (envelopeFrom != null && !envelopeFrom.isBlank()) {
            props.put(p + "from", envelopeFrom);
        }
        if (security == Security.STARTTLS) {
            props.put(p + "starttls.enable", "true");
            props.put(p + "starttls.required", "true");
        }
        if (security != Security.NONE) {
            props.put(p + "ssl.checkserveridentity", "true");
        }
        if (username == null) {
            return Session.getInstance(props);
        }
        props.put(p + "auth", "true");
        props.put(p + "user", username);
        PasswordAuthentication login = new PasswordAuthentication(username, password);
        return Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return login;
            }
        });
    }

    @Override
    public String toString() {
        return "SmtpSettings[" + host + ":" + port + ", " + security + (username == null ? "" : ", user " + username)
                + ", password " + (password == null ? "none" : "****") + "]";
    }

    private static Duration positive(Duration value, Duration fallback, String name) {
        if (value == null) {
            return fallback;
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
        return value;
    }
}
