package org.tawasul.channels.email;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.tawasul.channels.SendOutcome;
import org.tawasul.channels.SendOutcome.AddressEffect;

/**
 * Classifies a failed SMTP send by the server's reply codes (Angus Mail's
 * {@link SMTPAddressFailedException}, {@link SMTPSenderFailedException} and
 * {@link SMTPSendFailedException}):
 * <ul>
 * <li>a recipient refused for good (5xx on {@code RCPT}: unknown mailbox, bad domain) →
 *     {@code Refused(INVALID)}; refused by policy ({@code 5.7.x}) → {@code Refused(NONE)};</li>
 * <li>other 5xx on {@code DATA} or the message itself (too large, rejected as spam) →
 *     {@code Refused(NONE)};</li>
 * <li>4xx, {@code 552} on {@code RCPT} (mailbox full, which RFC 5321 says to treat as
 *     temporary), connection and timeout failures before the message was sent → {@code Failed};</li>
 * <li>a failure of the session rather than the message (authentication refused, our sender address
 *     refused on {@code MAIL FROM}) → {@code Failed}: every message would meet it, so it is retried
 *     until the operator fixes the settings, not dropped;</li>
 * <li>a failure after the message data was sent without a reply saying it was refused (the
 *     connection dropped or timed out waiting for the final reply) → {@code Uncertain}.</li>
 * </ul>
 */
public final class EmailErrors {

    private static final Pattern ENHANCED = Pattern.compile("^\\d{3}[ -]([245])\\.(\\d{1,3})\\.(\\d{1,3})\\b");

    private EmailErrors() {
    }

    /**
     * The outcome of a failed send.
     *
     * @param failure          what the transport threw
     * @param messageDataSent  whether the whole message had been written to the server when it failed
     */
    public static SendOutcome classify(Exception failure, boolean messageDataSent) {
        List<Exception> chain = chain(failure);
        for (Exception e : chain) {
            if (e instanceof SMTPSenderFailedException sender) {
                return new SendOutcome.Failed("the server refused our sender address: "
                        + reply(sender.getReturnCode(), sender.getMessage()));
            }
            if (e instanceof SMTPSendFailedException command) {
                return commandFailed(command, messageDataSent);
            }
        }
        List<SMTPAddressFailedException> refusedRecipients = chain.stream()
                .filter(SMTPAddressFailedException.class::isInstance).map(SMTPAddressFailedException.class::cast).toList();
        if (!refusedRecipients.isEmpty()) {
            return recipientRefused(refusedRecipients.get(0));
        }
        if (failure instanceof SendFailedException sent && sent.getInvalidAddresses() != null
                && sent.getInvalidAddresses().length > 0) {
            return new SendOutcome.Refused("the server refused the recipient: " + describe(failure), AddressEffect.INVALID);
        }
        if (chain.stream().anyMatch(AuthenticationFailedException.class::isInstance)) {
            return new SendOutcome.Failed("the server refused our login: " + describe(failure));
        }
        return messageDataSent
                ? new SendOutcome.Uncertain("no final reply after the message was sent: " + describe(failure))
                : new SendOutcome.Failed(describe(failure));
    }

    private static SendOutcome commandFailed(SMTPSendFailedException e, boolean messageDataSent) {
        int code = e.getReturnCode();
        String error = (e.getCommand() == null ? "" : commandName(e.getCommand()) + ": ") + reply(code, e.getMessage());
        if (code >= 400 && code < 500) {
            return new SendOutcome.Failed(error);
        }
        if (code >= 500 && code < 600) {
            return isSessionFailure(code, e.getMessage()) ? new SendOutcome.Failed(error)
                    : new SendOutcome.Refused(error, AddressEffect.NONE);
        }
        // no reply at all (the connection closed): after the data, the server may have taken it
        return messageDataSent ? new SendOutcome.Uncertain(error) : new SendOutcome.Failed(error);
    }

    private static SendOutcome recipientRefused(SMTPAddressFailedException e) {
        int code = e.getReturnCode();
        String error = "RCPT: " + reply(code, e.getMessage());
        if (code >= 500 && code < 600 && code != 552) {
            if (isSessionFailure(code, e.getMessage())) {
                return new SendOutcome.Failed(error);
            }
            Matcher enhanced = ENHANCED.matcher(e.getMessage() == null ? "" : e.getMessage().strip());
            boolean policy = enhanced.find() && enhanced.group(2).equals("7");
            return new SendOutcome.Refused(error, policy ? AddressEffect.NONE : AddressEffect.INVALID);
        }
        return new SendOutcome.Failed(error);
    }

    /** Authentication wanted or refused (530, 534, 535, 538, or an enhanced 5.7.0/5.7.8): our settings, not the message. */
    private static boolean isSessionFailure(int code, String reply) {
        if (code == 530 || code == 534 || code == 535 || code == 538) {
            return true;
        }
        Matcher enhanced = ENHANCED.matcher(reply == null ? "" : reply.strip());
        return enhanced.find() && enhanced.group(2).equals("7")
                && (enhanced.group(3).equals("0") && reply.toLowerCase(Locale.ROOT).contains("auth")
                || enhanced.group(3).equals("8"));
    }

    private static String commandName(String command) {
        String upper = command.strip().toUpperCase(Locale.ROOT);
        if (upper.equals(".")) {
            return "end of DATA";
        }
        int colon = upper.indexOf(':');
        return colon > 0 ? upper.substring(0, colon) : upper.split(" ")[0];
    }

    private static String reply(int code, String message) {
        String text = message == null ? "" : message.strip();
        return text.isEmpty() || text.startsWith(String.valueOf(code)) ? (text.isEmpty() ? "reply " + code : text)
                : code + " " + text;
    }

    private static List<Exception> chain(Exception failure) {
        List<Exception> chain = new ArrayList<>();
        Throwable next = failure;
        while (next instanceof Exception e && chain.size() < 20 && !chain.contains(e)) {
            chain.add(e);
            next = e instanceof MessagingException m && m.getNextException() != null ? m.getNextException() : e.getCause();
        }
        return chain;
    }

    private static String describe(Exception failure) {
        StringBuilder text = new StringBuilder();
        for (Exception e : chain(failure)) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(e.getClass().getSimpleName());
            if (e.getMessage() != null && !e.getMessage().isBlank()) {
                text.append(": ").append(e.getMessage().strip());
            }
        }
        return text.toString();
    }
}
