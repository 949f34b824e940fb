package org.tawasul.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tawasul.TawasulApplication;
import org.tawasul.channels.ChannelId;
import org.tawasul.conversations.message.Attachment;
import org.tawasul.conversations.message.Inbound;
import org.tawasul.db.member.MemberDetails;
import org.tawasul.db.member.MemberRegistry;
import org.tawasul.db.outbox.ChannelAddresses;
import org.tawasul.db.privacy.KeyRotation;
import org.tawasul.db.privacy.KeyedHash;
import org.tawasul.db.privacy.PiiCipher;
import org.tawasul.turns.InboundTurn;
import org.tawasul.turns.TurnProcessor;

/**
 * {@code rotate-keys} on a populated database: members, SMS and WhatsApp dialogs (sealed addresses),
 * cases, an opted-out number, a row of a tolerant column still plain and a phone address stored plain
 * before sealed addresses. The run is stopped by a simulated crash after a few batches, then run again: afterwards no
 * value of the old key id is left in any column of any table, every member is found by its new hashes and
 * every chat by its new sealed address, and the key check values are those of the new keys.
 */
@SpringBootTest(classes = TawasulApplication.class, properties = "spring.main.web-application-type=none")
abstract class KeyRotationIntegrationTests {

    /** The keys of the test configuration (config/application.properties): the ones being replaced. */
    static final byte[] OLD_KEY = Base64.getDecoder().decode("gn3Ll+8fyfWUyR7CZhMrguvrxQKutXZQgu4Qj0ToRyo=");
    static final byte[] NEW_KEY = new byte[32];
    static final byte[] NEW_HASH_KEY = new byte[32];
    static {
        for (int i = 0; i < 32; i++) {
            NEW_KEY[i] = (byte) (i * 7 + 3);
            NEW_HASH_KEY[i] = (byte) (i * 11 + 5);
        }
    }

    static final String HUDA_SMS = "+966501234567";
    static final String SALEM_WHATSAPP = "whatsapp:+966551234567";
    static final String LEGACY_SMS = "+966590000000";
    static final List<String> TABLES = List.of("survey_response", "case_event", "case_notification", "scheduled_turn",
            "mail_thread", "channel_address", "case_file", "member_link", "beneficiary_choice", "member", "outbox", "inbox",
            "conversation", "identification_failure", "one_time_code");

    @Autowired TurnProcessor turns;
    @Autowired MemberRegistry registry;
    @Autowired ChannelAddresses addresses;
    @Autowired PiiCipher oldCipher;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;
    private int sequence;

    @BeforeEach
    void populate() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            TABLES.forEach(table -> jdbc.update("DELETE FROM " + table));
            for (int i = 0; i < 25; i++) { // more rows than a batch in the member table
                registry.upsert(new MemberDetails("R-" + i, "عضو " + i, String.valueOf(1000000000L + i * 97L),
                        "+9665" + String.format("%08d", 10000000 + i), "regular", "fishing", "ar", "sms", null), Instant.now());
            }
            registry.upsert(new MemberDetails("M-1", "هدى العتيبي", "1000000008", HUDA_SMS, "founding",
                    "agriculture", "ar", "sms", "huda@example.org"), Instant.now());
            registry.upsert(new MemberDetails("M-2", "سالم الدوسري", "2104567892", "+966551234567", "regular",
                    "fishing", "en", "telegram", null), Instant.now());
        });
        say(HUDA_SMS, "مرحبا", "2", "0501234567", "1000000008", "1", "نعم", "4", "3000", "انقطع دخل الأسرة",
                "/photo id", "/photo salary", "تخطي", "تأكيد", "أُقرّ بذلك");
        say(SALEM_WHATSAPP, "hi", "3", "/contact +966551234567", "5", "Nobody answered my calls", "تخطي", "no", "confirm");
        say("telegram-chat", "مرحبا", "1", "متى تنعقد الجمعية العمومية القادمة؟", "لا");
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            addresses.markUnreachable(ChannelId.SMS.id(), HUDA_SMS, ChannelAddresses.State.OPTED_OUT, "STOP", Instant.now());
            // written before V14 (a tolerant column's plain row) and before sealed addresses (a phone address in plain)
            jdbc.update("INSERT INTO inbox (channel, provider_id, address, payload, received_at, processed_at, attempts) "
                    + "VALUES ('sms', 'legacy-1', ?, '{\"text\":\"legacy\"}', ?, ?, 1)", LEGACY_SMS, Timestamp.from(Instant.now()), Timestamp.from(Instant.now()));
            jdbc.update("INSERT INTO beneficiary_choice (channel, address, chosen_at) VALUES ('sms', ?, ?)", LEGACY_SMS,
                    Timestamp.from(Instant.now()));
            // a number already sealed under the new key whose Base64 begins with '+' (looks like "…:+…"): left alone
            jdbc.update("INSERT INTO beneficiary_choice (channel, address, chosen_at) VALUES ('sms', ?, ?)",
                    sealedWithAPlus(), Timestamp.from(Instant.now()));
        });
    }

    @AfterEach
    void forgetTheNewKeys() {
        // the rotated rows and check values are of keys no other test knows: the next start stores its own
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            TABLES.forEach(table -> jdbc.update("DELETE FROM " + table));
            jdbc.update("DELETE FROM privacy_key_check");
        });
    }

    /** A number sealed under the new key into a value that begins with '+' after its key id. */
    static String sealedWithAPlus() {
        PiiCipher newKey = new PiiCipher(NEW_KEY);
        for (int i = 0; ; i++) {
            String sealed = newKey.sealAddress("+96656" + String.format("%07d", i));
            if (sealed.startsWith("a1:" + newKey.currentKeyId() + ":+")) {
                return sealed;
            }
        }
    }

    private void say(String address, String... lines) {
        ChannelId channel = address.startsWith("whatsapp:") ? ChannelId.WHATSAPP : address.startsWith("+") ? ChannelId.SMS
                : ChannelId.of("test");
        for (String line : lines) {
            Inbound input = line.startsWith("/contact ") ? Inbound.contact(line.substring(9))
                    : line.startsWith("/photo ") ? Inbound.attachment(new Attachment(Attachment.Kind.PHOTO,
                            line.substring(7), null, 0))
                    : Inbound.text(line);
            assertThat(turns.handle(channel, "r" + (++sequence), address, InboundTurn.of(input))).as(line).isTrue();
        }
    }

    @Test
    void aRotationStoppedByACrashIsResumedAndLeavesNothingUnderTheOldKeys() {
        String oldId = oldCipher.currentKeyId();
        // stored by the start, and committed also where connections come with autocommit off (the mysql profile)
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM privacy_key_check WHERE name IN ('key', 'hash-key')",
                Integer.class)).as("key check values stored at start-up").isEqualTo(2);
        assertThat(valuesWith(oldId)).as("values under the old key before the rotation").isGreaterThan(100);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_file", Integer.class)).as("cases").isGreaterThanOrEqualTo(2);
        PiiCipher rotating = new PiiCipher(NEW_KEY, List.of(OLD_KEY));
        KeyedHash newHash = new KeyedHash(NEW_HASH_KEY);
        KeyRotation rotation = new KeyRotation(jdbc, transactions, rotating, newHash, 5);

        List<String> printed = new ArrayList<>();
        int[] batches = {0};
        assertThatThrownBy(() -> rotation.run((what, done, total) -> {
            printed.add(what + ": " + done + " of " + total);
            if (++batches[0] == 4) {
                throw new IllegalStateException("simulated crash after 4 batches");
            }
        })).hasMessageContaining("simulated crash");
        int left = valuesWith(oldId);
        int moved = valuesWith(rotating.currentKeyId());
        System.out.printf("key rotation (%s): crashed after 4 batches of 5 rows: %d values under the new key, %d under the old%n",
                getClass().getSimpleName(), moved, left);
        assertThat(moved).as("some rows rotated before the crash").isGreaterThanOrEqualTo(20);
        assertThat(left).as("some rows left for the resumed run").isGreaterThan(0);
        // during the rotation both keys are read: every stored value opens with the rotating cipher
        for (String payload : jdbc.queryForList("SELECT payload FROM inbox WHERE payload LIKE 'v2:%'", String.class)) {
            assertThat(rotating.decrypt(payload)).isNotBlank();
        }

        printed.clear();
        long started = System.nanoTime();
        KeyRotation.Result result = rotation.run((what, done, total) -> printed.add(what + ": " + done + " of " + total));
        System.out.printf("key rotation (%s): resumed run %s in %d ms; progress lines: %d, e.g. %s%n",
                getClass().getSimpleName(), result, (System.nanoTime() - started) / 1_000_000, printed.size(),
                printed.isEmpty() ? "-" : printed.get(printed.size() - 1));
        assertThat(printed).as("progress printed per batch").isNotEmpty();
        assertThat(valuesWith(oldId)).as("values under the old key id after the rotation").isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox WHERE payload NOT LIKE 'v2:%'", Integer.class))
                .as("plain inbox payloads left").isZero();

        PiiCipher onlyNew = new PiiCipher(NEW_KEY);
        for (Map<String, Object> member : jdbc.queryForList("SELECT id, national_id, phone FROM member")) {
            String nationalId = onlyNew.decrypt((String) member.get("national_id"));
            String phone = onlyNew.decrypt((String) member.get("phone"));
            assertThat(jdbc.queryForList("SELECT id FROM member WHERE national_id_hash = ?", Object.class,
                    newHash.ofNationalId(nationalId))).as("found by its new national ID hash").containsExactly(member.get("id"));
            assertThat(jdbc.queryForList("SELECT id FROM member WHERE phone_hash = ?", Object.class, newHash.ofPhone(phone)))
                    .as("found by its new phone hash").contains(member.get("id"));
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM member", Integer.class)).isEqualTo(27);
        for (String table : List.of("conversation", "inbox", "case_file", "member_link")) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE address = ?", Integer.class,
                    onlyNew.sealAddress(HUDA_SMS))).as(table + " found by Huda's new sealed number").isPositive();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE recipient = ?", Integer.class,
                onlyNew.sealAddress(SALEM_WHATSAPP))).as("outbox found by Salem's new sealed WhatsApp address").isPositive();
        assertThat(jdbc.queryForObject("SELECT state FROM channel_address WHERE channel = 'sms' AND address = ?", String.class,
                onlyNew.sealAddress(HUDA_SMS))).isEqualTo("OPTED_OUT");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM beneficiary_choice WHERE address = ?", Integer.class,
                onlyNew.sealAddress(LEGACY_SMS))).as("the address stored plain before sealed addresses is sealed").isOne();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM beneficiary_choice WHERE address = ?", Integer.class,
                sealedWithAPlus())).as("a value already under the new key is left as it is").isOne();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM conversation WHERE address = 'telegram-chat'", Integer.class))
                .as("a chat id that is no phone number stays as it is").isOne();
        assertThat(onlyNew.decrypt(jdbc.queryForObject("SELECT check_value FROM privacy_key_check WHERE name = 'key'",
                String.class))).as("key check value of the new key").isEqualTo("tawasul privacy key check");
        assertThat(jdbc.queryForObject("SELECT check_value FROM privacy_key_check WHERE name = 'hash-key'", String.class))
                .isEqualTo(newHash.checkValue());

        KeyRotation.Result again = rotation.run((what, done, total) -> { });
        assertThat(again.reencrypted() + again.resealed() + again.rehashed()).as("a run after the end changes nothing").isZero();
    }

    /** Values carrying a key id, encrypted ({@code v2:id:}) or sealed ({@code a1:id:}), in every column of every table. */
    private int valuesWith(String keyId) {
        PlaintextScan scan = new PlaintextScan(jdbc, List.of("v2:" + keyId + ":", "a1:" + keyId + ":"));
        return scan.rawFindings().values().stream().mapToInt(Integer::intValue).sum();
    }
}
