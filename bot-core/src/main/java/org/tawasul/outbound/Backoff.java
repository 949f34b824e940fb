package org.tawasul.outbound;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;

/** Delays between attempts: exponential with "equal jitter" (half fixed, half random), capped; times rounded up to the second the outbox keeps. */
final class Backoff {

    private final OutboundSettings settings;

    Backoff(OutboundSettings settings) {
        this.settings = settings;
    }

    /** The delay after a failed attempt, given the attempts made before it (0 for the first). */
    Duration after(int attemptsBefore) {
        double nanos = settings.backoffBase().toNanos() * Math.pow(settings.backoffMultiplier(), Math.min(attemptsBefore, 62));
        long capped = (long) Math.min(nanos, settings.backoffMax().toNanos());
        long half = capped / 2;
        return Duration.ofNanos(capped - half + ThreadLocalRandom.current().nextLong(half + 1));
    }

    /** {@code now + delay}, rounded up to the whole second (the outbox keeps seconds): never earlier than asked. */
    static Instant notBefore(Instant now, Duration delay) {
        Instant at = now.plus(delay.isNegative() ? Duration.ZERO : delay);
        Instant second = at.truncatedTo(ChronoUnit.SECONDS);
        return second.equals(at) ? at : second.plusSeconds(1);
    }
}
