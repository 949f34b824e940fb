package org.tawasul.telegram;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A Bot API stand-in on loopback for the polling benchmark: {@code getUpdates} hands out prepared
 * updates a batch at a time; every other method answers "ok".
 */
final class FakeBotApiServer implements AutoCloseable {

    private final HttpServer server;
    private final List<String> updates;
    private final int batch;
    private int next;
    private volatile long firstServedNanos;
    final AtomicLong sendCalls = new AtomicLong();

    FakeBotApiServer(List<String> updates, int batch) throws IOException {
        this.updates = List.copyOf(updates);
        this.batch = batch;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::answer);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    long firstServedNanos() {
        return firstServedNanos;
    }

    private void answer(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        String path = exchange.getRequestURI().getPath().toLowerCase(Locale.ROOT);
        String result = "true";
        if (path.endsWith("/getupdates")) {
            result = nextBatch();
        } else if (path.endsWith("/sendmessage")) {
            sendCalls.incrementAndGet();
            result = "{\"message_id\":1,\"date\":0,\"chat\":{\"id\":1,\"type\":\"private\"},\"text\":\"x\"}";
        }
        byte[] body = ("{\"ok\":true,\"result\":" + result + "}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private String nextBatch() {
        List<String> taken = new ArrayList<>();
        synchronized (this) {
            while (taken.size() < batch && next < updates.size()) {
                taken.add(updates.get(next++));
            }
        }
        if (taken.isEmpty()) {
            pause();
            return "[]";
        }
        if (firstServedNanos == 0) {
            firstServedNanos = System.nanoTime();
        }
        return "[" + String.join(",", taken) + "]";
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
