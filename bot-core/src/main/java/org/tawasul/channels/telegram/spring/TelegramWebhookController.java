package org.tawasul.channels.telegram.spring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.tawasul.config.StartupChoice;
import org.tawasul.channels.telegram.TelegramUpdate;

/**
 * {@code POST /webhooks/telegram}: checks Telegram's secret header in constant time before reading
 * anything of the body (a missing or wrong one gets 403 and nothing is read or stored), reads at most
 * {@value #MAX_BODY_BYTES} bytes (a larger body gets 413), stores the update and runs its turn, then answers
 * 200; 503 only when the update could not be stored, so Telegram delivers it again. A button
 * press is answered in the response itself (an {@code answerCallbackQuery} method), saving a call.
 */
@RestController
@Conditional(StartupChoice.MadeByRegistrar.class) // made by TelegramConfiguration when the webhook is on
class TelegramWebhookController {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    /** The largest body read: an update is a few kilobytes; a client sending more is refused before it fills memory. */
    static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(TelegramWebhookController.class);

    /** TelegramBots' types are Jackson 2; Boot's own mapper is Jackson 3 and cannot read them. */
    private static final ObjectMapper UPDATES = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final TelegramInbox inbox;
    private final TelegramMonitor monitor;
    private final byte[] secret;

    TelegramWebhookController(TelegramInbox inbox, TelegramMonitor monitor, TelegramSettings settings) {
        this.inbox = inbox;
        this.monitor = monitor;
        this.secret = settings.webhookSecret().getBytes(StandardCharsets.UTF_8);
    }

    @PostMapping("/webhooks/telegram")
    ResponseEntity<?> receive(HttpServletRequest request) throws IOException {
        String given = request.getHeader(SECRET_HEADER);
        if (given == null || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
            return problem(HttpStatus.FORBIDDEN, "The " + SECRET_HEADER + " header is missing or wrong.");
        }
        byte[] body = read(request);
        if (body == null) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, "The body is larger than " + MAX_BODY_BYTES + " bytes.");
        }
        Update update;
        try {
            update = UPDATES.readValue(body, Update.class);
        } catch (JsonProcessingException e) {
            return problem(HttpStatus.BAD_REQUEST, "The body is not a Telegram update.");
        }
        if (update == null || update.getUpdateId() == null) {
            return problem(HttpStatus.BAD_REQUEST, "The update has no update_id.");
        }
        TelegramUpdate meaning = inbox.translate(update);
        try {
            inbox.handle(update, meaning);
        } catch (RuntimeException e) {
            log.error("Could not store Telegram update {}; Telegram will deliver it again", update.getUpdateId(), e);
            return problem(HttpStatus.SERVICE_UNAVAILABLE, "The update could not be stored; try again later.");
        }
        monitor.received();
        if (meaning instanceof TelegramUpdate.Turn turn && turn.callbackQueryId() != null) {
            return ResponseEntity.ok(Map.of("method", "answerCallbackQuery", "callback_query_id", turn.callbackQueryId()));
        }
        return ResponseEntity.ok().build();
    }

    /** The body, or null when it is larger than {@link #MAX_BODY_BYTES} (by its declared length, or as read). */
    private static byte[] read(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            return null;
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            return body.length > MAX_BODY_BYTES ? null : body;
        }
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
