/** The console channel: one member chatting with the bot in a terminal or through piped input. */
package org.tawasul.channels.console;
