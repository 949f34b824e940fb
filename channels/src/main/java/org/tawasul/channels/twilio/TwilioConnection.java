package org.tawasul.channels.twilio;

import com.twilio.http.TwilioRestClient;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How to reach Twilio's REST API: the account, its auth token, the timeouts, and, for tests and
 * local benchmarks, a local base URL that receives every request instead of {@code *.twilio.com}
 * (the SDK's host is fixed; only scheme, host and port change, the paths stay Twilio's, e.g.
 * {@code POST /2010-04-01/Accounts/AC.../Messages.json}). {@link #toString()} never shows the token.
 *
 * @param accountSid     {@code AC} and 32 hex digits
 * @param authToken      the account's auth token (also the key of webhook signatures)
 * @param localBaseUrl   {@code http(s)://host:port} to send every request to, or null for Twilio itself
 * @param connectTimeout longest wait for a connection; a request that could not connect is retried
 * @param readTimeout    longest wait for an answer once the request went out; after it the message is uncertain
 */
public record TwilioConnection(String accountSid, String authToken, URI localBaseUrl, Duration connectTimeout,
                               Duration readTimeout) {

    /** The connect timeout when none is given. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** The read timeout when none is given: the SDK's own. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

    private static final Pattern ACCOUNT_SID = Pattern.compile("AC[0-9a-fA-F]{32}");

    public TwilioConnection {
        if (accountSid == null || !ACCOUNT_SID.matcher(accountSid).matches()) {
            throw new IllegalArgumentException("An account SID is AC and 32 hex digits");
        }
        if (authToken == null || authToken.isBlank()) {
            throw new IllegalArgumentException("The auth token must be given");
        }
        if (localBaseUrl != null && (localBaseUrl.getHost() == null
                || !("http".equals(localBaseUrl.getScheme()) || "https".equals(localBaseUrl.getScheme())))) {
            throw new IllegalArgumentException("A local base URL is http(s)://host[:port]: " + localBaseUrl);
        }
        connectTimeout = positive(connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout, "connectTimeout");
        readTimeout = positive(readTimeout == null ? DEFAULT_READ_TIMEOUT : readTimeout, "readTimeout");
    }

    /** Twilio itself, with the default timeouts. */
    public static TwilioConnection twilio(String accountSid, String authToken) {
        return new TwilioConnection(accountSid, authToken, null, null, null);
    }

    /** The same account, every request sent to a local server instead (WireMock, a benchmark's fake). */
    public TwilioConnection routedTo(URI baseUrl) {
        return new TwilioConnection(accountSid, authToken, Objects.requireNonNull(baseUrl, "baseUrl"), connectTimeout,
                readTimeout);
    }

    /** The same connection with other timeouts. */
    public TwilioConnection withTimeouts(Duration connect, Duration read) {
        return new TwilioConnection(accountSid, authToken, localBaseUrl, connect, read);
    }

    /**
     * A new REST client for this connection. Its HTTP client sends each request once, applies these
     * timeouts and remembers each answer's status and {@code Retry-After} for {@link TwilioSender}.
     * Each client has its own connection pool (20 connections per host): build one and share it.
     */
    public TwilioRestClient restClient() {
        TwilioHttpClient http = localBaseUrl == null
                ? TwilioHttpClient.direct(connectTimeout, readTimeout)
                : TwilioHttpClient.routedTo(localBaseUrl, connectTimeout, readTimeout);
        return new TwilioRestClient.Builder(accountSid, authToken).httpClient(http).build();
    }

    @Override
    public String toString() {
        return "TwilioConnection[accountSid=" + accountSid + ", authToken=****, localBaseUrl=" + localBaseUrl
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + "]";
    }

    private static Duration positive(Duration duration, String name) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
        return duration;
    }
}
