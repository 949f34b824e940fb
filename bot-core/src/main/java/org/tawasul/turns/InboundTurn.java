package org.tawasul.turns;

import org.tawasul.conversations.message.Inbound;

/**
 * What an inbox row asks for: the member's input, or (from a deep link or the application
 * itself) the start of a named flow.
 */
public record InboundTurn(Inbound input, String startFlow) {

    /** The member sent something. */
    public static InboundTurn of(Inbound input) {
        return new InboundTurn(input, null);
    }

    /** Start this flow for the member. */
    public static InboundTurn start(String flowId) {
        return new InboundTurn(Inbound.text(""), flowId);
    }
}
