package org.tawasul.bench.fake;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

/**
 * A Bot API stand-in on loopback, for the polling benchmark and the class archive's training run:
 * {@code getUpdates} hands out prepared updates a batch at a time (then empty answers after a short pause),
 * {@code sendMessage} is counted and answered with a sent message; every other method answers "ok".
 */
public final class FakeBotApiServer implements AutoCloseable {

    private final LoopbackHttpServer server;
    private final List<String> updates;
    private final int batch;
    private int next;
    private int sends;
    private volatile long firstServedNanos;

    /**
     * @param updates the updates' JSON, in the order handed out
     * @param batch   at most this many updates per {@code getUpdates}
     */
    public FakeBotApiServer(List<String> updates, int batch) throws IOException {
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be at least 1, was " + batch);
        }
        this.updates = List.copyOf(updates);
        this.batch = batch;
        server = new LoopbackHttpServer(this::answer);
    }

    /** The base URL to set as the Bot API's ({@code tawasul.telegram.api-url}). */
    public String url() {
        return server.url();
    }

    /** When the first update was handed out ({@link System#nanoTime()}), or 0 if none was yet. */
    public long firstServedNanos() {
        return firstServedNanos;
    }

    /** The {@code sendMessage} calls answered so far. */
    public synchronized int sends() {
        return sends;
    }

    /**
     * Waits until at least {@code count} messages were sent.
     *
     * @throws TimeoutException naming how many were sent, if that takes longer than {@code patience}
     */
    public synchronized void awaitSends(int count, Duration patience) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (sends < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new TimeoutException(sends + " of " + count + " messages were sent within " + patience.toMillis() + " ms");
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    private LoopbackHttpServer.Response answer(LoopbackHttpServer.Request request) {
        String path = request.path();
        String result = "true";
        if (path.endsWith("/getupdates")) {
            result = nextBatch();
        } else if (path.endsWith("/sendmessage")) {
            result = "{\"message_id\":" + sent() + ",\"date\":0,\"chat\":{\"id\":1,\"type\":\"private\"},\"text\":\"x\"}";
        }
        return new LoopbackHttpServer.Response(200, "{\"ok\":true,\"result\":" + result + "}");
    }

    private synchronized int sent() {
        sends++;
        notifyAll();
        return sends;
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
