/**
 * The Twilio SMS channel's runtime: its settings ({@code tawasul.twilio.*}), the sender registered
 * with the outbox dispatcher, and the two webhooks Twilio calls (delivery reports and inbound SMS),
 * each checked by signature and stored in the inbox before it is answered.
 */
package org.tawasul.channels.twilio.spring;
