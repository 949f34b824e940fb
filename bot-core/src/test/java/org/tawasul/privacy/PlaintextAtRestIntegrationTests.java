package org.tawasul.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
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
import org.tawasul.db.outbox.ChannelAddresses;
import org.tawasul.db.member.MemberRegistry;
import org.tawasul.turns.InboundTurn;
import org.tawasul.turns.TurnProcessor;

/**
 * P13 at rest: after a dialog suite over every bundled flow, in which members type national IDs and
 * phone numbers in every form (also inside free text), no column of any table holds one in plaintext.
 */
@SpringBootTest(classes = TawasulApplication.class, properties = {"spring.main.web-application-type=none",
        // a test types a whole dialog suite from one chat within seconds, faster than any member
        "tawasul.limits.turns-per-minute=1000"})
abstract class PlaintextAtRestIntegrationTests {

    static final ChannelId TEST = ChannelId.of("test");
    /** Huda's and Salem's IDs and numbers, and a number no member has. */
    static final List<String> SECRETS = List.of("1000000008", "2104567892", "501234567", "551234567", "590000000");

    static final String HUDA_SMS = "+966501234567";
    static final String SALEM_WHATSAPP = "whatsapp:+966551234567";
    static final String STRANGER_SMS = "+966590000000";

    @Autowired TurnProcessor turns;
    @Autowired MemberRegistry registry;
    @Autowired JdbcTemplate jdbc;
    @Autowired ChannelAddresses addresses;
    @Autowired PlatformTransactionManager transactions;
    private int sequence;

    @BeforeEach
    void members() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            for (String table : List.of("survey_rated_case", "survey_response", "case_event", "case_notification", "scheduled_turn",
                    "mail_thread", "channel_address", "case_file", "member_link", "beneficiary_choice", "member", "outbox", "inbox",
                    "conversation", "identification_failure")) {
                jdbc.update("DELETE FROM " + table);
            }
            registry.upsert(new MemberDetails("M-1", "هدى العتيبي", "1000000008", "+966501234567", "founding",
                    "agriculture", "ar", "sms", "huda@example.org"), Instant.now());
            registry.upsert(new MemberDetails("M-2", "سالم الدوسري", "2104567892", "+966551234567", "regular",
                    "fishing", "en", "telegram", null), Instant.now());
        });
    }

    /**
     * Huda's, Salem's and the stranger's chats come by SMS and WhatsApp, whose chat address is the phone number
     * itself: the scan finds it wherever an address is kept (conversation, inbox, outbox, links, cases, ...).
     */
    private static ChannelId channelOf(String address) {
        return address.startsWith("whatsapp:") ? ChannelId.WHATSAPP : address.startsWith("+") ? ChannelId.SMS : TEST;
    }

    private void say(String address, String... lines) {
        for (String line : lines) {
            Inbound input = line.startsWith("/contact ") ? Inbound.contact(line.substring(9))
                    : line.startsWith("/photo ") ? Inbound.attachment(new Attachment(Attachment.Kind.PHOTO,
                            line.substring(7), null, 0))
                    : Inbound.text(line);
            assertThat(turns.handle(channelOf(address), "e" + (++sequence), address, InboundTurn.of(input))).as(line).isTrue();
        }
    }

    /** Every bundled flow, with IDs and phones typed in ASCII, Arabic-Indic digits, +966 and 966 forms. */
    void dialogSuite() {
        say(HUDA_SMS, "مرحبا", "2", "0501234567", "1000000008", "1", "نعم", "4", "3000",
                "انقطع دخل الأسرة، اتصلوا بي على 0501234567", "/photo id", "/photo salary", "تخطي", "تأكيد", "أُقرّ بذلك");
        say("huda-2", "مرحبا", "3", "٠٥٠١٢٣٤٥٦٧", "١٠٠٠٠٠٠٠٠٨", "5", "لم يردّ أحد على رقمي +966 50 123 4567 منذ شهر",
                "تخطي", "لا", "تأكيد");
        say(SALEM_WHATSAPP, "hi", "1", "966551234567", "2104567892", "Is my ID 2104567892 on record? call 0551234567", "no");
        say(SALEM_WHATSAPP, "hi", "3", "/contact +966551234567", "5", "Nobody answered my calls on 055-123-4567", "تخطي", "no",
                "confirm");
        say(SALEM_WHATSAPP, "hi", "4", "1");
        say(HUDA_SMS, "القائمة", "نعم", "4", "0501234567", "1000000008");
        say("huda-3", "مرحبا", "1", "/contact +966501234567", "متى تنعقد الجمعية العمومية القادمة؟", "لا");
        say("huda-3", "مرحبا", "5", "5", "4", "1", "لم يتصل بي أحد على 0501234567", "نعم");
        say("huda-3", "مرحبا", "5", "2", "2", "2", "هويتي 1000000008", "لا");
        say(STRANGER_SMS, "مرحبا", "1", "0590000000", "2104567892", "2104567892", "إلغاء");
        say("guess", "مرحبا", "1", "0501234567", "1012345672", "2104567892", "إلغاء");
        say("abandoned", "مرحبا", "2", "0551234567", "2104567892", "1");
    }

    @Test
    void noTableHoldsAPlaintextNationalIdOrPhoneAfterEveryDialog() {
        dialogSuite();
        new TransactionTemplate(transactions).executeWithoutResult(status -> addresses.markUnreachable(
                ChannelId.SMS.id(), STRANGER_SMS, ChannelAddresses.State.OPTED_OUT, "STOP", Instant.now()));
        Boolean optedOut = new TransactionTemplate(transactions).execute(status -> addresses.isInactive(ChannelId.SMS.id(),
                STRANGER_SMS));
        assertThat(optedOut).as("an opted-out number is found again by equality").isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_file", Integer.class)).as("cases opened").isGreaterThanOrEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox", Integer.class)).isGreaterThan(50);
        PlaintextScan scan = new PlaintextScan(jdbc, SECRETS);
        Map<String, Integer> findings = scan.findings();
        System.out.printf("plaintext scan (%s): %d columns of %d tables scanned, %d rows with a plaintext national ID or phone: %s%n",
                getClass().getSimpleName(), scan.columns().size(),
                scan.columns().stream().map(c -> c.get("table_name")).distinct().count(),
                findings.values().stream().mapToInt(Integer::intValue).sum(), findings);
        assertThat(findings).isEmpty();
    }
}
