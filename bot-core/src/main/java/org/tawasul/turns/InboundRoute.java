package org.tawasul.turns;

/**
 * Where inbound events that are not dialog turns go (a delivery report, a staff email reply): a
 * channel stores such an event through {@link TurnProcessor#handleEvent} under a route's
 * {@link #route() name}, and the route acts on it in the transaction that marks it processed, once
 * (a redelivered event is a no-op; a failed one is retried like a failed turn). A new kind of event
 * is a new bean implementing this; the pipeline does not change.
 */
public interface InboundRoute {

    /** The route's name, stored with each event (e.g. {@code twilio-status}); unique among routes. */
    String route();

    /** Acts on one stored event; throwing rolls everything back and leaves the event for a retry. */
    void handle(RoutedEvent event);
}
