package org.tawasul.channels.twilio;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.matching.UrlPathPattern;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A WireMock server standing in for Twilio's Messages API: a create answers 201 with a message
 * whose SID is {@link #SID} unless a test makes it fail. Reached through {@link #connection()}.
 */
public final class FakeTwilioApi implements AutoCloseable {

    public static final String ACCOUNT_SID = "AC" + "0123456789abcdef".repeat(2);
    public static final String AUTH_TOKEN = "test-auth-token";
    public static final String SID = "SM" + "fedcba9876543210".repeat(2);

    public final WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    public FakeTwilioApi() {
        server.start();
        server.stubFor(post(messages()).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"sid": "%s", "account_sid": "%s", "status": "queued", "num_segments": "1",
                         "direction": "outbound-api", "api_version": "2010-04-01"}""".formatted(SID, ACCOUNT_SID))));
    }

    /** The path of a message create for the test account. */
    public static UrlPathPattern messages() {
        return urlPathMatching("/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages\\.json");
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    /** The test account, every request routed here, with timeouts short for tests yet roomy on a busy machine. */
    public TwilioConnection connection() {
        return TwilioConnection.twilio(ACCOUNT_SID, AUTH_TOKEN).routedTo(url())
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    /** Creates answer with Twilio's JSON error body. */
    public void fail(int status, int code, String message) {
        answer(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody("""
                {"code": %d, "message": "%s", "more_info": "https://www.twilio.com/docs/errors/%d", "status": %d}"""
                .formatted(code, message, code, status)));
    }

    /** Creates answer with a network fault. */
    public void fault(Fault fault) {
        answer(aResponse().withFault(fault));
    }

    /** Creates answer with this response. */
    public void answer(ResponseDefinitionBuilder response) {
        server.stubFor(post(messages()).atPriority(1).willReturn(response));
    }

    /** The form parameters of each create received, in order. */
    public List<Map<String, String>> creates() {
        return server.findAll(postRequestedFor(messages())).stream().map(FakeTwilioApi::form).toList();
    }

    public List<LoggedRequest> createRequests() {
        return server.findAll(postRequestedFor(messages()));
    }

    static Map<String, String> form(LoggedRequest request) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : request.getBodyAsString().split("&")) {
            int eq = pair.indexOf('=');
            form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return form;
    }

    @Override
    public void close() {
        server.stop();
    }
}
