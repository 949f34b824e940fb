package org.tawasul.outbound;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Function;
import org.tawasul.channels.Pacing;

/**
 * Paces one node's sends so that a provider counting strictly (Telegram: at most 30 messages in any
 * sliding second, one per chat per second) never sees one too many, while staying close to the
 * configured rate. Per channel, with {@code N = floor(rate)} (at least 1) and {@code W = N / rate}
 * (one second for a whole rate):
 * <ul>
 * <li><b>Spacing, no burst.</b> Sends start on a schedule {@code 1/rate} apart. A start that comes
 * late (the thread woke late, a claim took a while) does not shift the schedule, so the next one may
 * follow sooner; but the schedule never lags more than one slot behind, so after an idle spell at
 * most two sends go back to back (a token bucket holding two tokens).</li>
 * <li><b>Window.</b> A send starts only while fewer than {@code N} sends of the channel are under way
 * or ended within the last {@code W}. The provider reads a call after we start it and before we see
 * its answer, so {@code N + 1} calls can never reach it within {@code W}, however the network
 * delays them: the safety margin is the length of a call itself (a few milliseconds a second), not
 * a guessed percentage.</li>
 * <li><b>Per recipient.</b> A recipient's next message starts at least the interval after the
 * previous one to it <i>ended</i>, for the same reason.</li>
 * </ul>
 * Spacing alone is not enough: sends exactly {@code 1/rate} apart put {@code N + 1} of them exactly
 * {@code W} apart, and any jitter on the way lets the provider see them inside one window (429).
 * The former bucket with one second's worth of burst let up to {@code 2N} into a sliding second
 * after an idle spell.
 * <p>Use: {@link #tryTake} before a send and, once it returned 0, {@link #sent} after it, always
 * (also when the send failed). Thread-safe; times are {@link System#nanoTime()} values.
 */
final class Pacer {

    /** How soon to ask again when the window is full of sends still under way (only with several sending threads). */
    private static final long IN_FLIGHT_RECHECK = 1_000_000L;

    private final Function<String, Pacing> pacing;
    private final Map<String, Channel> channels = new HashMap<>();
    private final Map<String, Long> lastSent = new HashMap<>();
    private long lastPrune;

    /** @param pacing each channel's pacing, by channel id */
    Pacer(Function<String, Pacing> pacing) {
        this.pacing = pacing;
    }

    /** Whether the recipient's interval has passed since the last message this node sent it ended. */
    synchronized boolean recipientReady(String channel, String recipient, long now) {
        return recipientWait(channel, recipient, now) == 0;
    }

    /** 0 when the recipient's interval has passed since its last message ended; otherwise the nanoseconds until it has. */
    synchronized long recipientWait(String channel, String recipient, long now) {
        Long last = lastSent.get(channel + '\n' + recipient);
        if (last == null) {
            return 0;
        }
        return Math.max(0, last + pacing.apply(channel).perRecipientInterval().toNanos() - now);
    }

    /**
     * Takes the channel's turn to start a send if both the spacing and the window allow it (returns 0;
     * the send then counts as under way until {@link #sent}); otherwise the nanoseconds to wait.
     */
    synchronized long tryTake(String channel, long now) {
        return channels.computeIfAbsent(channel, c -> new Channel(pacing.apply(c).ratePerSecond(), now)).tryTake(now);
    }

    /** Notes the end of a send to the provider (whatever its outcome), at {@code now}. */
    synchronized void sent(String channel, String recipient, long now) {
        Channel paced = channels.get(channel);
        if (paced != null) {
            paced.ended(now);
        }
        lastSent.put(channel + '\n' + recipient, now);
        if (now - lastPrune > 60_000_000_000L) {
            prune(now);
        }
    }

    /** Forgets recipients whose interval passed long ago, so the map holds only recent ones. */
    private void prune(long now) {
        lastPrune = now;
        for (Iterator<Map.Entry<String, Long>> it = lastSent.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Long> entry = it.next();
            String channel = entry.getKey().substring(0, entry.getKey().indexOf('\n'));
            if (now - entry.getValue() > pacing.apply(channel).perRecipientInterval().toNanos()) {
                it.remove();
            }
        }
    }

    /** One channel's spacing and window. */
    private static final class Channel {
        private final long spacing;
        private final int perWindow;
        private final long window;
        private final ArrayDeque<Long> ends = new ArrayDeque<>();
        private long nextStart;
        private int underWay;

        Channel(double ratePerSecond, long now) {
            this.spacing = (long) Math.ceil(1e9 / ratePerSecond);
            this.perWindow = (int) Math.max(1, Math.floor(ratePerSecond));
            this.window = (long) Math.ceil(perWindow * 1e9 / ratePerSecond);
            this.nextStart = now;
        }

        long tryTake(long now) {
            while (!ends.isEmpty() && ends.peekFirst() <= now - window) {
                ends.pollFirst();
            }
            long wait = Math.max(0, nextStart - now);
            if (underWay + ends.size() >= perWindow) {
                // the window is full: wait until its oldest ended send leaves it (strictly after)
                wait = Math.max(wait, ends.isEmpty() ? IN_FLIGHT_RECHECK : ends.peekFirst() + window - now + 1);
            }
            if (wait > 0) {
                return wait;
            }
            nextStart = Math.max(nextStart, now - spacing) + spacing;
            underWay++;
            return 0;
        }

        void ended(long now) {
            if (underWay > 0) {
                underWay--;
                ends.addLast(now);
            }
        }
    }
}
