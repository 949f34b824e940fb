package org.tawasul.bench.sms;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.tawasul.bench.fake.LoopbackHttpServer;

/**
 * Twilio's Messages API on loopback for the SMS benchmark, enforcing a messages-per-second limit the
 * strict way: at most {@code mps} creates accepted in any sliding second; one more gets HTTP 429 with
 * Twilio's error 20429 and creates nothing. Acceptance times (when a create was read) are kept to
 * compute the achieved rate; each accepted create gets its own message SID.
 */
final class LimitingTwilioServer implements AutoCloseable {

    static final long SECOND = 1_000_000_000L;

    private final LoopbackHttpServer server;
    private final Window window;
    private final AtomicLong sids = new AtomicLong();

    LimitingTwilioServer(int mps) throws IOException {
        this(mps, SECOND);
    }

    /** With another window than a second: tests use a long one, so nothing depends on timing. */
    LimitingTwilioServer(int perWindow, long windowNanos) throws IOException {
        window = new Window(perWindow, windowNanos);
        server = new LoopbackHttpServer(this::answer);
    }

    String url() {
        return server.url();
    }

    Window window() {
        return window;
    }

    private LoopbackHttpServer.Response answer(LoopbackHttpServer.Request call) {
        if (!call.path().endsWith("/messages.json") || !"POST".equalsIgnoreCase(call.method())) {
            return new LoopbackHttpServer.Response(404, "{\"code\":20404,\"message\":\"Not found\",\"status\":404}");
        }
        if (call.parameter("To") == null || call.parameter("Body") == null) {
            return new LoopbackHttpServer.Response(400, "{\"code\":21604,\"message\":\"A 'To' phone number is required.\","
                    + "\"status\":400}");
        }
        if (!window.offer(System.nanoTime())) {
            return new LoopbackHttpServer.Response(429, "{\"code\":20429,\"message\":\"Too Many Requests\","
                    + "\"more_info\":\"https://www.twilio.com/docs/errors/20429\",\"status\":429}");
        }
        String sid = String.format("SM%032x", sids.incrementAndGet());
        return new LoopbackHttpServer.Response(201, "{\"sid\":\"" + sid + "\",\"status\":\"queued\",\"num_segments\":\"1\","
                + "\"direction\":\"outbound-api\",\"api_version\":\"2010-04-01\"}");
    }

    @Override
    public void close() {
        server.close();
    }

    /** A sliding window on nanoTime-style times given by the caller. Thread-safe. */
    static final class Window {

        private final int limit;
        private final long length;
        private final ArrayDeque<Long> recent = new ArrayDeque<>();
        private final List<Long> accepted = new ArrayList<>();
        private long refused;

        Window(int limit, long length) {
            if (limit < 1) {
                throw new IllegalArgumentException("the limit must be at least 1 (was " + limit + ")");
            }
            this.limit = limit;
            this.length = length;
        }

        /** Accepts a create at {@code now} when fewer than the limit were accepted in {@code (now - length, now]}. */
        synchronized boolean offer(long now) {
            while (!recent.isEmpty() && recent.peekFirst() <= now - length) {
                recent.pollFirst();
            }
            if (recent.size() >= limit) {
                refused++;
                return false;
            }
            recent.addLast(now);
            accepted.add(now);
            return true;
        }

        synchronized List<Long> accepted() {
            return List.copyOf(accepted);
        }

        /** Creates answered with 429 / 20429. */
        synchronized long refused() {
            return refused;
        }

        /** The most creates accepted in any window (at most the limit, by construction; a check on the check). */
        synchronized int maxInAnyWindow() {
            int max = 0;
            for (int first = 0, i = 0; i < accepted.size(); i++) {
                while (accepted.get(i) - accepted.get(first) >= length) {
                    first++;
                }
                max = Math.max(max, i - first + 1);
            }
            return max;
        }
    }
}
