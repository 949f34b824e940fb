package org.tawasul.turns;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.tawasul.channels.ChannelId;
import org.tawasul.db.conversation.ConversationRepository;

/**
 * Dialogs the application starts for a member at a time (a satisfaction survey an hour after a case
 * was answered, a question about what a case awaits): {@link #schedule} records one in the caller's
 * transaction, under a key that makes it happen once; {@link #runDue} starts those due through the
 * normal pipeline, as a turn. A member in the middle of another dialog is not interrupted: the start
 * waits until that dialog has been quiet for {@link #QUIET}.
 */
@Component
public class ScheduledTurns {

    /** The provider id prefix of the turns the application starts (they do not count as the member's messages). */
    static final String PROVIDER_PREFIX = "scheduled:";
    static final Duration QUIET = Duration.ofMinutes(15);
    private static final Logger log = LoggerFactory.getLogger(ScheduledTurns.class);

    private final ScheduledTurnRepository scheduled;
    private final ConversationRepository conversations;
    private final TurnProcessor turns;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ScheduledTurns(ScheduledTurnRepository scheduled, ConversationRepository conversations, TurnProcessor turns,
                   PlatformTransactionManager transactions, Clock clock) {
        this.scheduled = scheduled;
        this.conversations = conversations;
        this.turns = turns;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Starts {@code turn} for the member at {@code address} once {@code dueAt} has come; nothing when a
     * turn with this key was scheduled before. Joins the caller's transaction.
     *
     * @return whether it was scheduled now
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean schedule(String key, ChannelId channel, String address, InboundTurn turn, Instant dueAt) {
        if (scheduled.existsByKey(key)) {
            return false;
        }
        scheduled.save(ScheduledTurn.of(key, channel.id(), address, InboxPayload.turn(turn), dueAt));
        return true;
    }

    /**
     * Runs the turns due now, oldest first, each in its own commit.
     *
     * @return how many ran
     */
    public int runDue(int limit) {
        List<ScheduledTurn> due = transaction.execute(status ->
                scheduled.findByDoneAtIsNullAndDueAtLessThanEqualOrderByDueAtAsc(clock.instant(), Limit.of(limit)));
        int ran = 0;
        for (ScheduledTurn turn : due) {
            Instant now = clock.instant();
            boolean busy = conversations.findByChannelAndAddress(turn.getChannel(), turn.getAddress())
                    .filter(row -> !"IDLE".equals(row.getStatus()) && row.getLastActivity().plus(QUIET).isAfter(now))
                    .isPresent();
            if (busy) {
                transaction.executeWithoutResult(status -> scheduled.save(turn).postpone(now.plus(QUIET)));
                continue;
            }
            turns.handle(ChannelId.of(turn.getChannel()), PROVIDER_PREFIX + turn.getKey(), turn.getAddress(),
                    InboxPayload.turn(turn.getPayload()));
            transaction.executeWithoutResult(status -> scheduled.save(turn).done(clock.instant()));
            ran++;
            log.debug("Started the scheduled dialog {}", turn.getKey());
        }
        return ran;
    }
}
