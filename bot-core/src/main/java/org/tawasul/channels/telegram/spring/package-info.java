/**
 * The Telegram channel in the application: its settings, the sender behind the outbound SPI, the
 * long-polling receiver, the webhook endpoint and the webhook command; on only with a bot token.
 */
package org.tawasul.channels.telegram.spring;
