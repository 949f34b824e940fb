package org.tawasul.db.outbox;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tawasul.db.Columns;
import org.tawasul.db.privacy.PiiCipher;

/**
 * Chat addresses that get no messages (table {@code channel_address}) and why: the member blocked
 * the bot, opted out, or the address does not exist. No row, or {@link State#ACTIVE}, means
 * reachable. Every method runs in the caller's transaction.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class ChannelAddresses {

    /** The length of the {@code reason} column. */
    public static final int MAX_REASON_LENGTH = 200;

    /** Why an address gets nothing, and what ends it. */
    public enum State {
        /** Reachable. */
        ACTIVE,
        /** The member blocked the bot: ends when the member writes again. */
        BLOCKED,
        /** The member opted out (SMS STOP): ends only when they opt in again, not when they write. */
        OPTED_OUT,
        /** No such address (an invalid number): ends when a message comes from it. */
        INVALID
    }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final PiiCipher cipher;

    /** @param cipher seals phone-number addresses as they are stored (README "Personal data at rest") */
    public ChannelAddresses(JdbcTemplate jdbc, PiiCipher cipher) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.cipher = java.util.Objects.requireNonNull(cipher, "cipher");
    }

    /** Marks the address unreachable in the given state, with the reason (cut to 200 characters). */
    public void markUnreachable(String channel, String address, State state, String reason, Instant now) {
        if (state == State.ACTIVE) {
            throw new IllegalArgumentException("An unreachable address needs a state other than ACTIVE");
        }
        set(channel, address, state, reason, now);
    }

    /** Marks the address blocked (no messages until the member writes again). */
    public void markInactive(String channel, String address, String reason, Instant now) {
        markUnreachable(channel, address, State.BLOCKED, reason, now);
    }

    /**
     * The member wrote from the address: a BLOCKED or INVALID address is reachable again; an
     * OPTED_OUT one stays so. One primary-key lookup, and a write only when the state changes (rare),
     * so the inbound path stays cheap.
     *
     * @return true when the address became reachable
     */
    public boolean reactivate(String channel, String address, Instant now) {
        State state = stateOf(channel, address);
        if (state != State.BLOCKED && state != State.INVALID) {
            return false;
        }
        set(channel, address, State.ACTIVE, null, now);
        return true;
    }

    /**
     * The member opted in again (SMS START): any unreachable state ends.
     *
     * @return true when the address was unreachable
     */
    public boolean optIn(String channel, String address, Instant now) {
        if (stateOf(channel, address) == State.ACTIVE) {
            return false;
        }
        set(channel, address, State.ACTIVE, null, now);
        return true;
    }

    /** The address's state; ACTIVE when there is no row. */
    public State stateOf(String channel, String address) {
        List<String> state = jdbc.queryForList("SELECT state FROM channel_address WHERE channel = ? AND address = ?",
                String.class, channel, cipher.sealAddress(address));
        return state.isEmpty() ? State.ACTIVE : State.valueOf(state.get(0));
    }

    /** Whether the address gets no messages. */
    public boolean isInactive(String channel, String address) {
        return stateOf(channel, address) != State.ACTIVE;
    }

    /** Those of the addresses that get no messages on the channel. */
    public Set<String> inactiveAmong(String channel, Collection<String> addresses) {
        if (addresses.isEmpty()) {
            return Set.of();
        }
        Set<String> stored = new HashSet<>();
        addresses.forEach(address -> stored.add(cipher.sealAddress(address)));
        Set<String> found = new HashSet<>();
        named.queryForList(
                "SELECT address FROM channel_address WHERE channel = :channel AND address IN (:addresses) AND state <> 'ACTIVE'",
                new MapSqlParameterSource("channel", channel).addValue("addresses", stored), String.class)
                .forEach(address -> found.add(cipher.openAddress(address)));
        return found;
    }

    /** Addresses that get nothing, counted per channel and state (counts only, for health and metrics). */
    @Transactional(readOnly = true)
    public Map<String, Map<State, Long>> countByChannelAndState() {
        Map<String, Map<State, Long>> counts = new java.util.HashMap<>();
        jdbc.query("SELECT channel, state, COUNT(*) FROM channel_address WHERE state <> 'ACTIVE' GROUP BY channel, state",
                (org.springframework.jdbc.core.RowCallbackHandler) row -> counts.computeIfAbsent(row.getString(1),
                        c -> new java.util.EnumMap<>(State.class)).put(State.valueOf(row.getString(2)), row.getLong(3)));
        return counts;
    }

    private void set(String channel, String address, State state, String reason, Instant now) {
        String cut = reason == null || reason.length() <= MAX_REASON_LENGTH ? reason : reason.substring(0, MAX_REASON_LENGTH);
        LocalDateTime at = utc(now);
        jdbc.update("""
                INSERT INTO channel_address (channel, address, state, reason, changed_at) VALUES (?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE state = ?, reason = ?, changed_at = ?""",
                channel, cipher.sealAddress(address), state.name(), cut, at, state.name(), cut, at);
    }

    /** UTC wall-clock time, as Hibernate writes Instants (see DbConfiguration); no zone conversion by the driver. */
    private static LocalDateTime utc(Instant now) {
        return LocalDateTime.ofInstant(Columns.toSecond(now, "now"), ZoneOffset.UTC);
    }
}
