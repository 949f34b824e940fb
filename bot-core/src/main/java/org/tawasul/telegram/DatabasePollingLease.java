package org.tawasul.telegram;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tawasul.db.lease.Leases;

/**
 * The polling lease kept in the shared database, one per bot: a second node started in polling
 * mode by mistake waits (and takes over within the lease's time if the first one dies) instead of
 * fighting over getUpdates, which Telegram answers with 409 Conflict. Renewed before each round;
 * it lasts the poll timeout plus a minute, so a round never outlives it.
 */
final class DatabasePollingLease implements PollingLease {

    private static final Logger log = LoggerFactory.getLogger(DatabasePollingLease.class);
    private static final long RETRY_MILLIS = 5_000;

    private final Leases leases;
    private final String name;
    private final String holder;
    private final Duration duration;
    private final long renewEveryNanos;
    private long renewedAt;
    private boolean held;
    private String waitingFor;

    DatabasePollingLease(Leases leases, TelegramSettings settings) {
        this.leases = leases;
        this.name = "telegram-polling:" + botId(settings.token());
        this.holder = nodeName();
        this.duration = settings.pollTimeout().plusMinutes(1);
        this.renewEveryNanos = Duration.ofSeconds(15).toNanos();
    }

    @Override
    public synchronized boolean hold() {
        long now = System.nanoTime();
        if (held && now - renewedAt < renewEveryNanos) {
            return true;
        }
        boolean nowHeld;
        try {
            nowHeld = leases.acquire(name, holder, duration);
        } catch (RuntimeException e) {
            // the database is away: keep polling within the time already granted, then stop
            nowHeld = held && now - renewedAt < duration.toNanos() - renewEveryNanos;
            log.warn("Could not renew the Telegram polling lease: {}", e.getMessage());
            if (!nowHeld) {
                held = false;
            }
            return nowHeld;
        }
        if (nowHeld) {
            renewedAt = now;
            if (!held) {
                log.info("This node ({}) polls Telegram", holder);
            }
            waitingFor = null;
        } else {
            String other = leases.holderOf(name);
            if (other != null && !other.equals(waitingFor)) {
                log.warn("Telegram is polled by node {}; this node waits and takes over if it stops. A second poller "
                        + "is not needed: for several nodes use tawasul.telegram.mode=webhook", other);
                waitingFor = other;
            }
        }
        held = nowHeld;
        return nowHeld;
    }

    @Override
    public long retryMillis() {
        return RETRY_MILLIS;
    }

    @Override
    public synchronized void release() {
        if (!held) {
            return;
        }
        held = false;
        try {
            leases.release(name, holder);
        } catch (RuntimeException e) {
            log.warn("Could not release the Telegram polling lease; another node takes it when it runs out: {}", e.getMessage());
        }
    }

    /** The bot's id, the part of the token before ':' (not secret); the whole token is never stored. */
    static String botId(String token) {
        int colon = token.indexOf(':');
        String id = colon > 0 ? token.substring(0, colon) : "";
        return id.matches("\\d{1,20}") ? id : "bot";
    }

    private static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "unknown-host";
        }
        String name = host + "/" + ManagementFactory.getRuntimeMXBean().getPid() + "/" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() <= 200 ? name : name.substring(name.length() - 200);
    }
}
