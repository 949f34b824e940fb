package org.tawasul.channels.email.spring;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.tawasul.channels.email.ReplyAddress;
import org.tawasul.channels.email.ReplyToken;

/**
 * The staff email settings under {@code tawasul.mail.*} (SMTP is {@code spring.mail.*}: {@link SmtpProperties});
 * every one is in the README.
 *
 * @param from            the sender, {@code "Display name <address>"} or an address; Arabic names are encoded
 * @param replyAddress    where replies go, with {@code {token}} in the local part
 * @param tokenKey        the secret signing reply tokens: base64 of at least 32 bytes, or 32+ characters
 * @param tokenDays       a reply token stays valid this many days after the case's deadline
 * @param messageIdDomain the domain of our Message-IDs; the from address's domain when empty
 * @param maxMailBytes    a received mail larger than this is stored without its body (only its headers)
 * @param imap            the mailbox replies arrive in; no host: nothing is read
 */
@ConfigurationProperties("tawasul.mail")
record MailSettings(String from, String replyAddress, String tokenKey, @DefaultValue("90") int tokenDays,
                    String messageIdDomain, @DefaultValue("10MB") DataSize maxMailBytes,
                    @DefaultValue Imap imap) {

    /**
     * @param host         the IMAP server; empty: replies are not read on this node
     * @param port         993 with ssl, 143 without
     * @param ssl          IMAP over TLS (imaps)
     * @param folder       the folder replies arrive in
     * @param pollInterval how often the folder is checked when the server has no IDLE (and the longest IDLE)
     * @param retryAfter   how long to wait after the server could not be reached (doubled after each further
     *                     failure, up to the longer of 5 minutes and this)
     * @param staleAfter   health is DOWN when the reading node has not heard from the server for this long
     *                     (null: the longer of 2 minutes and twice the poll interval)
     * @param turnThreads  threads running the turns of stored mail (different cases side by side, one case in order)
     */
    record Imap(String host, Integer port, String username, String password, @DefaultValue("true") boolean ssl,
                @DefaultValue("INBOX") String folder, @DefaultValue("30s") Duration pollInterval,
                @DefaultValue("30s") Duration retryAfter, Duration staleAfter, @DefaultValue("4") int turnThreads) {

        /** The silence after which the reader is DOWN: the setting, else the longer of 2m and twice the poll interval. */
        Duration staleAfterOrDefault() {
            if (staleAfter != null) {
                return staleAfter;
            }
            Duration twice = pollInterval.multipliedBy(2);
            return twice.compareTo(Duration.ofMinutes(2)) > 0 ? twice : Duration.ofMinutes(2);
        }

        /** The wait before the {@code failures}-th attempt in a row: retry-after doubled, up to max(5m, retry-after). */
        Duration backoff(int failures) {
            Duration cap = retryAfter.compareTo(Duration.ofMinutes(5)) > 0 ? retryAfter : Duration.ofMinutes(5);
            Duration wait = retryAfter;
            for (int i = 1; i < failures && wait.compareTo(cap) < 0; i++) {
                wait = wait.multipliedBy(2);
            }
            return wait.compareTo(cap) > 0 ? cap : wait;
        }

        boolean enabled() {
            return host != null && !host.isBlank();
        }

        int portOrDefault() {
            return port != null ? port : ssl ? 993 : 143;
        }

        @Override
        public String toString() {
            return "Imap[" + host + ":" + port + ", ssl=" + ssl + ", folder=" + folder + ", user=" + username
                    + ", password=" + (password == null ? "none" : "****") + ", staleAfter=" + staleAfter + ", turnThreads=" + turnThreads + "]";
        }
    }

    MailSettings {
        require(from != null && !from.isBlank(), "tawasul.mail.from is missing and mail is on (spring.mail.host is set). "
                + "Fix: set it to the sender, e.g. \"جمعية تعاونية <tawasul@society.example>\", or remove spring.mail.host "
                + "to run without email");
        try {
            InternetAddress parsed = new InternetAddress(from.strip(), true);
            require(parsed.getAddress().indexOf('@') > 0, "tawasul.mail.from has no address: '" + from
                    + "'. Fix: use \"Display name <address>\" or a plain address");
        } catch (AddressException e) {
            throw new IllegalArgumentException("tawasul.mail.from is not an address: '" + from + "' (" + e.getMessage()
                    + "). Fix: use \"Display name <address>\" or a plain address");
        }
        require(replyAddress != null && !replyAddress.isBlank(), "tawasul.mail.reply-address is missing and mail is on. "
                + "Fix: set the address replies go to, with {token} in its local part, e.g. tawasul+{token}@society.example");
        try {
            new ReplyAddress(replyAddress);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("tawasul.mail.reply-address: " + e.getMessage()
                    + ". Fix: e.g. tawasul+{token}@society.example");
        }
        require(tokenKey != null && !tokenKey.isBlank(), "tawasul.mail.token-key is missing and mail is on. Fix: set a "
                + "secret of at least 32 random bytes, e.g. `openssl rand -base64 48`, through TAWASUL_MAIL_TOKEN_KEY");
        require(keyBytes(tokenKey).length >= ReplyToken.MIN_KEY_BYTES, "tawasul.mail.token-key is too short. Fix: use at "
                + "least 32 random bytes, base64-encoded (e.g. `openssl rand -base64 48`)");
        require(tokenDays >= 1 && tokenDays <= 3650, "tawasul.mail.token-days must be between 1 and 3650 (was "
                + tokenDays + "). Fix: e.g. 90, or remove it for the default");
        require(maxMailBytes.toBytes() >= 1024, "tawasul.mail.max-mail-bytes must be at least 1KB (was " + maxMailBytes
                + "). Fix: e.g. 10MB, or remove it for the default");
        if (imap.enabled()) {
            require(imap.port() == null || imap.port() >= 1 && imap.port() <= 65535, "tawasul.mail.imap.port must be "
                    + "a port (was " + imap.port() + "). Fix: 993 for imaps, 143 for imap, or remove it for the default");
            require(imap.username() != null && !imap.username().isBlank() && imap.password() != null,
                    "tawasul.mail.imap.username and tawasul.mail.imap.password are needed with tawasul.mail.imap.host. "
                            + "Fix: set the mailbox's login (the password through TAWASUL_MAIL_IMAP_PASSWORD)");
            require(imap.folder() != null && !imap.folder().isBlank(), "tawasul.mail.imap.folder is empty. Fix: e.g. INBOX");
            require(imap.pollInterval() != null && imap.pollInterval().toMillis() >= 10
                    && imap.pollInterval().compareTo(Duration.ofMinutes(25)) <= 0,
                    "tawasul.mail.imap.poll-interval must be between 10ms and 25m (was " + imap.pollInterval()
                            + "). Fix: e.g. 30s (IDLE is renewed at this interval too, well within 29 minutes)");
            require(imap.retryAfter() != null && imap.retryAfter().toMillis() >= 10,
                    "tawasul.mail.imap.retry-after must be at least 10ms. Fix: e.g. 30s");
            require(imap.staleAfter() == null || imap.staleAfter().compareTo(imap.pollInterval().multipliedBy(2)) >= 0,
                    "tawasul.mail.imap.stale-after must be at least twice tawasul.mail.imap.poll-interval (was "
                            + imap.staleAfter() + " with a poll interval of " + imap.pollInterval()
                            + "). Fix: raise it, or remove it for the default (the longer of 2m and twice the poll interval)");
            require(imap.turnThreads() >= 1 && imap.turnThreads() <= 64, "tawasul.mail.imap.turn-threads must be between "
                    + "1 and 64 (was " + imap.turnThreads() + "). Fix: e.g. 4, or remove it for the default");
        }
    }

    /** The token key's bytes: base64 when it decodes to 32+ bytes, else its UTF-8 bytes. */
    static byte[] keyBytes(String key) {
        String k = key.strip();
        try {
            byte[] decoded = Base64.getDecoder().decode(k);
            if (decoded.length >= ReplyToken.MIN_KEY_BYTES) {
                return decoded;
            }
        } catch (IllegalArgumentException notBase64) {
            // a passphrase
        }
        return k.getBytes(StandardCharsets.UTF_8);
    }

    InternetAddress fromAddress() {
        try {
            return new InternetAddress(from.strip(), true);
        } catch (AddressException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The Message-ID domain: as set, else the from address's domain. */
    String idDomain() {
        if (messageIdDomain != null && !messageIdDomain.isBlank()) {
            return messageIdDomain.strip();
        }
        String address = fromAddress().getAddress();
        return address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "MailSettings[from=" + from + ", replyAddress=" + replyAddress + ", tokenKey=****, tokenDays=" + tokenDays
                + ", imap=" + imap + "]";
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
