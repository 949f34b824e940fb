package org.tawasul.bench.telegram;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.tawasul.bench.fake.LoopbackHttpServer;

/**
 * A Bot API stand-in on loopback for the polling benchmark: {@code getUpdates} hands out prepared
 * updates a batch at a time; every other method answers "ok".
 */
final class FakeBotApiServer implements AutoCloseable {

    private final LoopbackHttpServer server;
    private final List<String> updates;
    private final int batch;
    private int next;
    private volatile long firstServedNanos;
    final AtomicLong sendCalls = new AtomicLong();

    FakeBotApiServer(List<String> updates, int batch) throws IOException {
        this.updates = List.copyOf(updates);
        this.batch = batch;
        server = new LoopbackHttpServer(this::answer);
    }

    String url() {
        return server.url();
    }

    long firstServedNanos() {
        return firstServedNanos;
    }

    private LoopbackHttpServer.Response answer(LoopbackHttpServer.Request request) {
        String path = request.path();
        String result = "true";
        if (path.endsWith("/getupdates")) {
            result = nextBatch();
        } else if (path.endsWith("/sendmessage")) {
            sendCalls.incrementAndGet();
            result = "{\"message_id\":1,\"date\":0,\"chat\":{\"id\":1,\"type\":\"private\"},\"text\":\"x\"}";
        }
        return new LoopbackHttpServer.Response(200, "{\"ok\":true,\"result\":" + result + "}");
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
        server.close();
    }
}
