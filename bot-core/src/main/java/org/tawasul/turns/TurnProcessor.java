package org.tawasul.turns;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.concurrent.locks.ReentrantLock;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tawasul.channels.ChannelId;
import org.tawasul.config.DialogSettings;
import org.tawasul.config.LimitSettings;
import org.tawasul.conversations.engine.ConversationEngine;
import org.tawasul.conversations.engine.DialogStatus;
import org.tawasul.conversations.message.Inbound;
import org.tawasul.conversations.engine.ConversationState;
import org.tawasul.conversations.engine.DialogActions;
import org.tawasul.conversations.engine.DialogEvent;
import org.tawasul.conversations.engine.TurnResult;
import org.tawasul.conversations.engine.Texts;
import org.tawasul.conversations.message.Language;
import org.tawasul.conversations.message.Outbound;
import org.tawasul.db.conversation.ConversationRecord;
import org.tawasul.db.conversation.ConversationRepository;
import org.tawasul.db.inbox.InboxEvent;
import org.tawasul.db.inbox.InboxRepository;
import org.tawasul.db.inbox.WaitingEvent;
import org.tawasul.outbound.Outbox;

/**
 * The inbound pipeline. {@link #receive} stores an event in the inbox (a provider id seen before
 * is a no-op) and commits, so a channel may acknowledge its provider; {@link #process} then runs
 * the turn: conversation state, outbox rows and the inbox row's processed mark commit together.
 * Turns of one conversation never overlap: a lock per conversation in this process, and the
 * row's version column against other processes, with the turn retried when it loses (as when the database picks
 * it as a deadlock's loser and rolls it back).
 */
@Service
public class TurnProcessor {

    private static final Logger log = LoggerFactory.getLogger(TurnProcessor.class);
    private static final Texts TEXTS = new Texts("org/tawasul/turns/texts_");
    private static final java.time.Duration MINUTE = java.time.Duration.ofMinutes(1);

    private final ConversationEngine engine;
    private final ConversationRepository conversations;
    private final InboxRepository inbox;
    private final Outbox outbox;
    private final List<DialogEventListener> listeners;
    private final List<FreeTextTaker> takers;
    private final Map<String, InboundRoute> routes;
    private final TransactionTemplate transaction;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final TurnSettings settings;
    private final Language defaultLanguage;
    private final ConversationLocks locks;
    private final TurnMetrics metrics;
    private final int turnsPerMinute;
    private volatile boolean localLocking = true;

    public TurnProcessor(ConversationEngine engine, ConversationRepository conversations, InboxRepository inbox,
                         Outbox outbox, List<DialogEventListener> listeners, List<FreeTextTaker> takers,
                         List<InboundRoute> routes,
                         PlatformTransactionManager transactions, Clock clock, TurnSettings settings,
                         DialogSettings dialogs, LimitSettings limits, MeterRegistry meters) {
        this.engine = engine;
        this.conversations = conversations;
        this.inbox = inbox;
        this.outbox = outbox;
        this.listeners = List.copyOf(listeners);
        this.takers = List.copyOf(takers);
        this.routes = routes.stream().collect(Collectors.toUnmodifiableMap(InboundRoute::route, Function.identity(),
                (a, b) -> {
                    throw new IllegalStateException("Two inbound routes named '" + a.route() + "': "
                            + a.getClass().getName() + " and " + b.getClass().getName());
                }));
        this.transaction = new TransactionTemplate(transactions);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.settings = settings;
        this.defaultLanguage = dialogs.defaultLanguage();
        this.locks = new ConversationLocks(settings.lockStripes());
        this.metrics = new TurnMetrics(meters);
        this.turnsPerMinute = limits.turnsPerMinute();
    }

    /**
     * Stores an inbound event and commits it.
     *
     * @return the inbox id, or empty when this provider id was stored before (a redelivery)
     */
    public Optional<Long> receive(ChannelId channel, String providerId, String address, InboundTurn turn) {
        return store(channel.id(), providerId, address, InboxPayload.turn(turn));
    }

    private Optional<Long> store(String channel, String providerId, String address, String payload) {
        if (inbox.existsByChannelAndProviderId(channel, providerId)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ownTransaction.execute(status -> inbox.save(
                    InboxEvent.received(channel, providerId, address, payload, clock.instant())).getId()));
        } catch (DataIntegrityViolationException duplicate) {
            return Optional.empty();
        }
    }

    /** An event arriving in a batch, for {@link #receiveAll}. */
    public record Arrival(String providerId, String address, InboundTurn turn) {
    }

    /** An event of a batch stored for its turn: run it with {@link #process}. */
    public record Received(long inboxId, String providerId, String address) {
    }

    /**
     * Stores a batch of inbound events in one commit (long polling: one commit per batch, not per
     * event). Provider ids repeated within the batch count once. A provider id recorded before (a
     * redelivered batch, or another receiver) breaks the inbox's unique key; the batch is then
     * stored one event at a time instead, skipping those seen. Redeliveries are rare, so the common
     * case pays no look-up.
     *
     * @return the events stored now, in the batch's order
     */
    public List<Received> receiveAll(ChannelId channel, List<Arrival> arrivals) {
        return storeBatch(channel, arrivals.stream().map(arrival -> new Stored(arrival.providerId(), arrival.address(),
                InboxPayload.turn(arrival.turn()))).toList(), false);
    }

    /** One event of a batch as it goes into the inbox. */
    private record Stored(String providerId, String address, String payload) {
    }

    /**
     * Stores a batch in one commit, provider ids repeated within it once; {@code lookUpFirst} also skips those stored
     * before (where redeliveries are common), else the unique key finds them. If the key breaks (a redelivery, or
     * another node storing one meanwhile), the batch is stored one event at a time, skipping those seen.
     */
    private List<Received> storeBatch(ChannelId channel, List<Stored> events, boolean lookUpFirst) {
        if (events.isEmpty()) {
            return List.of();
        }
        try {
            return ownTransaction.execute(status -> {
                Set<String> providerIds = new HashSet<>();
                Instant now = clock.instant();
                List<Received> stored = new ArrayList<>(events.size());
                for (Stored event : events) {
                    if (providerIds.add(event.providerId())
                            && !(lookUpFirst && inbox.existsByChannelAndProviderId(channel.id(), event.providerId()))) {
                        long id = inbox.save(InboxEvent.received(channel.id(), event.providerId(), event.address(),
                                event.payload(), now)).getId();
                        stored.add(new Received(id, event.providerId(), event.address()));
                    }
                }
                inbox.flush();
                return stored;
            });
        } catch (DataIntegrityViolationException seenBefore) {
            log.debug("A {} batch holds events stored before; storing it one event at a time", channel);
            List<Received> stored = new ArrayList<>(events.size());
            for (Stored event : events) {
                store(channel.id(), event.providerId(), event.address(), event.payload())
                        .ifPresent(id -> stored.add(new Received(id, event.providerId(), event.address())));
            }
            return stored;
        }
    }

    /**
     * Stores the event and runs its turn in one commit, for callers that acknowledge their provider
     * only after this returns (webhooks, the console). A redelivered provider id does nothing. If
     * the turn fails, the event is still stored, unprocessed, for a later attempt: nothing is lost.
     *
     * @return true when a turn ran, false for a redelivery or a failed turn
     */
    public boolean handle(ChannelId channel, String providerId, String address, InboundTurn turn) {
        return handleStored(channel.id(), providerId, address, InboxPayload.turn(turn));
    }

    /**
     * Stores an event that is not a dialog turn (a delivery report, a staff reply) for the named
     * {@link InboundRoute} and has the route act on it, in one commit; a redelivered provider id does
     * nothing; if the route fails, the event is stored unprocessed for a later attempt.
     *
     * @return true when the route ran, false for a redelivery or a failure
     */
    public boolean handleEvent(ChannelId channel, String providerId, String address, String route, String data) {
        if (!routes.containsKey(route)) {
            throw new IllegalArgumentException("No inbound route '" + route + "'; the routes are " + routes.keySet());
        }
        return handleStored(channel.id(), providerId, address, InboxPayload.routed(route, data));
    }

    /**
     * Stores an event that is not a dialog turn for the named {@link InboundRoute} and commits it,
     * before anything else is done with it (a mail read over IMAP); run it with {@link #process}.
     * A provider id stored before does nothing.
     *
     * @return the inbox id, or empty when this provider id was stored before
     */
    public Optional<Long> receiveEvent(ChannelId channel, String providerId, String address, String route, String data) {
        if (!routes.containsKey(route)) {
            throw new IllegalArgumentException("No inbound route '" + route + "'; the routes are " + routes.keySet());
        }
        return store(channel.id(), providerId, address, InboxPayload.routed(route, data));
    }

    /** An event that is not a dialog turn, arriving in a batch, for {@link #receiveEvents}. */
    public record EventArrival(String providerId, String address, String data) {
    }

    /**
     * Stores a batch of events that are not dialog turns for the named {@link InboundRoute} in one commit (mail
     * read over IMAP: one commit per batch, not per mail); run each with {@link #process}. Provider ids repeated
     * within the batch, or stored before, count once; if another node stores one meanwhile, the batch is stored one
     * event at a time instead, skipping those seen.
     *
     * @return the events stored now, in the batch's order
     */
    public List<Received> receiveEvents(ChannelId channel, String route, List<EventArrival> arrivals) {
        if (!routes.containsKey(route)) {
            throw new IllegalArgumentException("No inbound route '" + route + "'; the routes are " + routes.keySet());
        }
        // a mail delivered twice is common: looked up first, not left to the unique key (whose error the driver
        // logs with the Message-ID, and which would store the batch again one by one)
        return storeBatch(channel, arrivals.stream().map(arrival -> new Stored(arrival.providerId(), arrival.address(),
                InboxPayload.routed(route, arrival.data()))).toList(), true);
    }

    /**
     * Answers an event without running a turn (content the channel cannot take: a sticker, a file
     * too large): the event is stored processed and the reply, in the conversation's language, goes
     * to the outbox in one commit; a redelivery does nothing.
     *
     * @param kind what the notice is about, stored with the event
     * @param text the reply in the member's language
     * @return false for a redelivery
     */
    public boolean reply(ChannelId channel, String providerId, String address, String kind,
                         Function<Language, String> text) {
        if (inbox.existsByChannelAndProviderId(channel.id(), providerId)) {
            return false;
        }
        try {
            transaction.executeWithoutResult(status -> {
                Instant now = clock.instant();
                InboxEvent event = InboxEvent.received(channel.id(), providerId, address, InboxPayload.notice(kind), now);
                event.markProcessed(now);
                event = inbox.saveAndFlush(event);
                Language language = conversations.findByChannelAndAddress(channel.id(), address)
                        .flatMap(row -> Language.fromCode(row.getLanguage())).orElse(defaultLanguage);
                outbox.enqueue(Outbox.Entry.text(channel, address, text.apply(language), event.getId()));
            });
            return true;
        } catch (DataIntegrityViolationException redelivery) {
            return false;
        }
    }

    private boolean handleStored(String channel, String providerId, String address, String payload) {
        long start = System.nanoTime();
        ReentrantLock lock = lock(channel, address);
        try {
            if (waiting(channel, address, Long.MAX_VALUE)) {
                // an older event of this conversation waits (failed, or left by a crash): this one is stored and runs
                // after it, never before it
                Optional<Long> stored = store(channel, providerId, address, payload);
                if (stored.isEmpty()) {
                    metrics.redelivered(channel);
                    return false;
                }
                return drain(channel, address, stored.get(), false);
            }
            for (int attempt = 1; ; attempt++) {
                try {
                    transaction.executeWithoutResult(status -> {
                        // stored already marked processed: if the turn fails, all of it rolls back
                        Instant now = clock.instant();
                        InboxEvent event = InboxEvent.received(channel, providerId, address, payload, now);
                        event.markProcessed(now);
                        try {
                            event = inbox.saveAndFlush(event);
                        } catch (DataIntegrityViolationException duplicate) {
                            throw new Redelivery();
                        }
                        if (waiting(channel, address, event.getId())) {
                            throw new Waiting(); // another node stored an older event of this conversation meanwhile
                        }
                        run(event, now);
                    });
                    metrics.processed(channel, start);
                    return true;
                } catch (Redelivery redelivery) {
                    metrics.redelivered(channel);
                    return false;
                } catch (Waiting waiting) {
                    Optional<Long> stored = store(channel, providerId, address, payload);
                    return stored.isPresent() && drain(channel, address, stored.get(), false);
                } catch (ConcurrencyFailureException | DataIntegrityViolationException conflict) {
                    if (attempt > settings.maxRetries()) {
                        return storeFailed(channel, providerId, address, payload, conflict);
                    }
                    log.debug("Turn for {} event {} lost a race (attempt {}), retrying", channel, providerId, attempt);
                }
            }
        } catch (RuntimeException e) {
            return storeFailed(channel, providerId, address, payload, e);
        } finally {
            unlock(lock);
        }
    }

    /** Whether an event of the conversation older than {@code id} still waits for its turn (given-up ones do not count). */
    private boolean waiting(String channel, String address, long id) {
        return inbox.existsByChannelAndAddressAndIdLessThanAndProcessedAtIsNullAndAttemptsLessThan(channel, address, id,
                settings.maxAttempts());
    }

    /**
     * Runs the turn for a stored inbox event, retrying when another writer changed the
     * conversation first. An event already processed is skipped.
     *
     * @return true when the turn ran (now or by another writer), false when it failed and stays unprocessed
     */
    public boolean process(long inboxId, ChannelId channel, String address) {
        return process(inboxId, channel.id(), address, false);
    }

    private boolean process(long inboxId, String channel, String address, boolean retryFailed) {
        ReentrantLock lock = lock(channel, address);
        try {
            return drain(channel, address, inboxId, retryFailed);
        } finally {
            unlock(lock);
        }
    }

    /**
     * Runs, in arrival order, the conversation's waiting events up to {@code upTo}, stopping at the first
     * that does not run: a newer event never overtakes an older one. An older event that failed before is
     * retried only by the background retry ({@code retryFailed}), at its pace: a member typing on does not use up
     * its attempts. Called holding the conversation's lock.
     *
     * @return whether the event {@code upTo} is processed
     */
    private boolean drain(String channel, String address, long upTo, boolean retryFailed) {
        for (WaitingEvent waiting : inbox.waitingUpTo(channel, address, settings.maxAttempts(), upTo)) {
            if (waiting.attempts() > 0 && !retryFailed && waiting.id() != upTo) {
                return false;
            }
            if (!runStored(waiting.id(), channel)) {
                return false;
            }
        }
        return inbox.existsByIdAndProcessedAtIsNotNull(upTo);
    }

    /** Runs one stored event's turn, retrying lost races; false when it failed (recorded) or must wait for an older one. */
    private boolean runStored(long inboxId, String channel) {
        long start = System.nanoTime();
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    transaction.executeWithoutResult(status -> turn(inbox.findById(inboxId)
                            .orElseThrow(() -> new IllegalStateException("No inbox event " + inboxId))));
                    metrics.processed(channel, start);
                    return true;
                } catch (Waiting waiting) {
                    log.debug("Inbox event {} waits for an older event of its conversation", inboxId);
                    return false;
                } catch (ConcurrencyFailureException | DataIntegrityViolationException conflict) {
                    if (attempt > settings.maxRetries()) {
                        return failed(inboxId, conflict);
                    }
                    log.debug("Turn for inbox event {} lost a race (attempt {}), retrying", inboxId, attempt);
                }
            }
        } catch (RuntimeException e) {
            return failed(inboxId, e);
        }
    }

    /**
     * Processes events stored but not yet processed (after a crash or a failed turn), oldest first, each
     * conversation's in arrival order; an event whose turn failed {@code tawasul.turns.max-attempts} times is
     * left alone, and no longer holds back its conversation.
     *
     * @return how many turns ran
     */
    public int processPending(int limit) {
        return processPending(limit, true);
    }

    /**
     * As {@link #processPending(int)}; with {@code retryFailed} false only events never tried (left by a crash)
     * run, and a conversation whose oldest waiting event failed before waits for the background retry, at its
     * pace ({@code tawasul.turns.retry-interval}): a busy receiver sweeping every round must not use up a failing
     * event's attempts in a second.
     */
    public int processPending(int limit, boolean retryFailed) {
        int done = 0;
        Set<String> heldBack = new HashSet<>(); // conversations whose older event did not run: their newer ones wait
        for (InboxEvent event : inbox.findByProcessedAtIsNullAndAttemptsLessThanOrderByIdAsc(
                settings.maxAttempts(), Limit.of(limit))) {
            String conversation = event.getChannel() + '\u0000' + event.getAddress();
            if (heldBack.contains(conversation)) {
                continue;
            }
            if ((retryFailed || event.getAttempts() == 0)
                    && process(event.getId(), event.getChannel(), event.getAddress(), retryFailed)) {
                done++;
            } else {
                heldBack.add(conversation);
            }
        }
        return done;
    }

    /** Whether stored events wait for their turn (unprocessed, after a crash or a failed turn, attempts left). */
    public boolean hasPending() {
        return !inbox.findByProcessedAtIsNullAndAttemptsLessThanOrderByIdAsc(settings.maxAttempts(), Limit.of(1))
                .isEmpty();
    }

    /**
     * Whether turns take the in-process lock. Switched off only by tests that play several
     * processes sharing one database, to show the version check alone keeps turns apart.
     */
    void useLocalLocks(boolean enabled) {
        this.localLocking = enabled;
    }

    private ReentrantLock lock(String channel, String address) {
        ReentrantLock lock = localLocking ? locks.forConversation(channel, address) : null;
        if (lock != null) {
            lock.lock();
        }
        return lock;
    }

    private static void unlock(ReentrantLock lock) {
        if (lock != null) {
            lock.unlock();
        }
    }

    private void turn(InboxEvent event) {
        if (event.isProcessed()) {
            return;
        }
        if (waiting(event.getChannel(), event.getAddress(), event.getId())) {
            throw new Waiting();
        }
        Instant now = clock.instant();
        run(event, now);
        event.markProcessed(now);
    }

    /** The turn itself: state, outbox rows and listeners, in the caller's transaction. */
    private void run(InboxEvent event, Instant now) {
        long inboxId = event.getId();
        ChannelId channel = ChannelId.of(event.getChannel());
        String route = InboxPayload.route(event.getPayload());
        if (route != null) {
            InboundRoute target = routes.get(route);
            if (target == null) {
                throw new IllegalStateException("No inbound route '" + route + "' for inbox event " + inboxId);
            }
            target.handle(new RoutedEvent(inboxId, channel, event.getProviderId(), event.getAddress(),
                    InboxPayload.data(event.getPayload()), now));
            return;
        }
        // the member wrote: an address a provider refused as blocked is reachable again (an opt-out is not)
        outbox.memberWrote(channel, event.getAddress());
        ConversationRecord row = conversations.findByChannelAndAddress(event.getChannel(), event.getAddress())
                .orElseGet(() -> ConversationRecord.start(event.getChannel(), event.getAddress(), "IDLE",
                        defaultLanguage.code(), now));
        if (!event.getProviderId().startsWith(ScheduledTurns.PROVIDER_PREFIX)
                && row.countTurn(event.getReceivedAt(), MINUTE) > turnsPerMinute) {
            slowDown(row, channel, event.getAddress(), inboxId);
            return;
        }
        ConversationState state = StateMapping.toState(row);
        InboundTurn request = InboxPayload.turn(event.getPayload());
        if (taken(request, state, channel, event.getAddress(), inboxId, now)) {
            return;
        }
        DialogActions.Subject subject = new DialogActions.Subject(event.getChannel(), event.getAddress());
        TurnResult result = request.startFlow() != null
                ? engine.start(state, request.startFlow(), now, subject, request.presets())
                : engine.handle(state, request.input(), now, subject);
        StateMapping.apply(result.state(), row);
        row = conversations.save(row);
        for (Outbound message : result.messages()) {
            outbox.enqueue(new Outbox.Entry(channel, event.getAddress(), message.text(), message.choices(), message.hint(),
                    null, inboxId, null));
        }
        if (result.events().stream().anyMatch(DialogEvent.AnswersForgotten.class::isInstance)) {
            // the dialog forgot answers (identifiers once identification is done, a comment kept anonymous): the
            // chat's messages that carried them are forgotten too, this one included
            inbox.redactChat(event.getChannel(), event.getAddress(), inboxId);
        }
        if (!listeners.isEmpty()) {
            var context = new DialogEventListener.TurnContext(event.getChannel(), event.getAddress(), row.getId(), inboxId, now);
            for (DialogEvent dialogEvent : result.events()) {
                listeners.forEach(listener -> listener.on(context, dialogEvent));
            }
        }
    }

    /**
     * A message beyond {@code tawasul.limits.turns-per-minute} in the chat's minute: it is not taken as an answer
     * (the dialog stays where it was) and the member is asked to slow down, once in the minute at most, in their
     * language. The turn is cheap, and other chats never wait for it (turns are kept apart per conversation).
     */
    private void slowDown(ConversationRecord row, ChannelId channel, String address, long inboxId) {
        boolean tell = row.slowDownOnce();
        conversations.save(row);
        metrics.throttled(channel.id());
        if (tell) {
            Language language = Language.fromCode(row.getLanguage()).orElse(defaultLanguage);
            outbox.enqueue(Outbox.Entry.text(channel, address, TEXTS.get("turn.too-many", language), inboxId));
            log.info("A {} chat sent more than {} messages within a minute: asked to slow down (conversation {})",
                    channel, turnsPerMinute, row.getId());
        }
    }

    /** Whether a {@link FreeTextTaker} took the member's plain text (only outside any dialog). */
    private boolean taken(InboundTurn request, ConversationState state, ChannelId channel, String address, long inboxId,
                          Instant now) {
        Inbound input = request.input();
        if (takers.isEmpty() || request.startFlow() != null || state.status() != DialogStatus.IDLE || input == null
                || input.text() == null || input.text().isBlank() || input.text().strip().startsWith("/")
                || input.choiceKey() != null || input.attachment() != null || input.verifiedPhone() != null) {
            return false;
        }
        FreeTextTaker.FreeText text = new FreeTextTaker.FreeText(channel, address, input.text().strip(), inboxId, now);
        for (FreeTextTaker taker : takers) {
            if (taker.take(text)) {
                return true;
            }
        }
        return false;
    }

    /** A failed one-commit turn: store the event on its own, unprocessed, with the error. */
    private boolean storeFailed(String channel, String providerId, String address, String payload, RuntimeException e) {
        try {
            return store(channel, providerId, address, payload).map(id -> failed(id, e)).orElse(false);
        } catch (RuntimeException storing) {
            log.error("Could not store {} event {} after its turn failed", channel, providerId, storing);
            throw e;
        }
    }

    /** Signals that the provider id was stored before: the event is a redelivery. */
    private static final class Redelivery extends RuntimeException {
        Redelivery() {
            super(null, null, false, false);
        }
    }

    /** Signals that an older event of the conversation still waits: this one must not run before it. */
    private static final class Waiting extends RuntimeException {
        Waiting() {
            super(null, null, false, false);
        }
    }

    private boolean failed(long inboxId, RuntimeException e) {
        inbox.findById(inboxId).ifPresent(event -> metrics.failed(event.getChannel()));
        int maxAttempts = settings.maxAttempts();
        try {
            Integer attempts = ownTransaction.execute(status -> inbox.findById(inboxId).map(event -> {
                event.recordFailure(e.getClass().getSimpleName() + ": " + e.getMessage());
                return event.getAttempts();
            }).orElse(null));
            if (attempts != null && attempts >= maxAttempts) {
                metrics.givenUp(channelOf(inboxId));
                apologise(inboxId);
                log.error("Turn for inbox event {} failed {} times; given up: the member was told, and it stays in the inbox, "
                        + "unprocessed, with its error, for staff to look at (tawasul_inbox_given_up)", inboxId, attempts, e);
            } else {
                log.error("Turn for inbox event {} failed (attempt {} of {}); it is tried again later", inboxId, attempts,
                        maxAttempts, e);
            }
        } catch (RuntimeException recording) {
            log.error("Turn for inbox event {} failed, and the failure could not be recorded", inboxId, e);
            log.error("Recording the failure of inbox event {} failed", inboxId, recording);
        }
        return false;
    }

    private String channelOf(long inboxId) {
        return inbox.findById(inboxId).map(InboxEvent::getChannel).orElse("unknown");
    }

    /**
     * Tells the member whose event was given up, in their language, that it did not go through and what to do
     * (send it again, or talk to staff); events that are not a member's turn (delivery reports) get nothing.
     */
    private void apologise(long inboxId) {
        try {
            ownTransaction.executeWithoutResult(status -> inbox.findById(inboxId)
                    .filter(event -> InboxPayload.route(event.getPayload()) == null)
                    .ifPresent(event -> {
                        Language language = conversations.findByChannelAndAddress(event.getChannel(), event.getAddress())
                                .flatMap(row -> Language.fromCode(row.getLanguage())).orElse(defaultLanguage);
                        outbox.enqueue(Outbox.Entry.text(ChannelId.of(event.getChannel()), event.getAddress(),
                                TEXTS.get("turn.given-up", language), inboxId));
                    }));
        } catch (RuntimeException e) {
            log.error("Could not tell the member that inbox event {} was given up", inboxId, e);
        }
    }
}
