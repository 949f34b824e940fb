package org.tawasul.channels.twilio;

/**
 * A webhook request whose {@code X-Twilio-Signature} is missing or does not match its URL and
 * parameters: it did not come from Twilio, or the URL it was checked against is not the one
 * Twilio called. Answer it with 403 and process nothing. The message never carries the signature,
 * the token or the parameters.
 */
public final class SignatureRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SignatureRejected(String reason) {
        super(reason);
    }
}
