/**
 * What operators see: the channels' health ({@code /actuator/health}) and metrics
 * ({@code /actuator/prometheus}), built the same way for every channel from its sender, its
 * {@link org.tawasul.operations.ChannelMonitor} and the outbox and inbox figures. Counts, times and
 * node names only: nothing personal.
 */
package org.tawasul.operations;
