/** The console chat: one member talking to the bot in a terminal or through piped input, through the real pipeline. */
package org.tawasul.channels.console.spring;
