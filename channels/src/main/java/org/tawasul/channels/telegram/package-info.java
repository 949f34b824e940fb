/**
 * The Telegram provider's protocol: Bot API updates into the neutral model ({@code TelegramTranslator}),
 * outbound messages into {@code sendMessage} calls ({@code TelegramRenderer}), sending
 * ({@code TelegramSender}), Bot API errors into outcomes ({@code TelegramErrors}) and the files members sent fetched
 * for the officer's mail ({@code TelegramFiles}: getFile and the download, the channel's {@code MemberFiles} role). Its runtime (settings,
 * long polling, webhook, commands) is in {@code org.tawasul.channels.telegram.spring}.
 */
@ChannelProvider(sdkPackages = "org.telegram..")
package org.tawasul.channels.telegram;

import org.tawasul.channels.ChannelProvider;
