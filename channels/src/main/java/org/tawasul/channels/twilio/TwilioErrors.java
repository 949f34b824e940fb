package org.tawasul.channels.twilio;

import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLHandshakeException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.UnsupportedSchemeException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.tawasul.channels.SendOutcome;
import org.tawasul.channels.SendOutcome.AddressEffect;
import org.tawasul.conversations.input.PhoneNumbers;

/**
 * Twilio's answer to a message create, as a {@link SendOutcome}, in this order:
 * <ol>
 *   <li>HTTP 429 or error 20429: {@code RetryAfter}, for the {@code Retry-After} header's time or
 *       {@link #DEFAULT_RETRY_AFTER}: nothing was created, so waiting and resending is safe;</li>
 *   <li>HTTP 401 or error 20003 (the credentials were refused): {@code Failed}, retried: nothing
 *       was created, and the messages should outlive a token being rotated or mistyped;</li>
 *   <li>21610 (the recipient sent STOP): {@code Refused(OPTED_OUT)};</li>
 *   <li>the codes of {@link #INVALID_ADDRESS}: {@code Refused(INVALID)};</li>
 *   <li>any other 4xx: {@code Refused(NONE)} (the message alone; see {@link #OUR_CONFIGURATION} for
 *       those that mean our account or sender is set up wrong, and refuse every message alike);</li>
 *   <li>5xx, or any answer we could not read: {@code Uncertain}: Twilio may have created the
 *       message, so it is not sent again;</li>
 *   <li>no answer: {@code Failed} when no connection was made (refused, unknown host, connect or
 *       pool timeout, TLS handshake), since the request never left; otherwise {@code Uncertain}
 *       (a read timeout, a connection reset or closed after the request went out).</li>
 * </ol>
 * Error texts keep Twilio's words but mask the phone numbers in them.
 */
public final class TwilioErrors {

    /** The wait after a 429 without a usable {@code Retry-After}. */
    public static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);
    /** The longest wait taken from a {@code Retry-After} header. */
    public static final Duration MAX_RETRY_AFTER = Duration.ofHours(1);

    /** Too many requests (with HTTP 429). */
    public static final int TOO_MANY_REQUESTS = 20429;
    /** The account's credentials were refused (with HTTP 401). */
    public static final int AUTHENTICATION_FAILED = 20003;
    /** The recipient replied STOP (or another opt-out word) to this sender. */
    public static final int UNSUBSCRIBED_RECIPIENT = 21610;

    /**
     * Codes meaning the recipient's number itself cannot take messages: 21211 invalid 'To' number,
     * 21214 'To' number cannot be reached, 21217 number does not appear to be valid, 21265 'To' is a
     * short code, 21614 'To' is not a valid mobile number, 21635 'To' is a landline.
     */
    public static final Set<Integer> INVALID_ADDRESS = Set.of(21211, 21214, 21217, 21265, 21614, 21635);

    /**
     * Codes that sound like a bad number but mean our account or sender is set up wrong, so they are
     * refusals of the message alone, never a flag on the member: 21408 (no geographic permission for
     * the destination country), 21612 (this To/From combination cannot be sent: an unregistered
     * alphanumeric sender, a destination without connectivity), 21601/21606/21661 (the 'From' is not
     * ours or cannot send), 21401 (invalid sender), 21608 (trial account, unverified recipient),
     * 21705 (invalid Messaging Service). Each refuses every message alike: the runtime should alert
     * on them ({@link #errorCode}) rather than only count them.
     */
    public static final Set<Integer> OUR_CONFIGURATION = Set.of(21401, 21408, 21601, 21606, 21608, 21612, 21661,
            21705);

    private static final Pattern CODE_IN_ERROR = Pattern.compile("^twilio (?:[0-9]{3}/)?([0-9]{4,6})(?::|$)");
    private static final Pattern PHONE = Pattern.compile("(?<![0-9A-Za-z])\\+?[0-9]{7,15}(?![0-9A-Za-z])");

    /** The HTTP status and {@code Retry-After} header of an answer Twilio gave (null when no answer came). */
    public record Answer(int httpStatus, String retryAfter) { }

    private TwilioErrors() {
    }

    /** The outcome of a create that threw, with the answer received if one was (else null). */
    public static SendOutcome outcome(TwilioException failure, Answer answer) {
        return outcome(failure, answer, Instant.now());
    }

    static SendOutcome outcome(TwilioException failure, Answer answer, Instant now) {
        ApiException api = failure instanceof ApiException a ? a : null;
        Integer code = api == null ? null : api.getCode();
        Integer status = status(api, answer);
        String error = describe(failure, status, code);
        if (nz(code) == TOO_MANY_REQUESTS || nz(status) == 429) {
            Duration delay = answer == null ? null : retryAfter(answer.retryAfter(), now).orElse(null);
            return new SendOutcome.RetryAfter(delay == null ? DEFAULT_RETRY_AFTER : delay, error);
        }
        if (nz(code) == AUTHENTICATION_FAILED || nz(status) == 401) {
            return new SendOutcome.Failed(error);
        }
        if (nz(code) == UNSUBSCRIBED_RECIPIENT) {
            return new SendOutcome.Refused(error, AddressEffect.OPTED_OUT);
        }
        if (code != null && INVALID_ADDRESS.contains(code)) {
            return new SendOutcome.Refused(error, AddressEffect.INVALID);
        }
        if (status != null && status >= 400 && status < 500) {
            return new SendOutcome.Refused(error, AddressEffect.NONE);
        }
        if (status == null && neverConnected(failure)) {
            return new SendOutcome.Failed(error);
        }
        return new SendOutcome.Uncertain(error); // 5xx, an unreadable answer (even a 2xx), a request lost on the way
    }

    /** Twilio's error code in the error text of an outcome made here ({@code twilio 400/21408: ...}), if it has one. */
    public static OptionalInt errorCode(String error) {
        Matcher matcher = error == null ? null : CODE_IN_ERROR.matcher(error);
        return matcher != null && matcher.find() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
    }

    /**
     * The wait a {@code Retry-After} header asks for: delta-seconds or an HTTP date, at least one
     * second and at most {@link #MAX_RETRY_AFTER}; empty when absent or unreadable.
     */
    static Optional<Duration> retryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip();
        Duration wait;
        if (value.chars().allMatch(Character::isDigit)) {
            wait = value.length() > 9 ? MAX_RETRY_AFTER : Duration.ofSeconds(Long.parseLong(value));
        } else {
            try {
                wait = Duration.between(now, ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException unreadable) {
                return Optional.empty();
            }
        }
        if (wait.compareTo(Duration.ofSeconds(1)) < 0) {
            return Optional.of(Duration.ofSeconds(1));
        }
        return Optional.of(wait.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : wait);
    }

    private static Integer status(ApiException api, Answer answer) {
        if (api != null && api.getStatusCode() != null) {
            return api.getStatusCode();
        }
        if (api != null && api.getHttpStatusCode() != null) {
            return api.getHttpStatusCode();
        }
        return answer == null ? null : answer.httpStatus(); // e.g. an HTML error page the SDK could not parse
    }

    /** Whether the failure happened before any connection to Twilio was made, so nothing was sent. */
    private static boolean neverConnected(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException // incl. HttpHostConnectException: refused, unreachable
                    || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException
                    || t instanceof ConnectTimeoutException
                    || t instanceof ConnectionRequestTimeoutException // no pooled connection became free
                    || t instanceof UnsupportedSchemeException
                    || t instanceof SSLHandshakeException) { // the request is written only after the handshake
                return true;
            }
        }
        return false;
    }

    private static String describe(TwilioException failure, Integer status, Integer code) {
        StringBuilder error = new StringBuilder("twilio");
        if (status != null) {
            error.append(' ').append(status);
        }
        if (code != null) {
            error.append(status != null ? "/" : " ").append(code);
        }
        Throwable cause = failure.getCause();
        if (status == null && cause != null) {
            error.append(": ").append(cause.getClass().getSimpleName());
        }
        String message = failure.getMessage();
        if (message != null && !message.isBlank()) {
            error.append(": ").append(maskPhones(message));
        }
        return error.toString();
    }

    /** The text with each phone-like number masked ("+966*******67"). */
    static String maskPhones(String text) {
        Matcher matcher = PHONE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(PhoneNumbers.mask(matcher.group())));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static int nz(Integer value) {
        return value == null ? 0 : value;
    }
}
