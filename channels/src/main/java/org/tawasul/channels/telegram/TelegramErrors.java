package org.tawasul.channels.telegram;

import java.util.Locale;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Classifies a failed Bot API call: 429 with {@code retry_after} is a wait; a blocked bot, a
 * deactivated user or an unknown chat means the recipient is gone; other 4xx are permanent; 5xx,
 * network errors and anything unrecognised are passing failures.
 */
public final class TelegramErrors {

    /** How a failure should be treated. */
    public enum Kind { RETRY_AFTER, TRANSIENT, REFUSED, RECIPIENT_GONE }

    /** A classified failure; {@code retryAfterSeconds} is set for {@link Kind#RETRY_AFTER}. */
    public record Classified(Kind kind, int retryAfterSeconds, String error) { }

    private TelegramErrors() {
    }

    /** The classification of a failed call. */
    public static Classified classify(TelegramApiException e) {
        if (!(e instanceof TelegramApiRequestException request) || request.getErrorCode() == null) {
            return new Classified(Kind.TRANSIENT, 0, describe(e));
        }
        int code = request.getErrorCode();
        String description = request.getApiResponse() == null ? "" : request.getApiResponse();
        String error = code + " " + description;
        if (code == 429) {
            Integer retryAfter = request.getParameters() == null ? null : request.getParameters().getRetryAfter();
            return new Classified(Kind.RETRY_AFTER, retryAfter == null ? 1 : Math.max(1, retryAfter), error);
        }
        if (code >= 500) {
            return new Classified(Kind.TRANSIENT, 0, error);
        }
        if (recipientGone(code, description.toLowerCase(Locale.ROOT))) {
            return new Classified(Kind.RECIPIENT_GONE, 0, error);
        }
        return new Classified(code >= 400 ? Kind.REFUSED : Kind.TRANSIENT, 0, error);
    }

    private static boolean recipientGone(int code, String description) {
        return code == 403 && (description.contains("blocked") || description.contains("deactivated")
                || description.contains("kicked"))
                || code == 400 && (description.contains("user_is_blocked") || description.contains("chat not found"));
    }

    private static String describe(TelegramApiException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
