package org.tawasul.conversations.engine;

import java.time.Duration;
import java.util.Objects;

/**
 * How the engine behaves where a flow says nothing: attempts before giving up on a step, how long
 * an idle dialog lives, and which flow is the menu.
 */
public record EngineSettings(int maxAttempts, Duration idleTimeout, String menuFlowId) {

    /** Three attempts, 24 hours, the flow with id {@code menu}. */
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
    }
}
