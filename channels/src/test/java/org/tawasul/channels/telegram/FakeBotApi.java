package org.tawasul.channels.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;

/** A WireMock server standing in for the Bot API, with the stubs most tests need. */
public final class FakeBotApi implements AutoCloseable {

    public static final String TOKEN = "123456:TEST-token";

    public final WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    public FakeBotApi() {
        server.start();
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.any(path("deletewebhook")).willReturn(okJson("{\"ok\":true,\"result\":true}")));
        server.stubFor(post(path("answercallbackquery")).willReturn(okJson("{\"ok\":true,\"result\":true}")));
        server.stubFor(post(path("setmycommands")).willReturn(okJson("{\"ok\":true,\"result\":true}")));
        server.stubFor(post(path("sendmessage")).willReturn(okJson("""
                {"ok":true,"result":{"message_id":42,"date":1767225600,"chat":{"id":555,"type":"private"},"text":"x"}}""")));
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.any(path("getupdates")).atPriority(10)
                .willReturn(okJson("{\"ok\":true,\"result\":[]}").withFixedDelay(100)));
    }

    public String url() {
        return "http://localhost:" + server.port();
    }

    public int port() {
        return server.port();
    }

    public static com.github.tomakehurst.wiremock.matching.UrlPathPattern path(String method) {
        return urlPathMatching("(?i)/bot[^/]+/" + method);
    }

    /** getUpdates answers each batch once, in order, then nothing. */
    public void updates(String scenario, List<String> batches) {
        for (int i = 0; i < batches.size(); i++) {
            server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.any(path("getupdates")).atPriority(1).inScenario(scenario)
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : scenario + i)
                    .willReturn(okJson("{\"ok\":true,\"result\":[" + batches.get(i) + "]}"))
                    .willSetStateTo(scenario + (i + 1)));
        }
    }

    /**
     * A file the bot can fetch: {@code getFile} for {@code fileId} answers its path and size, and the download at
     * {@code /file/bot<token>/<path>} answers its bytes. {@code reportedSize} is the size getFile states (null: none).
     */
    public void file(String fileId, String filePath, byte[] content, Long reportedSize) {
        server.stubFor(post(path("getfile")).atPriority(1)
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("\"" + fileId + "\""))
                .willReturn(okJson("{\"ok\":true,\"result\":{\"file_id\":\"" + fileId + "\",\"file_unique_id\":\"u-"
                        + fileId + "\"" + (reportedSize == null ? "" : ",\"file_size\":" + reportedSize)
                        + ",\"file_path\":\"" + filePath + "\"}}")));
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/file/bot" + TOKEN + "/" + filePath))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/octet-stream")
                        .withBody(content)));
    }

    /** getFile refuses {@code fileId} as Telegram does for a file_id it does not know. */
    public void fileGone(String fileId) {
        server.stubFor(post(path("getfile")).atPriority(1)
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("\"" + fileId + "\""))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: invalid file_id\"}")));
    }

    /** How many downloads of files were asked for. */
    public int downloads() {
        return server.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/file/.*"))).size();
    }

    public List<String> sent(String method) {
        return server.findAll(postRequestedFor(path(method))).stream().map(LoggedRequest::getBodyAsString).toList();
    }

    public void fail(String method, int status, String body) {
        server.stubFor(post(path(method)).atPriority(1).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    @Override
    public void close() {
        server.stop();
    }
}
