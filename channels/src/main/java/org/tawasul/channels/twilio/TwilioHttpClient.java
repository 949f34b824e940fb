package org.tawasul.channels.twilio;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.net.URI;
import java.time.Duration;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.routing.HttpRoutePlanner;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.util.Timeout;

/**
 * The SDK's HTTP client as the sender needs it. It sends each request exactly once: the SDK's own
 * client resends a request answered with a 5xx up to three times, and Apache HttpClient resends a
 * POST answered with 429 or 503, either of which could give a member the same SMS twice; here the
 * outbox alone decides about resending. It applies our timeouts (the SDK overwrites the client's
 * with its own 30 s on every request), can route every request to a local server (a test's WireMock,
 * a benchmark's fake) while paths, headers and bodies stay Twilio's, and keeps, per thread, the
 * status and {@code Retry-After} of the last answer, which the SDK's exceptions drop.
 */
final class TwilioHttpClient extends NetworkHttpClient {

    private final ThreadLocal<TwilioErrors.Answer> lastAnswer = new ThreadLocal<>();

    private TwilioHttpClient(HttpClientBuilder builder) {
        super(builder);
    }

    /** A client for Twilio itself (honouring the JVM's proxy settings, as the SDK's does). */
    static TwilioHttpClient direct(Duration connectTimeout, Duration readTimeout) {
        return new TwilioHttpClient(builder(connectTimeout, readTimeout).useSystemProperties());
    }

    /** A client that sends every request, whatever its host, to {@code baseUrl}'s scheme, host and port. */
    static TwilioHttpClient routedTo(URI baseUrl, Duration connectTimeout, Duration readTimeout) {
        HttpHost local = new HttpHost(baseUrl.getScheme(), baseUrl.getHost(), port(baseUrl));
        HttpRoute route = new HttpRoute(local, null, "https".equals(baseUrl.getScheme()));
        HttpRoutePlanner toLocal = (target, context) -> route;
        return new TwilioHttpClient(builder(connectTimeout, readTimeout).setRoutePlanner(toLocal));
    }

    private static HttpClientBuilder builder(Duration connectTimeout, Duration readTimeout) {
        PoolingHttpClientConnectionManager connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDefaultSocketConfig(SocketConfig.custom().setSoTimeout(timeout(readTimeout)).setSoKeepAlive(true).build())
                .setMaxConnPerRoute(20)
                .setMaxConnTotal(100)
                .build();
        RequestConfig config = requestConfig(connectTimeout, readTimeout);
        // NetworkHttpClient sets its own RequestConfig on each request; this puts ours back before connecting
        ExecChainHandler ourTimeouts = (request, scope, chain) -> {
            scope.clientContext.setRequestConfig(config);
            return chain.proceed(request, scope);
        };
        return HttpClientBuilder.create()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(config)
                .addExecInterceptorFirst("tawasul-timeouts", ourTimeouts)
                .disableAutomaticRetries();
    }

    @SuppressWarnings("deprecation") // the per-request connect timeout is what the classic client still reads
    private static RequestConfig requestConfig(Duration connectTimeout, Duration readTimeout) {
        return RequestConfig.custom()
                .setConnectionRequestTimeout(timeout(connectTimeout))
                .setConnectTimeout(timeout(connectTimeout))
                .setResponseTimeout(timeout(readTimeout))
                .setRedirectsEnabled(false)
                .build();
    }

    /** The SDK's retry loop, made a single attempt: resending is the outbox's decision. */
    @Override
    protected boolean shouldRetry(Response response, int[] retryCodes) {
        return false;
    }

    @Override
    public Response makeRequest(Request request) {
        lastAnswer.remove();
        Response response = super.makeRequest(request);
        lastAnswer.set(new TwilioErrors.Answer(response.getStatusCode(), header(response, "Retry-After")));
        return response;
    }

    /** The status and Retry-After of the last answer this thread received, then forgotten; null if none came. */
    TwilioErrors.Answer takeLastAnswer() {
        TwilioErrors.Answer answer = lastAnswer.get();
        lastAnswer.remove();
        return answer;
    }

    /** Forgets this thread's last answer (before a new call). */
    void forgetLastAnswer() {
        lastAnswer.remove();
    }

    private static String header(Response response, String name) {
        Header[] headers = response.getHeaders();
        if (headers == null) {
            return null;
        }
        for (Header header : headers) {
            if (name.equalsIgnoreCase(header.getName())) {
                return header.getValue();
            }
        }
        return null;
    }

    private static int port(URI url) {
        if (url.getPort() != -1) {
            return url.getPort();
        }
        return "https".equals(url.getScheme()) ? 443 : 80;
    }

    private static Timeout timeout(Duration duration) {
        return Timeout.ofMilliseconds(duration.toMillis());
    }
}
