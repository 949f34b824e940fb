package org.tawasul.channels.telegram.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tawasul.channels.telegram.FakeBotApi;
import org.tawasul.TawasulApplication;
import org.tawasul.db.inbox.InboxRepository;
import org.tawasul.db.outbox.OutboxRepository;

/** The webhook endpoint: Telegram's secret header decides whether anything is stored. */
@SpringBootTest(classes = TawasulApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:telegram-webhook;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
        "tawasul.telegram.token=" + FakeBotApi.TOKEN,
        "tawasul.telegram.api-url=http://127.0.0.1:9",
        "tawasul.telegram.mode=webhook",
        "tawasul.telegram.webhook-secret=s3cret_-Value-0123456789abcdefghij"})
@AutoConfigureMockMvc
class TelegramWebhookIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired InboxRepository inbox;
    @Autowired OutboxRepository outbox;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    private static MockHttpServletRequestBuilder update(String json) {
        return post("/webhooks/telegram").contentType(MediaType.APPLICATION_JSON).content(json);
    }

    private boolean stored(int updateId) {
        return inbox.existsByChannelAndProviderId("telegram", "123456:" + updateId); // the bot id of FakeBotApi.TOKEN
    }

    @Test
    void aMissingSecretIsForbiddenAndNothingIsStored() throws Exception {
        mvc.perform(update(Updates.text(301, "مرحبا")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(stored(301)).isFalse();
    }

    @Test
    void aWrongSecretIsForbiddenAndNothingIsStored() throws Exception {
        mvc.perform(update(Updates.text(302, "مرحبا")).header(TelegramWebhookController.SECRET_HEADER, "s3cret_-Value-0123456789abcdefghik"))
                .andExpect(status().isForbidden());
        assertThat(stored(302)).isFalse();
    }

    @Test
    void theRightSecretStoresTheUpdateAndRunsItsTurnOnce() throws Exception {
        for (int delivery = 0; delivery < 2; delivery++) {
            mvc.perform(update(Updates.text(303, "مرحبا")).header(TelegramWebhookController.SECRET_HEADER, "s3cret_-Value-0123456789abcdefghij"))
                    .andExpect(status().isOk());
        }
        assertThat(stored(303)).isTrue();
        assertThat(outbox.findByChannelAndRecipientOrderByIdAsc("telegram", "555")).singleElement()
                .satisfies(row -> assertThat(row.getBody()).contains("كيف نخدمك؟"));
    }

    @Test
    void anUpdateIdAnotherBotUsedBeforeIsNotTakenForARedelivery() throws Exception {
        // update 305 of the society's previous bot (another token: ids counted from scratch), already processed and
        // stored as an earlier version keyed it, by the update id alone
        jdbc.update("INSERT INTO inbox (channel, provider_id, address, payload, received_at, processed_at, attempts) "
                + "VALUES ('telegram', '305', '777', 'x', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)");
        mvc.perform(update(Updates.text(305, "مرحبا")).header(TelegramWebhookController.SECRET_HEADER, "s3cret_-Value-0123456789abcdefghij"))
                .andExpect(status().isOk());
        assertThat(stored(305)).as("stored under this bot's id").isTrue();
        assertThat(outbox.findByChannelAndRecipientOrderByIdAsc("telegram", "555"))
                .anySatisfy(row -> assertThat(row.getBody()).contains("كيف نخدمك؟"));
        jdbc.update("DELETE FROM inbox WHERE provider_id = '305'");
    }

    @Test
    void aButtonPressIsAnsweredInTheResponse() throws Exception {
        mvc.perform(update(Updates.button(304, "complaint")).header(TelegramWebhookController.SECRET_HEADER, "s3cret_-Value-0123456789abcdefghij"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.method").value("answerCallbackQuery"))
                .andExpect(jsonPath("$.callback_query_id").value("cb-304"));
        assertThat(stored(304)).isTrue();
    }

    @Test
    void aBodyThatIsNoUpdateIsABadRequest() throws Exception {
        mvc.perform(update("{not json").header(TelegramWebhookController.SECRET_HEADER, "s3cret_-Value-0123456789abcdefghij"))
                .andExpect(status().isBadRequest());
    }

    /** An update padded with spaces to exactly {@code bytes} bytes. */
    private static String padded(String update, int bytes) {
        return update + " ".repeat(bytes - update.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    }

    @Test
    void aBodyOfOneMegabyteIsTakenAndOneByteMoreIsRefusedWith413() throws Exception {
        int limit = 1024 * 1024;
        mvc.perform(update(padded(Updates.text(306, "مرحبا"), limit))
                        .header(TelegramWebhookController.SECRET_HEADER, "s3cret_-Value-0123456789abcdefghij"))
                .andExpect(status().isOk());
        assertThat(stored(306)).as("the largest body accepted: " + limit + " bytes").isTrue();

        mvc.perform(update(padded(Updates.text(307, "مرحبا"), limit + 1))
                        .header(TelegramWebhookController.SECRET_HEADER, "s3cret_-Value-0123456789abcdefghij"))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(stored(307)).isFalse();
        // the other tests count the chat's messages
        jdbc.update("DELETE FROM outbox WHERE recipient = '555'");
        jdbc.update("DELETE FROM conversation WHERE address = '555'");
    }

    /** The secret is checked before a byte of the body is read: a body without it is never read, whatever its size. */
    @Test
    void aRequestWithoutTheSecretIsRefusedWithoutReadingItsBody() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean read = new java.util.concurrent.atomic.AtomicBoolean();
        mvc.perform(update("{}").with(request -> {
                    org.springframework.mock.web.MockHttpServletRequest unread =
                            new org.springframework.mock.web.MockHttpServletRequest(request.getServletContext(), "POST",
                                    "/webhooks/telegram") {
                                @Override
                                public jakarta.servlet.ServletInputStream getInputStream() {
                                    read.set(true);
                                    return super.getInputStream();
                                }

                                @Override
                                public java.io.BufferedReader getReader() throws java.io.UnsupportedEncodingException {
                                    read.set(true);
                                    return super.getReader();
                                }
                            };
                    unread.setContentType(MediaType.APPLICATION_JSON_VALUE);
                    unread.setContent(new byte[400 * 1024 * 1024 / 100]); // 4 MB of zeros, declared
                    return unread;
                }))
                .andExpect(status().isForbidden());
        assertThat(read).as("body read").isFalse();
    }
}
