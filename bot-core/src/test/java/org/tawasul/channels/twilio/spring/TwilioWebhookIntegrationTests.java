package org.tawasul.channels.twilio.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tawasul.db.privacy.PiiCipher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tawasul.TawasulApplication;
import org.tawasul.db.outbox.OutboxMessage;
import org.tawasul.db.outbox.OutboxRepository;
import org.tawasul.channels.twilio.TwilioSignatures;

/**
 * The two Twilio webhooks on their own: the signature decides whether anything is stored, a request
 * Twilio repeats is stored once, status reports move a message forward only, and the keywords change
 * whether an address gets messages. The inbound webhook's public URL is configured as the one of
 * Twilio's published signature example, so that example is checked by this webhook's own code.
 */
@SpringBootTest(classes = TawasulApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:twilio-webhooks;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
        "tawasul.background=false",
        "tawasul.twilio.account-sid=AC0123456789abcdef0123456789abcdef",
        "tawasul.twilio.auth-token=" + TwilioWebhookIntegrationTests.TOKEN,
        "tawasul.twilio.from=TAWASUL",
        "tawasul.twilio.public-url=https://bot.example.org/",
        "tawasul.twilio.sms-webhook-url=https://mycompany.com/myapp.php",
        "tawasul.twilio.api-url=http://127.0.0.1:9",
        "tawasul.twilio.sms-two-way=true"})
@AutoConfigureMockMvc
class TwilioWebhookIntegrationTests {

    /** The auth token of Twilio's published example. */
    static final String TOKEN = "12345";
    static final String STATUS_URL = "https://bot.example.org/webhooks/twilio/status";
    static final String SMS_URL = "https://mycompany.com/myapp.php";
    static final String MEMBER = "+966501234567";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired PiiCipher cipher;
    @Autowired OutboxRepository outbox;
    private final TwilioSignatures signatures = new TwilioSignatures(TOKEN);

    @BeforeEach
    void empty() {
        for (String table : List.of("outbox", "inbox", "conversation", "channel_address")) {
            jdbc.update("DELETE FROM " + table);
        }
    }

    /** A form POST to the path with the query, signed (or not, with null) as given. */
    private static MockHttpServletRequestBuilder request(String path, String query, Map<String, String> form, String signature) {
        MockHttpServletRequestBuilder request = post(path + (query == null ? "" : "?" + query))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED);
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&").append(encode(name)).append('=').append(encode(value)));
        request.content(body.toString());
        if (signature != null) {
            request.header(TwilioSignatures.HEADER, signature);
        }
        return request;
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private ResultActions sms(String sid, String body) throws Exception {
        Map<String, String> form = Map.of("MessageSid", sid, "From", MEMBER, "To", "+14155550100", "Body", body);
        return mvc.perform(request("/webhooks/twilio/sms", null, form, signatures.sign(SMS_URL, form)));
    }

    private ResultActions report(long outboxId, String sid, String status, String errorCode) throws Exception {
        Map<String, String> form = new LinkedHashMap<>(Map.of("MessageSid", sid, "MessageStatus", status, "To", MEMBER));
        if (errorCode != null) {
            form.put("ErrorCode", errorCode);
        }
        String query = "outbox=" + outboxId;
        return mvc.perform(request("/webhooks/twilio/status", query, form, signatures.sign(STATUS_URL + "?" + query, form)));
    }

    private List<String> bodies() {
        return outbox.findByChannelAndRecipientOrderByIdAsc("sms", MEMBER).stream().map(OutboxMessage::getBody).toList();
    }

    private int inboxRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM inbox", Integer.class);
    }

    private long sentSms(String sid) {
        jdbc.update("INSERT INTO outbox (channel, recipient, body, status, attempts, created_at, next_attempt_at, provider_id, sent_at) "
                + "VALUES ('sms', ?, 'x', 'SENT', 1, ?, ?, ?, ?)", cipher.sealAddress(MEMBER), Instant.now(), Instant.now(), sid, Instant.now());
        return jdbc.queryForObject("SELECT MAX(id) FROM outbox", Long.class);
    }

    private String state() {
        List<String> state = jdbc.queryForList("SELECT state FROM channel_address WHERE channel = 'sms' AND address = ?",
                String.class, cipher.sealAddress(MEMBER)); // phone numbers are stored sealed
        return state.isEmpty() ? "ACTIVE" : state.get(0);
    }

    @Test
    void twiliosPublishedExampleIsAcceptedByOurWebhookAndAnyChangeIsRefused() throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("Digits", "1234");
        form.put("CallSid", "CA1234567890ABCDE");
        form.put("To", "+18005551212");
        form.put("Caller", "+14158675309");
        form.put("From", "+14158675309");
        String published = "RSOYDt4T1cUTdK1PDd93/VVr8B8=";
        // accepted: past the signature, the request is read and found not to be a message (a call's parameters)
        mvc.perform(request("/webhooks/twilio/sms", "foo=1&bar=2", form, published)).andExpect(status().isBadRequest());
        mvc.perform(request("/webhooks/twilio/sms", "foo=1&bar=3", form, published)).andExpect(status().isForbidden());
        form.put("Digits", "1235");
        mvc.perform(request("/webhooks/twilio/sms", "foo=1&bar=2", form, published)).andExpect(status().isForbidden());
        assertThat(inboxRows()).isZero();
    }

    @Test
    void aThousandForgedOrMissingSignaturesAreForbiddenAndStoreNothing() throws Exception {
        Random random = new Random(20261203);
        Map<String, String> message = Map.of("MessageSid", "SM" + "1".repeat(32), "From", MEMBER, "Body", "STOP");
        Map<String, String> report = Map.of("MessageSid", "SM" + "2".repeat(32), "MessageStatus", "delivered");
        String valid = signatures.sign(SMS_URL, message);
        for (int i = 0; i < 1000; i++) {
            String forged = switch (i % 4) {
                case 0 -> null;
                case 1 -> "";
                case 2 -> randomSignature(random);
                default -> flipOne(valid, random);
            };
            if (i % 2 == 0) {
                mvc.perform(request("/webhooks/twilio/sms", null, message, forged))
                        .andExpect(status().isForbidden())
                        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            } else {
                mvc.perform(request("/webhooks/twilio/status", "outbox=1", report, forged)).andExpect(status().isForbidden());
            }
        }
        assertThat(inboxRows()).isZero();
        assertThat(state()).isEqualTo("ACTIVE");
        sms("SM" + "1".repeat(32), "STOP").andExpect(status().isOk());
        assertThat(state()).as("the same request, rightly signed").isEqualTo("OPTED_OUT");
    }

    private static String randomSignature(Random random) {
        byte[] bytes = new byte[20];
        random.nextBytes(bytes);
        return java.util.Base64.getEncoder().encodeToString(bytes);
    }

    private static String flipOne(String signature, Random random) {
        char[] chars = signature.toCharArray();
        int at = random.nextInt(chars.length - 1); // the last is '=' padding
        chars[at] = chars[at] == 'A' ? 'B' : 'A';
        return new String(chars);
    }

    @Test
    void statusCallbacksInAnyOrderAndTwiceEndDeliveredAndAreStoredOncePerStatus() throws Exception {
        String sid = "SM" + "3".repeat(32);
        long id = sentSms(sid);
        for (String status : List.of("sent", "delivered", "queued", "sent", "delivered")) {
            report(id, sid, status, null).andExpect(status().isOk());
        }
        assertThat(jdbc.queryForObject("SELECT status FROM outbox WHERE id = ?", String.class, id)).isEqualTo("DELIVERED");
        assertThat(inboxRows()).as("sent, delivered, queued").isEqualTo(3);
        report(id, sid, "undelivered", "30003").andExpect(status().isOk());
        assertThat(jdbc.queryForObject("SELECT status FROM outbox WHERE id = ?", String.class, id))
                .as("a final status never changes").isEqualTo("DELIVERED");
    }

    @Test
    void anUndeliveredCallbackKeepsTwiliosErrorCode() throws Exception {
        String sid = "SM" + "4".repeat(32);
        long id = sentSms(sid);
        report(id, sid, "failed", "30007").andExpect(status().isOk());
        report(id, sid, "delivered", null).andExpect(status().isOk());
        assertThat(jdbc.queryForMap("SELECT status, delivery_code FROM outbox WHERE id = ?", id))
                .containsEntry("status", "UNDELIVERED").containsEntry("delivery_code", "30007");
    }

    @Test
    void stopOptsOutUntilStartAndWritingAgainDoesNotEndIt() throws Exception {
        sms("SM" + "5".repeat(32), "Stop").andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<Response/>")));
        assertThat(state()).isEqualTo("OPTED_OUT");
        sms("SM" + "6".repeat(32), "مرحبا").andExpect(status().isOk());
        assertThat(state()).as("a member writing again stays opted out").isEqualTo("OPTED_OUT");
        sms("SM" + "7".repeat(32), "START").andExpect(status().isOk());
        assertThat(state()).isEqualTo("ACTIVE");
    }

    @Test
    void theArabicWordsOptOutAndInWithOurOwnConfirmationButTheDialogsCancelDoesNot() throws Exception {
        sms("SM" + "8".repeat(32), "إلغاء").andExpect(status().isOk());
        assertThat(state()).as("إلغاء cancels a dialog, never the messages").isEqualTo("ACTIVE");
        sms("SM" + "9".repeat(32), " ايقاف ").andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<Message>أوقفنا رسائلنا إليك")));
        assertThat(state()).isEqualTo("OPTED_OUT");
        sms("SM" + "a".repeat(32), "تفعيل").andExpect(status().isOk());
        assertThat(state()).isEqualTo("ACTIVE");
        assertThat(bodies())
                .last().asString().startsWith("أعدنا تفعيل رسائلنا إليك");
    }

    @Test
    void anSmsIsStoredOnceAndDrivesTheDialogWithNumberedChoices() throws Exception {
        String sid = "SM" + "b".repeat(32);
        sms(sid, "مرحبا").andExpect(status().isOk());
        sms(sid, "مرحبا").andExpect(status().isOk());
        assertThat(inboxRows()).isEqualTo(1);
        List<String> replies = bodies();
        assertThat(replies).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT choices FROM outbox WHERE channel = 'sms'", String.class)).isNotBlank();
        sms("SM" + "c".repeat(32), "3").andExpect(status().isOk());
        assertThat(bodies())
                .as("the number picks the third choice, the complaint").hasSize(2).last().asString().isNotBlank();
    }

    @Test
    void helpIsAnsweredInTheMembersLanguage() throws Exception {
        sms("SM" + "d".repeat(32), "HELP").andExpect(status().isOk());
        assertThat(bodies())
                .singleElement().asString().contains("إيقاف");
    }
}
