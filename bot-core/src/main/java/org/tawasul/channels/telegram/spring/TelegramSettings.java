package org.tawasul.channels.telegram.spring;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * The Telegram channel's settings, under {@code tawasul.telegram.*}; every one is in the README.
 *
 * @param token         the bot's token from BotFather; present turns the channel on
 * @param apiUrl        the Bot API server (only scheme, host and port are used)
 * @param mode          how updates arrive
 * @param webhookSecret the secret Telegram sends with each webhook call; required in webhook mode
 * @param maxFileBytes  documents larger than this are refused with a polite reply
 * @param pollTimeout   how long one getUpdates call waits for updates (long polling; whole seconds)
 * @param turnThreads   threads running the turns of a polled batch (different chats in parallel, one chat in order)
 * @param staleAfter    long polling: health is DOWN when no poll has returned for this long
 */
@ConfigurationProperties("tawasul.telegram")
record TelegramSettings(String token, @DefaultValue("https://api.telegram.org") URI apiUrl,
                        @DefaultValue("polling") Mode mode, String webhookSecret,
                        @DefaultValue("20MB") DataSize maxFileBytes, @DefaultValue("50s") Duration pollTimeout,
                        @DefaultValue("4") int turnThreads, @DefaultValue("2m") Duration staleAfter) {

    /** The shortest webhook secret accepted: a guessable one would let anyone post updates as Telegram. */
    static final int MIN_SECRET = 32;
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{" + MIN_SECRET + ",256}");

    /** How updates arrive: long polling (one node), webhooks (several nodes), or not at all (this node only sends). */
    enum Mode { POLLING, WEBHOOK, SEND_ONLY }

    TelegramSettings {
        require(token != null && !token.isBlank(), "tawasul.telegram.token is empty. Fix: set the token BotFather gave "
                + "(e.g. through TAWASUL_TELEGRAM_TOKEN), or remove the property to run without Telegram");
        String scheme = apiUrl.getScheme() == null ? "" : apiUrl.getScheme().toLowerCase(Locale.ROOT);
        require((scheme.equals("http") || scheme.equals("https")) && apiUrl.getHost() != null,
                "tawasul.telegram.api-url must be an http or https URL such as https://api.telegram.org (was " + apiUrl
                        + "). Fix: give the scheme, host and port of the Bot API server, or remove it for the default");
        require(mode != Mode.WEBHOOK || webhookSecret != null && SECRET.matcher(webhookSecret).matches(),
                "tawasul.telegram.webhook-secret is " + (webhookSecret == null || webhookSecret.isEmpty() ? "missing"
                        : webhookSecret.length() < MIN_SECRET ? "too short (" + webhookSecret.length() + " characters)" : "invalid")
                        + " and tawasul.telegram.mode is webhook. Fix: set it to " + MIN_SECRET + "-256 characters A-Z, a-z, 0-9, _ or - "
                        + "(e.g. `openssl rand -hex 32`, through TAWASUL_TELEGRAM_WEBHOOK_SECRET), or use mode polling");
        require(maxFileBytes.toBytes() >= 1, "tawasul.telegram.max-file-bytes must be positive (was " + maxFileBytes
                + "). Fix: use a size such as 20MB, or remove it for the default");
        require(pollTimeout != null && !pollTimeout.isNegative() && pollTimeout.toSeconds() <= 100,
                "tawasul.telegram.poll-timeout must be between 0s and 100s (was " + pollTimeout
                        + "). Fix: use e.g. 50s (0s polls without waiting), or remove it for the default");
        require(staleAfter != null && staleAfter.compareTo(pollTimeout.plusSeconds(10)) >= 0,
                "tawasul.telegram.stale-after must be at least the poll timeout plus 10s (was " + staleAfter
                        + "). Fix: use e.g. 2m, or remove it for the default");
        require(turnThreads >= 1 && turnThreads <= 64, "tawasul.telegram.turn-threads must be between 1 and 64 (was "
                + turnThreads + "). Fix: set e.g. 4, or remove it for the default");
    }

    /** The bot's id, the part of the token before ':' (not secret); "bot" when the token has none. */
    String botId() {
        int colon = token.indexOf(':');
        String id = colon > 0 ? token.substring(0, colon) : "";
        return id.matches("\\d{1,20}") ? id : "bot";
    }

    /** The Bot API server for the TelegramBots client. */
    /** The Bot API server as {@code scheme://host:port}, for file downloads. */
    String apiBase() {
        TelegramUrl url = telegramUrl();
        return url.getSchema() + "://" + url.getHost() + ":" + url.getPort();
    }

    TelegramUrl telegramUrl() {
        String scheme = apiUrl.getScheme().toLowerCase(Locale.ROOT);
        int port = apiUrl.getPort() != -1 ? apiUrl.getPort() : scheme.equals("https") ? 443 : 80;
        return new TelegramUrl(scheme, apiUrl.getHost(), port, false);
    }

    @Override
    public String toString() {
        return "TelegramSettings[apiUrl=" + apiUrl + ", mode=" + mode + ", maxFileBytes=" + maxFileBytes
                + ", pollTimeout=" + pollTimeout + ", turnThreads=" + turnThreads + ", staleAfter=" + staleAfter + "]";
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
