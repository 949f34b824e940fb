/**
 * The staff email channel's runtime: its settings ({@code spring.mail.*} for SMTP, {@code tawasul.mail.*}),
 * the email sender registered with the outbox dispatcher, signed reply addresses, the IMAP reader that
 * stores each mail in the inbox before anything else, and the inbox route that reads a stored mail and
 * hands a person's reply to the features ({@link org.tawasul.channels.StaffMail}).
 */
package org.tawasul.channels.email.spring;
