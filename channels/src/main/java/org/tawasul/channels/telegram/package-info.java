/**
 * The Telegram provider's protocol: Bot API updates into the neutral model ({@code TelegramTranslator}),
 * outbound messages into {@code sendMessage} calls ({@code TelegramRenderer}), sending
 * ({@code TelegramSender}) and Bot API errors into outcomes ({@code TelegramErrors}). Its runtime (settings,
 * long polling, webhook, commands) is in {@code org.tawasul.channels.telegram.spring}.
 */
@ChannelProvider(sdkPackages = "org.telegram..")
package org.tawasul.channels.telegram;

import org.tawasul.channels.ChannelProvider;
