package org.tawasul.members.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.tawasul.conversations.input.PhoneNumbers;
import org.tawasul.db.privacy.KeyedHash;

/**
 * Bounds guessing who a member is: every failed identification try is recorded, and once a chat
 * address, or a mobile number, has {@code tawasul.identity.max-failures} failures within
 * {@code failure-window}, further tries from that address, or for that number, are refused (whoever
 * makes them) until the oldest failure leaves the window. Counted in the database, so restarts,
 * "back" and new dialogs change nothing.
 */
@Component
@EnableConfigurationProperties(IdentitySettings.class)
public class IdentificationGuard {

    private static final Logger log = LoggerFactory.getLogger(IdentificationGuard.class);

    private final IdentificationFailureRepository failures;
    private final KeyedHash hash;
    private final IdentitySettings settings;
    private final Clock clock;

    IdentificationGuard(IdentificationFailureRepository failures, KeyedHash hash, IdentitySettings settings, Clock clock) {
        this.failures = failures;
        this.hash = hash;
        this.settings = settings;
        this.clock = clock;
    }

    /** Whether tries from this chat address are refused for now. */
    public boolean addressLocked(String channel, String address) {
        return failures.countByAddressHashAndFailedAtAfter(addressHash(channel, address), since())
                >= settings.maxFailures();
    }

    /** Whether tries for this mobile number (E.164) are refused for now. */
    public boolean phoneLocked(String e164) {
        return e164 != null && failures.countByPhoneHashAndFailedAtAfter(hash.ofPhone(e164), since())
                >= settings.maxFailures();
    }

    /** Failed tries from this chat address for this number (E.164) within {@code within}. */
    public int recentFailures(String channel, String address, String e164, java.time.Duration within) {
        return (int) failures.countByAddressHashAndPhoneHashAndFailedAtAfter(addressHash(channel, address),
                e164 == null ? "" : hash.ofPhone(e164), clock.instant().minus(within));
    }

    /** Records a failed try from the address for the number (E.164, or null when there was none). */
    public void failed(String channel, String address, String e164, String reason) {
        failures.save(IdentificationFailure.of(clock.instant(), channel, PhoneNumbers.mask(address),
                addressHash(channel, address), e164 == null ? null : hash.ofPhone(e164), reason));
        log.info("Identification failed on {} from {} ({})", channel, PhoneNumbers.mask(address), reason);
    }

    /** The failures since a time, oldest first, for staff. */
    public List<IdentificationFailure> since(Instant since) {
        return failures.findByFailedAtAfterOrderByIdAsc(since);
    }

    private Instant since() {
        return clock.instant().minus(settings.failureWindow());
    }

    private String addressHash(String channel, String address) {
        return hash.ofAddress(channel, address);
    }
}
