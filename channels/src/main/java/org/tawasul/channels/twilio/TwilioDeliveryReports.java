package org.tawasul.channels.twilio;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tawasul.channels.DeliveryReport;

/**
 * Twilio's status callbacks, both ends: the callback URL each message carries, which names its
 * outbox row ({@code https://PUBLIC/webhooks/twilio/status?outbox=123}), and the callback's form
 * parameters read back into a {@link DeliveryReport}. Statuses: {@code queued}, {@code accepted},
 * {@code sending}, {@code sent}, {@code scheduled} (and any status Twilio adds later) are
 * {@code IN_FLIGHT}; {@code delivered} and {@code read} are {@code DELIVERED}; {@code undelivered},
 * {@code failed} and {@code canceled} are {@code UNDELIVERED}, with Twilio's {@code ErrorCode}.
 * Callbacks come late, out of order and more than once: dedupe on {@link #dedupeKey}, and never let
 * a terminal state regress (a {@code sent} arriving after {@code delivered} changes nothing).
 */
public final class TwilioDeliveryReports {

    /** The query parameter of the callback URL that carries the outbox id. */
    public static final String OUTBOX_PARAMETER = "outbox";

    private static final Set<String> DELIVERED = Set.of("delivered", "read");
    private static final Set<String> UNDELIVERED = Set.of("undelivered", "failed", "canceled");

    private TwilioDeliveryReports() {
    }

    /**
     * The status callback URL of one outbox row: {@code base} (the public URL of the status webhook,
     * as Twilio will call it) with {@code outbox=ID} added to its query. Twilio signs this URL,
     * query included, so the webhook must check the signature against it exactly.
     */
    public static URI statusCallbackUrl(URI base, long outboxId) {
        Objects.requireNonNull(base, "base");
        if (base.getFragment() != null) {
            throw new IllegalArgumentException("A status callback URL has no fragment: " + base);
        }
        String url = base.toString();
        return URI.create(url + (base.getRawQuery() == null ? "?" : "&") + OUTBOX_PARAMETER + "=" + outboxId);
    }

    /**
     * The report a status callback makes. {@code parameters} are the callback's form parameters,
     * with the URL's {@code outbox} query parameter among them when it has one.
     *
     * @throws IllegalArgumentException without a MessageSid or a status, or with an outbox id that is not a number
     */
    public static DeliveryReport read(Map<String, String> parameters) {
        String sid = messageSid(parameters);
        String status = rawStatus(parameters);
        DeliveryReport.Status mapped = status(status);
        String errorCode = mapped == DeliveryReport.Status.UNDELIVERED ? blankToNull(parameters.get("ErrorCode")) : null;
        String error = errorCode == null ? null : blankToNull(parameters.get("ErrorMessage"));
        return new DeliveryReport(TwilioAddresses.channelOf(parameters.get("To")), outboxId(parameters), sid, mapped,
                errorCode, error == null ? null : TwilioErrors.maskPhones(error));
    }

    /**
     * The key to drop repeated callbacks by: the MessageSid and Twilio's own status
     * ({@code SM...:delivered}), so that each status of each message counts once.
     */
    public static String dedupeKey(Map<String, String> parameters) {
        return messageSid(parameters) + ":" + rawStatus(parameters);
    }

    /** Our status for one of Twilio's message statuses. */
    public static DeliveryReport.Status status(String twilioStatus) {
        String status = twilioStatus.strip().toLowerCase(Locale.ROOT);
        if (DELIVERED.contains(status)) {
            return DeliveryReport.Status.DELIVERED;
        }
        return UNDELIVERED.contains(status) ? DeliveryReport.Status.UNDELIVERED : DeliveryReport.Status.IN_FLIGHT;
    }

    private static String messageSid(Map<String, String> parameters) {
        String sid = blankToNull(parameters.get("MessageSid"));
        if (sid == null) {
            sid = blankToNull(parameters.get("SmsSid")); // the older name, still sent alongside
        }
        if (sid == null) {
            throw new IllegalArgumentException("A status callback without a MessageSid");
        }
        return sid;
    }

    private static String rawStatus(Map<String, String> parameters) {
        String status = blankToNull(parameters.get("MessageStatus"));
        if (status == null) {
            status = blankToNull(parameters.get("SmsStatus"));
        }
        if (status == null) {
            throw new IllegalArgumentException("A status callback without a MessageStatus");
        }
        return status.toLowerCase(Locale.ROOT);
    }

    private static Long outboxId(Map<String, String> parameters) {
        String value = blankToNull(parameters.get(OUTBOX_PARAMETER));
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The outbox parameter is not a number: " + value, e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
