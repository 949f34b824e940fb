package org.tawasul.turns;

import java.util.Map;
import org.tawasul.conversations.message.Inbound;

/**
 * What an inbox row asks for: the member's input, or (from a deep link or the application
 * itself) the start of a named flow, with picks for some of its choice steps ({@code presets}, by
 * step id; see {@link org.tawasul.conversations.engine.ConversationEngine#PRESET}).
 */
public record InboundTurn(Inbound input, String startFlow, Map<String, String> presets) {

    public InboundTurn {
        presets = presets == null ? Map.of() : Map.copyOf(presets);
    }

    /** The member sent something. */
    public static InboundTurn of(Inbound input) {
        return new InboundTurn(input, null, Map.of());
    }

    /** Start this flow for the member. */
    public static InboundTurn start(String flowId) {
        return start(flowId, Map.of());
    }

    /** Start this flow for the member, with picks for some of its choice steps. */
    public static InboundTurn start(String flowId, Map<String, String> presets) {
        return new InboundTurn(Inbound.text(""), flowId, presets);
    }
}
