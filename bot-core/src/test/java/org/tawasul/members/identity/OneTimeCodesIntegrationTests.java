package org.tawasul.members.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tawasul.TawasulApplication;
import org.tawasul.channels.ChannelId;
import org.tawasul.channels.ChannelSender;
import org.tawasul.channels.OutboundMessage;
import org.tawasul.channels.Pacing;
import org.tawasul.channels.SendOutcome;
import org.tawasul.conversations.message.Language;
import org.tawasul.db.outbox.OutboxMessage;
import org.tawasul.db.outbox.OutboxRepository;
import org.tawasul.members.identity.OneTimeCodes.Checked;
import org.tawasul.members.identity.OneTimeCodes.Sent;
import org.tawasul.testing.MutableClock;

/** One-time codes by SMS: six digits, hashed at rest, for one chat, expiring, few tries, few per phone. */
@SpringBootTest(classes = TawasulApplication.class, properties = {"spring.main.web-application-type=none",
        "tawasul.background=false"})
@Import(OneTimeCodesIntegrationTests.Config.class)
abstract class OneTimeCodesIntegrationTests {

    static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-01-04T07:00:00Z"));
    static final String PHONE = "+966501234567";
    static final String CHAT = "555";

    @Autowired OneTimeCodes codes;
    @Autowired JdbcTemplate jdbc;
    @Autowired OutboxRepository outbox;
    @Autowired PlatformTransactionManager transactions;

    @TestConfiguration(proxyBeanMethods = false)
    static class Config {
        @Bean
        ChannelSender smsStandIn() {
            return new ChannelSender() {
                @Override
                public ChannelId channel() {
                    return ChannelId.SMS;
                }

                @Override
                public Pacing defaultPacing() {
                    return new Pacing(10, Duration.ZERO);
                }

                @Override
                public SendOutcome send(OutboundMessage message) {
                    return new SendOutcome.Sent("SM" + message.outboxId());
                }
            };
        }

        @Bean
        @Primary
        java.time.Clock testClock() {
            return CLOCK;
        }
    }

    @BeforeEach
    void clean() {
        CLOCK.set(Instant.parse("2026-01-04T07:00:00Z"));
        // in a transaction: the mysql profile turns the pool's auto-commit off
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.update("DELETE FROM one_time_code");
            jdbc.update("DELETE FROM outbox");
        });
    }

    /** Sends a code and reads it back from the SMS, as the member would. */
    private String sendAndRead(Language language) {
        assertThat(codes.send(PHONE, ChannelId.TELEGRAM, CHAT, language)).isEqualTo(Sent.SENT);
        List<OutboxMessage> sms = outbox.findByChannelAndRecipientOrderByIdAsc("sms", PHONE);
        return sms.get(sms.size() - 1).getBody().substring(0, 6);
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "000001" : "000000";
    }

    @Test
    void aSixDigitCodeGoesBySmsInOneSegmentAndIsKeptOnlyAsAKeyedHash() {
        String code = sendAndRead(Language.AR);
        assertThat(code).matches("[0-9]{6}");
        String body = outbox.findByChannelAndRecipientOrderByIdAsc("sms", PHONE).get(0).getBody();
        assertThat(org.tawasul.channels.twilio.SmsSegments.of(body).count()).isEqualTo(1);
        assertThat(org.tawasul.channels.twilio.SmsSegments.of(OneTimeCodes.text(code, Language.EN)).count()).isEqualTo(1);
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM one_time_code");
        assertThat(row.values().stream().map(String::valueOf)).noneMatch(value -> value.contains(code) || value.contains("501234567"));
    }

    @Test
    void theRightCodeVerifiesOnceAndOnlyTheChatThatAskedForIt() {
        String code = sendAndRead(Language.AR);
        assertThat(codes.check(PHONE, ChannelId.TELEGRAM, "666", code)).as("another chat").isEqualTo(Checked.EXPIRED);
        assertThat(codes.check(PHONE, ChannelId.TELEGRAM, CHAT, " " + code + " ")).isEqualTo(Checked.VERIFIED);
        assertThat(codes.check(PHONE, ChannelId.TELEGRAM, CHAT, code)).as("used").isEqualTo(Checked.EXPIRED);
    }

    @Test
    void arabicIndicDigitsAreTheSameCode() {
        String code = sendAndRead(Language.AR);
        StringBuilder arabic = new StringBuilder();
        code.chars().forEach(c -> arabic.append((char) ('٠' + (c - '0'))));
        assertThat(codes.check(PHONE, ChannelId.TELEGRAM, CHAT, arabic.toString())).isEqualTo(Checked.VERIFIED);
    }

    @Test
    void wrongTriesSpendTheCodeSoTheRightOneNoLongerWorks() {
        String code = sendAndRead(Language.EN);
        assertThat(codes.check(PHONE, ChannelId.TELEGRAM, CHAT, wrong(code))).isEqualTo(Checked.WRONG);
        assertThat(codes.check(PHONE, ChannelId.TELEGRAM, CHAT, "12")).isEqualTo(Checked.WRONG);
        assertThat(codes.check(PHONE, ChannelId.TELEGRAM, CHAT, wrong(code))).isEqualTo(Checked.SPENT);
        assertThat(codes.check(PHONE, ChannelId.TELEGRAM, CHAT, code)).isEqualTo(Checked.SPENT);
    }

    @Test
    void aCodeExpiresAfterItsTtl() {
        String code = sendAndRead(Language.AR);
        CLOCK.advance(Duration.ofMinutes(10).plusSeconds(1));
        assertThat(codes.check(PHONE, ChannelId.TELEGRAM, CHAT, code)).isEqualTo(Checked.EXPIRED);
    }

    @Test
    void onlyTheLatestCodeCounts() {
        String first = sendAndRead(Language.AR);
        String second = sendAndRead(Language.AR);
        if (!first.equals(second)) {
            assertThat(codes.check(PHONE, ChannelId.TELEGRAM, CHAT, first)).isEqualTo(Checked.WRONG);
        }
        assertThat(codes.check(PHONE, ChannelId.TELEGRAM, CHAT, second)).isEqualTo(Checked.VERIFIED);
    }

    @Test
    void aPhoneGetsAtMostThreeCodesAnHour() {
        for (int i = 0; i < 3; i++) {
            assertThat(codes.send(PHONE, ChannelId.TELEGRAM, CHAT, Language.AR)).isEqualTo(Sent.SENT);
            CLOCK.advance(Duration.ofMinutes(1));
        }
        assertThat(codes.send(PHONE, ChannelId.TELEGRAM, "666", Language.AR)).isEqualTo(Sent.RATE_LIMITED);
        assertThat(outbox.findByChannelAndRecipientOrderByIdAsc("sms", PHONE)).hasSize(3);
        CLOCK.advance(Duration.ofMinutes(58));
        assertThat(codes.send(PHONE, ChannelId.TELEGRAM, CHAT, Language.AR)).isEqualTo(Sent.SENT);
    }
}
