package org.tawasul.bench.fake;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;

/**
 * A provider stand-in for the benchmarks: an embedded Tomcat on loopback, on a free port, handing
 * every request to one handler. Tomcat answers with {@code TCP_NODELAY} on, so a small answer is
 * never held back for the client's delayed ACK and the fake, not the code measured, would set the
 * pace; nothing JVM-wide is changed for it.
 */
public final class LoopbackHttpServer implements AutoCloseable {

    /** A request: method, path (lower-cased), form or JSON body, and the form's parameters. */
    public record Request(String method, String path, String body, Map<String, String[]> parameters) {

        /** A form parameter, or null. */
        public String parameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }
    }

    /** An answer: status and JSON body. */
    public record Response(int status, String json) {
    }

    /** Answers requests; called on several threads at once. */
    @FunctionalInterface
    public interface Handler {
        Response handle(Request request) throws Exception;
    }

    private static final java.util.List<String> QUIET = java.util.List.of("org.apache.catalina", "org.apache.coyote",
            "org.apache.tomcat");

    private final Tomcat tomcat;
    private final Path baseDir;

    public LoopbackHttpServer(Handler handler) throws IOException {
        // the embedded Tomcat logs through java.util.logging; a fake has nothing to tell but problems
        QUIET.forEach(name -> java.util.logging.Logger.getLogger(name).setLevel(java.util.logging.Level.SEVERE));
        baseDir = Files.createTempDirectory("tawasul-fake");
        tomcat = new Tomcat();
        tomcat.setBaseDir(baseDir.toString());
        Connector connector = new Connector();
        connector.setPort(0);
        connector.setProperty("address", "127.0.0.1");
        tomcat.setConnector(connector);
        Context context = tomcat.addContext("", baseDir.toString());
        Tomcat.addServlet(context, "fake", new HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
                Response answer;
                try {
                    boolean form = request.getContentType() != null
                            && request.getContentType().startsWith("application/x-www-form-urlencoded");
                    Map<String, String[]> parameters = form ? request.getParameterMap() : Map.of();
                    String body = form ? "" : new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    answer = handler.handle(new Request(request.getMethod(),
                            request.getRequestURI().toLowerCase(java.util.Locale.ROOT), body, parameters));
                } catch (Exception e) {
                    answer = new Response(500, "{\"error\":\"" + e.getClass().getSimpleName() + "\"}");
                }
                byte[] bytes = answer.json().getBytes(StandardCharsets.UTF_8);
                response.setStatus(answer.status());
                response.setContentType("application/json");
                response.setContentLength(bytes.length);
                response.getOutputStream().write(bytes);
            }
        });
        context.addServletMappingDecoded("/*", "fake");
        try {
            tomcat.start();
        } catch (LifecycleException e) {
            throw new IOException("The fake server did not start", e);
        }
    }

    /** The base URL, e.g. {@code http://127.0.0.1:40123}. */
    public String url() {
        return "http://127.0.0.1:" + tomcat.getConnector().getLocalPort();
    }

    @Override
    public void close() {
        try {
            tomcat.stop();
            tomcat.destroy();
        } catch (LifecycleException e) {
            // stopping a fake: nothing to do
        }
        try (Stream<Path> files = Files.walk(baseDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind
        }
    }
}
