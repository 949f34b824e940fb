package org.tawasul.channels.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import javax.net.ssl.SSLHandshakeException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.junit.jupiter.api.Test;
import org.tawasul.channels.SendOutcome;
import org.tawasul.channels.SendOutcome.AddressEffect;

/** The failures the WireMock tests cannot make on demand, as the SDK wraps them, and the Retry-After header. */
class TwilioErrorsTests {

    private static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");

    /** How NetworkHttpClient reports an IOException: an ApiException without status or code. */
    private static ApiException io(IOException cause) {
        return new ApiException(cause.getMessage(), cause);
    }

    private static SendOutcome outcome(com.twilio.exception.TwilioException e) {
        return TwilioErrors.outcome(e, null, NOW);
    }

    @Test
    void aConnectionThatWasNeverMadeFails() {
        assertThat(outcome(io(new ConnectTimeoutException("Connect to api.twilio.com:443 timed out"))))
                .isInstanceOf(SendOutcome.Failed.class);
        assertThat(outcome(io(new UnknownHostException("api.twilio.com")))).isInstanceOf(SendOutcome.Failed.class);
        assertThat(outcome(io(new ConnectionRequestTimeoutException("Timeout waiting for connection from pool"))))
                .isInstanceOf(SendOutcome.Failed.class);
        assertThat(outcome(io(new SSLHandshakeException("PKIX path building failed")))).isInstanceOf(SendOutcome.Failed.class);
    }

    @Test
    void aRequestLostAfterItWentOutIsUncertain() {
        assertThat(outcome(io(new SocketTimeoutException("Read timed out")))).isInstanceOf(SendOutcome.Uncertain.class);
        assertThat(outcome(io(new NoHttpResponseException("api.twilio.com:443 failed to respond"))))
                .isInstanceOf(SendOutcome.Uncertain.class);
        assertThat(outcome(new ApiConnectionException("Message creation failed: Unable to connect to server")))
                .isInstanceOf(SendOutcome.Uncertain.class);
    }

    @Test
    void aReadTimeoutIsNotMistakenForAConnectTimeout() {
        // ConnectTimeoutException extends SocketTimeoutException: the order of the checks matters
        assertThat(outcome(io(new SocketTimeoutException("connect timed out")))).isInstanceOf(SendOutcome.Uncertain.class);
    }

    @Test
    void theErrorCodeDecidesBeforeTheStatus() {
        ApiException throttled = new ApiException("Too Many Requests", 20429, null, 503, null, null, null, null);
        assertThat(outcome(throttled)).isInstanceOf(SendOutcome.RetryAfter.class);
        ApiException optedOut = new ApiException("unsubscribed", 21610, null, 400, null, null, null, null);
        assertThat(outcome(optedOut)).isEqualTo(new SendOutcome.Refused("twilio 400/21610: unsubscribed", AddressEffect.OPTED_OUT));
    }

    @Test
    void theAnswersStatusCountsWhenTheSdkCouldNotReadTheBody() {
        ApiException unreadable = io(new com.fasterxml.jackson.core.JsonParseException(null, "Unexpected character '<'"));
        assertThat(TwilioErrors.outcome(unreadable, new TwilioErrors.Answer(429, "3"), NOW))
                .isInstanceOfSatisfying(SendOutcome.RetryAfter.class, r -> assertThat(r.delay()).hasSeconds(3));
        assertThat(TwilioErrors.outcome(unreadable, new TwilioErrors.Answer(404, null), NOW))
                .isInstanceOf(SendOutcome.Refused.class);
        assertThat(TwilioErrors.outcome(unreadable, new TwilioErrors.Answer(201, null), NOW))
                .as("created, but its SID unreadable").isInstanceOf(SendOutcome.Uncertain.class);
    }

    @Test
    void retryAfterIsSecondsOrAnHttpDateWithinBounds() {
        assertThat(TwilioErrors.retryAfter("17", NOW)).contains(Duration.ofSeconds(17));
        assertThat(TwilioErrors.retryAfter("Mon, 02 Nov 2026 09:02:00 GMT", NOW)).contains(Duration.ofMinutes(2));
        assertThat(TwilioErrors.retryAfter("0", NOW)).contains(Duration.ofSeconds(1));
        assertThat(TwilioErrors.retryAfter("Mon, 02 Nov 2026 08:00:00 GMT", NOW)).contains(Duration.ofSeconds(1));
        assertThat(TwilioErrors.retryAfter("999999999999", NOW)).contains(TwilioErrors.MAX_RETRY_AFTER);
        assertThat(TwilioErrors.retryAfter("soon", NOW)).isEmpty();
        assertThat(TwilioErrors.retryAfter(null, NOW)).isEmpty();
    }

    @Test
    void theTwilioCodeCanBeReadBackFromAnOutcomesError() {
        ApiException geo = new ApiException("Permission to send an SMS has not been enabled", 21408, null, 400, null, null,
                null, null);
        SendOutcome refused = outcome(geo);
        assertThat(refused).isEqualTo(new SendOutcome.Refused(
                "twilio 400/21408: Permission to send an SMS has not been enabled", AddressEffect.NONE));
        assertThat(TwilioErrors.errorCode(((SendOutcome.Refused) refused).error())).hasValue(21408);
        assertThat(TwilioErrors.OUR_CONFIGURATION).contains(21408, 21612);
        assertThat(TwilioErrors.errorCode("twilio 502: Server Error, no content")).isEmpty();
        assertThat(TwilioErrors.errorCode("twilio: SocketTimeoutException: Read timed out")).isEmpty();
        assertThat(TwilioErrors.errorCode(null)).isEmpty();
    }

    @Test
    void phoneNumbersInTwiliosWordsAreMasked() {
        assertThat(TwilioErrors.maskPhones("The 'To' number +966501234567 is not a valid phone number."))
                .isEqualTo("The 'To' number +966*******67 is not a valid phone number.");
        assertThat(TwilioErrors.maskPhones("Message SM0123456789abcdef0123456789abcdef failed"))
                .as("ids are not phone numbers").isEqualTo("Message SM0123456789abcdef0123456789abcdef failed");
        assertThat(TwilioErrors.maskPhones("error 21211")).isEqualTo("error 21211");
    }
}
