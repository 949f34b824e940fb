/**
 * The Telegram adapter's translation: Bot API updates into the neutral model, outbound messages
 * into {@code sendMessage} calls, and Bot API errors into retryable or permanent ones.
 */
package org.tawasul.channels.telegram;
