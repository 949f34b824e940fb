package org.tawasul.conversations.engine;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How the engine behaves where a flow says nothing: attempts before giving up on a step, how long
 * an idle dialog lives, which flow is the menu, and when staff work (told to a member handed over).
 */
public record EngineSettings(int maxAttempts, Duration idleTimeout, String menuFlowId, WorkingHours workingHours) {

    /** The society's time zone, for "today" and working hours: Saudi Arabia. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Riyadh");

    /** Three attempts, 24 hours, the flow with id {@code menu}, staff from 08:00 to 16:00. */
    public static final EngineSettings DEFAULTS = new EngineSettings(3, Duration.ofHours(24), "menu");

    public EngineSettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idleTimeout must be positive, was " + idleTimeout);
        }
        Objects.requireNonNull(menuFlowId, "menuFlowId");
        Objects.requireNonNull(workingHours, "workingHours");
    }

    /** Settings with the default working hours. */
    public EngineSettings(int maxAttempts, Duration idleTimeout, String menuFlowId) {
        this(maxAttempts, idleTimeout, menuFlowId, WorkingHours.DEFAULT);
    }
}
