package org.tawasul.channels.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

class ErrorClassifierTests {

    private static TelegramApiRequestException error(String json) throws Exception {
        ApiResponse<?> response = new ObjectMapper().readValue(json, ApiResponse.class);
        return new TelegramApiRequestException("Error sending", response);
    }

    @Test
    void tooManyRequestsWaitsRetryAfter() throws Exception {
        assertThat(ErrorClassifier.classify(error("""
                {"ok": false, "error_code": 429, "description": "Too Many Requests: retry after 17", "parameters": {"retry_after": 17}}""")))
                .extracting(ErrorClassifier.Classified::kind, ErrorClassifier.Classified::retryAfterSeconds)
                .containsExactly(ErrorClassifier.Kind.RETRY_AFTER, 17);
    }

    @Test
    void aBlockedBotOrAnUnknownChatMeansTheRecipientIsGone() throws Exception {
        assertThat(ErrorClassifier.classify(error("{\"ok\": false, \"error_code\": 403, \"description\": \"Forbidden: bot was blocked by the user\"}")).kind())
                .isEqualTo(ErrorClassifier.Kind.RECIPIENT_GONE);
        assertThat(ErrorClassifier.classify(error("{\"ok\": false, \"error_code\": 400, \"description\": \"Bad Request: USER_IS_BLOCKED\"}")).kind())
                .isEqualTo(ErrorClassifier.Kind.RECIPIENT_GONE);
        assertThat(ErrorClassifier.classify(error("{\"ok\": false, \"error_code\": 400, \"description\": \"Bad Request: chat not found\"}")).kind())
                .isEqualTo(ErrorClassifier.Kind.RECIPIENT_GONE);
    }

    @Test
    void otherBadRequestsAreRefusedAndServerErrorsPass() throws Exception {
        assertThat(ErrorClassifier.classify(error("{\"ok\": false, \"error_code\": 400, \"description\": \"Bad Request: message text is empty\"}")).kind())
                .isEqualTo(ErrorClassifier.Kind.REFUSED);
        assertThat(ErrorClassifier.classify(error("{\"ok\": false, \"error_code\": 502, \"description\": \"Bad Gateway\"}")).kind())
                .isEqualTo(ErrorClassifier.Kind.TRANSIENT);
        assertThat(ErrorClassifier.classify(new TelegramApiException("Unable to execute", new IOException("timeout"))).kind())
                .isEqualTo(ErrorClassifier.Kind.TRANSIENT);
    }
}
