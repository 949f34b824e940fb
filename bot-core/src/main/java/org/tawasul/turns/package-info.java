/**
 * Turn processing: inbound events are stored in the inbox before anything else, then each is
 * processed as one transaction (state, outbox rows, inbox row marked) with at most one turn per
 * conversation at a time.
 */
package org.tawasul.turns;
