package org.tawasul.bench.telegram;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tawasul.bench.fake.LoopbackHttpServer;

/**
 * A Bot API stand-in on loopback for the pacing benchmark that enforces Telegram's sending limits
 * the strict way: at most {@code ratePerSecond} {@code sendMessage} calls accepted in any sliding
 * second, and at most one per chat per second. A call over either limit gets HTTP 429 with
 * {@code parameters.retry_after} (whole seconds, at least 1) and is not counted as delivered.
 * Acceptance times (when the call was read) are kept to compute the achieved rate.
 * {@code getUpdates} answers no updates after a short pause; every other method answers "ok".
 */
final class LimitingBotApiServer implements AutoCloseable {

    private static final Pattern CHAT_ID = Pattern.compile("\"chat_id\"\\s*:\\s*\"?(-?[0-9A-Za-z_@]+)\"?");

    private final LoopbackHttpServer server;
    private final Limits limits;

    LimitingBotApiServer(int ratePerSecond) throws IOException {
        this(ratePerSecond, Limits.SECOND);
    }

    /** With another window (and per-chat interval) than a second: tests use a long one, so nothing depends on timing. */
    LimitingBotApiServer(int ratePerWindow, long windowNanos) throws IOException {
        limits = new Limits(ratePerWindow, windowNanos, windowNanos);
        server = new LoopbackHttpServer(this::answer);
    }

    String url() {
        return server.url();
    }

    Limits limits() {
        return limits;
    }

    private LoopbackHttpServer.Response answer(LoopbackHttpServer.Request call) {
        String request = call.body();
        long now = System.nanoTime();
        String path = call.path();
        if (path.endsWith("/sendmessage")) {
            Matcher chat = CHAT_ID.matcher(request);
            if (!chat.find()) {
                return respond(400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: chat_id is empty\"}");
            }
            long retryAfter = limits.offer(chat.group(1), now);
            if (retryAfter > 0) {
                return respond(429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after "
                        + retryAfter + "\",\"parameters\":{\"retry_after\":" + retryAfter + "}}");
            }
            return respond(200, "{\"ok\":true,\"result\":{\"message_id\":1,\"date\":1767225600,\"chat\":{\"id\":"
                    + chat.group(1) + ",\"type\":\"private\"},\"text\":\"x\"}}");
        }
        if (path.endsWith("/getupdates")) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return respond(200, "{\"ok\":true,\"result\":[]}");
        }
        return respond(200, "{\"ok\":true,\"result\":true}");
    }

    private static LoopbackHttpServer.Response respond(int status, String json) {
        return new LoopbackHttpServer.Response(status, json);
    }

    @Override
    public void close() {
        server.close();
    }

    /**
     * The limits themselves, on {@link System#nanoTime()}-style times given by the caller: a call at
     * {@code now} is accepted when fewer than {@code rate} calls were accepted in {@code (now - window, now]}
     * and the chat's last accepted call is at least {@code perChat} old. Thread-safe.
     */
    static final class Limits {

        static final long SECOND = 1_000_000_000L;

        private final int rate;
        private final long window;
        private final long perChat;
        private final ArrayDeque<Long> recent = new ArrayDeque<>();
        private final Map<String, Long> lastByChat = new HashMap<>();
        private final List<Long> accepted = new ArrayList<>();
        private long overRate;
        private long overChat;

        Limits(int rate, long window, long perChat) {
            if (rate < 1) {
                throw new IllegalArgumentException("rate must be at least 1 (was " + rate + ")");
            }
            this.rate = rate;
            this.window = window;
            this.perChat = perChat;
        }

        /** Accepts the call (0), or refuses it and returns the seconds to wait (at least 1). */
        synchronized long offer(String chat, long now) {
            while (!recent.isEmpty() && recent.peekFirst() <= now - window) {
                recent.pollFirst();
            }
            Long last = lastByChat.get(chat);
            if (last != null && now - last < perChat) {
                overChat++;
                return seconds(last + perChat - now);
            }
            if (recent.size() >= rate) {
                overRate++;
                return seconds(recent.peekFirst() + window - now);
            }
            recent.addLast(now);
            lastByChat.put(chat, now);
            accepted.add(now);
            return 0;
        }

        private static long seconds(long nanos) {
            return Math.max(1, (nanos + SECOND - 1) / SECOND);
        }

        /** Acceptance times, in order. */
        synchronized List<Long> accepted() {
            return List.copyOf(accepted);
        }

        /** Calls refused because the overall rate was reached. */
        synchronized long overRate() {
            return overRate;
        }

        /** Calls refused because the chat had a message less than the per-chat interval before. */
        synchronized long overChat() {
            return overChat;
        }

        /** The most calls accepted in any window (at most the rate, by construction; a check on the check). */
        synchronized int maxInAnyWindow() {
            int max = 0;
            for (int first = 0, i = 0; i < accepted.size(); i++) {
                while (accepted.get(i) - accepted.get(first) >= window) {
                    first++;
                }
                max = Math.max(max, i - first + 1);
            }
            return max;
        }
    }
}
