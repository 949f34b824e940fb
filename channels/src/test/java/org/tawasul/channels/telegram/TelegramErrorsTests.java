package org.tawasul.channels.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

class TelegramErrorsTests {

    private static TelegramApiRequestException error(String json) throws Exception {
        ApiResponse<?> response = new ObjectMapper().readValue(json, ApiResponse.class);
        return new TelegramApiRequestException("Error sending", response);
    }

    @Test
    void tooManyRequestsWaitsRetryAfter() throws Exception {
        assertThat(TelegramErrors.classify(error("""
                {"ok": false, "error_code": 429, "description": "Too Many Requests: retry after 17", "parameters": {"retry_after": 17}}""")))
                .extracting(TelegramErrors.Classified::kind, TelegramErrors.Classified::retryAfterSeconds)
                .containsExactly(TelegramErrors.Kind.RETRY_AFTER, 17);
    }

    @Test
    void aBlockedBotOrAnUnknownChatMeansTheRecipientIsGone() throws Exception {
        assertThat(TelegramErrors.classify(error("{\"ok\": false, \"error_code\": 403, \"description\": \"Forbidden: bot was blocked by the user\"}")).kind())
                .isEqualTo(TelegramErrors.Kind.RECIPIENT_GONE);
        assertThat(TelegramErrors.classify(error("{\"ok\": false, \"error_code\": 400, \"description\": \"Bad Request: USER_IS_BLOCKED\"}")).kind())
                .isEqualTo(TelegramErrors.Kind.RECIPIENT_GONE);
        assertThat(TelegramErrors.classify(error("{\"ok\": false, \"error_code\": 400, \"description\": \"Bad Request: chat not found\"}")).kind())
                .isEqualTo(TelegramErrors.Kind.RECIPIENT_GONE);
    }

    @Test
    void otherBadRequestsAreRefusedAndServerErrorsPass() throws Exception {
        assertThat(TelegramErrors.classify(error("{\"ok\": false, \"error_code\": 400, \"description\": \"Bad Request: message text is empty\"}")).kind())
                .isEqualTo(TelegramErrors.Kind.REFUSED);
        assertThat(TelegramErrors.classify(error("{\"ok\": false, \"error_code\": 502, \"description\": \"Bad Gateway\"}")).kind())
                .isEqualTo(TelegramErrors.Kind.TRANSIENT);
        assertThat(TelegramErrors.classify(new TelegramApiException("Unable to execute", new IOException("timeout"))).kind())
                .isEqualTo(TelegramErrors.Kind.TRANSIENT);
    }
}
