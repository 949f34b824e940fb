package org.tawasul.db.outbox;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tawasul.db.Columns;

/**
 * Chat addresses a provider refused for good (table {@code channel_address}), which get no messages
 * until the member writes again; every method runs in the caller's transaction.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class ChannelAddresses {

    /** The length of the {@code reason} column. */
    public static final int MAX_REASON_LENGTH = 200;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public ChannelAddresses(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Marks the address unreachable with the provider's reason (cut to 200 characters). */
    public void markInactive(String channel, String address, String reason, Instant now) {
        String cut = reason == null || reason.length() <= MAX_REASON_LENGTH ? reason : reason.substring(0, MAX_REASON_LENGTH);
        LocalDateTime at = utc(now);
        jdbc.update("""
                INSERT INTO channel_address (channel, address, active, reason, changed_at) VALUES (?, ?, FALSE, ?, ?)
                ON DUPLICATE KEY UPDATE active = FALSE, reason = ?, changed_at = ?""",
                channel, address, cut, at, cut, at);
    }

    /**
     * Marks the address reachable again if it was not: one primary-key lookup, and a write only when
     * the address was inactive (rare), so the inbound path stays cheap.
     *
     * @return true when the address was inactive
     */
    public boolean reactivate(String channel, String address, Instant now) {
        List<Boolean> active = jdbc.queryForList(
                "SELECT active FROM channel_address WHERE channel = ? AND address = ?", Boolean.class, channel, address);
        if (active.isEmpty() || active.get(0)) {
            return false;
        }
        jdbc.update("UPDATE channel_address SET active = TRUE, reason = NULL, changed_at = ? WHERE channel = ? AND address = ?",
                utc(now), channel, address);
        return true;
    }

    /** Whether the address is marked unreachable. */
    public boolean isInactive(String channel, String address) {
        return !inactiveAmong(channel, List.of(address)).isEmpty();
    }

    /** Those of the addresses that are marked unreachable on the channel. */
    public Set<String> inactiveAmong(String channel, Collection<String> addresses) {
        if (addresses.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(named.queryForList(
                "SELECT address FROM channel_address WHERE channel = :channel AND address IN (:addresses) AND active = FALSE",
                new MapSqlParameterSource("channel", channel).addValue("addresses", Set.copyOf(addresses)), String.class));
    }

    /** UTC wall-clock time, as Hibernate writes Instants (see DbConfiguration); no zone conversion by the driver. */
    private static LocalDateTime utc(Instant now) {
        return LocalDateTime.ofInstant(Columns.toSecond(now, "now"), ZoneOffset.UTC);
    }
}
