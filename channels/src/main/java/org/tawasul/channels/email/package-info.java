/**
 * The email protocol, plain Java over Jakarta Mail (Angus Mail) and jsoup: outbound messages into
 * MIME mail ({@link org.tawasul.channels.email.EmailRenderer}, with our own Message-IDs from
 * {@link org.tawasul.channels.email.MessageIds}) sent over SMTP
 * ({@link org.tawasul.channels.email.EmailSender}, {@link org.tawasul.channels.email.SmtpSettings},
 * failures classified by {@link org.tawasul.channels.email.EmailErrors}); received mail into plain
 * records ({@link org.tawasul.channels.email.EmailTranslator} →
 * {@link org.tawasul.channels.email.InboundMail}), with the new text cut from quotes and signatures
 * ({@link org.tawasul.channels.email.ReplyText}) and automatic mail recognised
 * ({@link org.tawasul.channels.email.AutomaticMail}); and the signed reply token
 * ({@link org.tawasul.channels.email.ReplyToken}) carried in the reply address
 * ({@link org.tawasul.channels.email.ReplyAddress}) that binds a staff reply to its case. The
 * runtime (IMAP reading, case lookup, settings) is in {@code org.tawasul.channels.email.spring}.
 */
@ChannelProvider(sdkPackages = {"jakarta.mail..", "org.eclipse.angus.."})
package org.tawasul.channels.email;

import org.tawasul.channels.ChannelProvider;
