package org.tawasul.members;

import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.tawasul.db.member.MemberRegistry;
import org.tawasul.outbound.AddressInvalid;
import org.tawasul.outbound.Outbox;

/**
 * When the SMS provider refuses a number as not a valid mobile number (the outbox already marks the
 * address invalid), the members registered with that number are flagged for staff
 * ({@code member.phone_invalid_at}), who see it with the member's cases ({@code case show}) and correct
 * the register (a new phone there clears the flag). In the same transaction as the refusal.
 */
@Component
class InvalidPhones {

    private static final Logger log = LoggerFactory.getLogger(InvalidPhones.class);
    /** A phone address, bare or with a scheme such as {@code whatsapp:}. */
    private static final Pattern PHONE = Pattern.compile("(?:[a-z]+:)?(\\+[0-9]{6,15})");

    private final Outbox outbox;
    private final MemberRegistry registry;
    private final Clock clock;

    InvalidPhones(Outbox outbox, MemberRegistry registry, Clock clock) {
        this.outbox = outbox;
        this.registry = registry;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(AddressInvalid invalid) {
        outbox.recipientOf(invalid.outboxId()).map(PHONE::matcher).filter(java.util.regex.Matcher::matches)
                .map(matcher -> matcher.group(1)).ifPresent(phone -> {
                    List<Long> flagged = registry.markPhoneInvalid(phone, invalid.channel() + " " + invalid.error(),
                            clock.instant());
                    if (!flagged.isEmpty()) {
                        log.warn("The registered phone of member(s) {} was refused by {} as invalid: flagged for staff "
                                + "to correct the register", flagged, invalid.channel());
                    }
                });
    }
}
