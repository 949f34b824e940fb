/**
 * The console channel: one member chatting with the bot in a terminal or through piped input; lines
 * into the neutral model ({@code ConsoleTranslator}) and messages into lines ({@code ConsoleRenderer}).
 * Its runtime (the {@code chat} command) is in {@code org.tawasul.channels.console.spring}.
 */
@ChannelProvider
package org.tawasul.channels.console;

import org.tawasul.channels.ChannelProvider;
