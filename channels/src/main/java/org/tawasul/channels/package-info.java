/**
 * The channel SPI, without Spring: the channel ids ({@link org.tawasul.channels.ChannelId}), the
 * sender role ({@link org.tawasul.channels.ChannelSender}) with its message
 * ({@link org.tawasul.channels.OutboundMessage}), outcomes ({@link org.tawasul.channels.SendOutcome})
 * and pacing ({@link org.tawasul.channels.Pacing}); the roles a channel may also play for features: fetching the files
 * members sent ({@link org.tawasul.channels.MemberFiles}) and counting billed parts
 * ({@link org.tawasul.channels.TextParts}). Each provider lives in a sub-package,
 * {@code org.tawasul.channels.<provider>}, with the same roles named the same way: a
 * {@code Translator} (provider event into the neutral model), a {@code Renderer} (outbound message
 * into provider calls), a {@code Sender}, {@code Errors} (provider failures into outcomes) and,
 * where the provider reports delivery, {@code DeliveryReports}. Its runtime (settings, receivers,
 * commands) is in the application, in {@code org.tawasul.channels.<provider>.spring}.
 */
package org.tawasul.channels;
