package org.tawasul.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tawasul.channels.ChannelId;
import org.tawasul.TawasulApplication;
import org.tawasul.conversations.message.Inbound;
import org.tawasul.db.member.MemberDetails;
import org.tawasul.db.member.MemberRegistry;
import org.tawasul.db.outbox.OutboxRepository;
import org.tawasul.turns.InboundTurn;
import org.tawasul.turns.TurnProcessor;

/** The member dialogs on the whole application: registry, cases, surveys, on a real database. */
@SpringBootTest(classes = TawasulApplication.class, properties = {"spring.main.web-application-type=none",
        // a test types a whole dialog suite from one chat within seconds, faster than any member
        "tawasul.limits.turns-per-minute=1000"})
abstract class MemberDialogsIntegrationTests {

    static final ChannelId TEST = ChannelId.of("test");
    static final String CHANNEL = TEST.id();

    @Autowired TurnProcessor turns;
    @Autowired MemberRegistry registry;
    @Autowired OutboxRepository outbox;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired org.tawasul.db.privacy.PiiCipher cipher;
    private int sequence;

    @BeforeEach
    void members() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            for (String table : List.of("survey_rated_case", "survey_response", "case_event", "case_notification", "scheduled_turn", "case_file", "member_link", "beneficiary_choice", "member", "outbox",
                    "inbox", "conversation", "identification_failure")) {
                jdbc.update("DELETE FROM " + table);
            }
            registry.upsert(new MemberDetails("M-1", "هدى العتيبي", "1000000008", "+966501234567", "founding",
                    "agriculture", "ar", "sms", null), Instant.now());
            registry.upsert(new MemberDetails("M-2", "سالم الدوسري", "2104567892", "+966551234567", "regular",
                    "fishing", "en", "telegram", null), Instant.now());
        });
    }

    /** Sends each line as the member at this address and returns the bot's messages to the last one. */
    private List<String> say(String address, String... lines) {
        long before = 0;
        for (String line : lines) {
            Inbound input = line.startsWith("/contact ") ? Inbound.contact(line.substring(9))
                    : line.startsWith("/photo ") ? Inbound.attachment(new org.tawasul.conversations.message.Attachment(
                            org.tawasul.conversations.message.Attachment.Kind.PHOTO, line.substring(7), null, 0))
                    : Inbound.text(line);
            before = outbox.findByChannelAndRecipientOrderByIdAsc(CHANNEL, address).size();
            assertThat(turns.handle(TEST, "e" + (++sequence), address, InboundTurn.of(input))).as(line).isTrue();
        }
        return outbox.findByChannelAndRecipientOrderByIdAsc(CHANNEL, address).stream().skip(before)
                .map(m -> m.getBody()).toList();
    }

    @Test
    void aMemberRequestsAServiceAndTheCaseKeepsTheAttestationButNoIdentifiers() throws Exception {
        List<String> last = say("huda", "مرحبا", "2", "0501234567", "1000000008", "1", "نعم", "4", "3000",
                "انقطع دخل الأسرة بسبب مرض رب الأسرة", "/photo id", "/photo salary", "تخطي", "تأكيد", "أُقرّ بذلك");
        assertThat(last).singleElement().asString().matches(
                "استلمنا طلبك بالرقم المرجعي REQ-\\d{4}-\\d{6}، .* عبر رسالة نصية في موعد أقصاه .* هـ الموافق .* م\\.");

        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM case_file");
        assertThat(row.get("type")).isEqualTo("SERVICE_REQUEST");
        assertThat(row.get("service_id")).isEqualTo("social-support");
        assertThat(((Number) row.get("member_id")).longValue()).isEqualTo(
                registry.findByMemberNumber("M-1").orElseThrow().getId());
        assertThat(row.get("assignee_kind")).isEqualTo("COMMITTEE");
        assertThat((String) row.get("answers")).startsWith("v2:").doesNotContain("3000");
        String summary = """
                • عدد أفراد الأسرة: 4
                • الدخل الشهري: 3,000 ريال
                • سبب الطلب: انقطع دخل الأسرة بسبب مرض رب الأسرة
                • الهوية الوطنية أو الإقامة: 📎 صورة مرفقة
                • تعريف بالراتب أو ما يثبت الدخل: 📎 صورة مرفقة
                • سجل الأسرة: —""";
        assertThat(row.get("attestation_hash")).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(summary.getBytes(StandardCharsets.UTF_8))));
        assertThat(row.get("attestation_text")).isEqualTo("أُقرّ بصحة البيانات المقدَّمة وبمسؤوليتي المباشرة عنها.");
        assertThat(row.get("attested_channel")).isEqualTo(CHANNEL);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_event WHERE kind = 'OPENED'", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT verified FROM member_link WHERE address = 'huda'", Boolean.class)).isFalse();
    }

    @Test
    void aTypedNumberGetsTheSameAnswersWhetherItIsRegisteredOrNot() {
        List<List<String>> registered = List.of(say("a", "مرحبا", "1"), say("a", "0501234567"), say("a", "2104567892"),
                say("a", "2104567892"));
        List<List<String>> unknown = List.of(say("b", "مرحبا", "1"), say("b", "0590000000"), say("b", "2104567892"),
                say("b", "2104567892"));
        assertThat(registered).isEqualTo(unknown);
        assertThat(registered.get(1)).containsExactly(
                "للتحقق من العضوية، ما رقم هويتك الوطنية أو إقامتك؟ لغير أعضاء الجمعية: اختر «تخطي».");
        assertThat(registered.get(2)).singleElement().asString().startsWith("لم يتطابق رقم الهوية مع رقم الجوال");
        assertThat(registered.get(3)).first().asString().startsWith("لم تتطابق البيانات مع سجل الأعضاء");
    }

    @Test
    void aMistypedIdGetsOneRetypeAndTheRightOneIdentifiesTheMember() {
        assertThat(say("huda", "مرحبا", "1", "0501234567", "1000000018")).first().asString()
                .startsWith("يبدو أن في الرقم خطأً مطبعيًا");
        assertThat(say("huda", "2104567892")).first().asString().startsWith("لم يتطابق رقم الهوية");
        assertThat(say("huda", "1000000008")).first().isEqualTo("مرحبًا هدى.");
    }

    @Test
    void guessesAreBoundedPerChatAcrossDialogsAndRestartsAndEveryFailureIsRecorded() {
        // the first mismatch may be retyped, later ones end the try; "back" and new dialogs change nothing
        say("guess", "مرحبا", "1", "0501234567", "1012345672", "2104567892", "إلغاء");
        say("guess", "مرحبا", "1", "0501234567", "1012345672", "رجوع", "0501234567", "إلغاء");
        say("guess", "مرحبا", "1", "0501234567", "2104567892", "إلغاء");
        List<String> fifth = say("guess", "مرحبا", "1", "0501234567", "1012345672");
        assertThat(fifth).first().asString().startsWith("حفاظًا على بيانات الأعضاء أوقفنا التحقق من الهوية مؤقتًا");
        List<String> next = say("guess", "إلغاء", "مرحبا", "1", "0551234567");
        assertThat(next).first().asString().startsWith("حفاظًا على بيانات الأعضاء").as("not even the ID is asked");
        assertThat(say("guess", "إلغاء", "مرحبا", "1", "0501234567")).first().asString().startsWith("حفاظًا على بيانات الأعضاء");

        List<Map<String, Object>> failures = jdbc.queryForList("SELECT * FROM identification_failure ORDER BY id");
        assertThat(failures).hasSize(5).allSatisfy(row -> {
            assertThat(row.get("channel")).isEqualTo(CHANNEL);
            assertThat(row.get("address_masked")).isNotEqualTo("guess");
            assertThat(row.get("reason")).isEqualTo("mismatch");
            assertThat(row.toString()).doesNotContain("501234567").doesNotContain("2104567892");
        });
    }

    @Test
    void guessesAreBoundedPerNumberWhateverChatTheyComeFrom() {
        for (int chat = 1; chat <= 5; chat++) {
            say("guesser-" + chat, "مرحبا", "1", "0501234567", "2104567892");
        }
        List<String> rightId = say("huda", "مرحبا", "1", "0501234567", "1000000008");
        assertThat(rightId).first().asString().startsWith("حفاظًا على بيانات الأعضاء")
                .as("the number is locked for now, even with the right ID");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM member_link", Integer.class)).isZero();
    }

    @Test
    void aTypedIdentificationHoldsForOneDialogAndSeesOnlyWhatThisChatSubmitted() {
        say("huda-phone", "مرحبا", "3", "/contact +966501234567", "5", "لم يردّ أحد على اتصالاتي منذ شهر", "تخطي", "لا",
                "تأكيد");
        String elsewhere = jdbc.queryForObject("SELECT reference FROM case_file", String.class);
        say("typed", "مرحبا", "3", "0501234567", "1000000008", "5", "تأخر صرف المستحقات أكثر من شهرين", "تخطي", "لا",
                "تأكيد");
        String here = jdbc.queryForObject("SELECT reference FROM case_file WHERE address = 'typed'", String.class);
        assertThat(jdbc.queryForObject("SELECT member_id FROM case_file WHERE address = 'typed'", Long.class))
                .as("filed as the member").isEqualTo(registry.findByMemberNumber("M-1").orElseThrow().getId());

        assertThat(say("typed", "مرحبا", "1")).first().asString().startsWith("للتعرف عليك")
                .as("the next dialog asks again");
        List<String> status = say("typed", "القائمة", "نعم", "4", "0501234567", "1000000008");
        assertThat(String.join("\n", status)).contains("لحماية بياناتك نعرض هنا ما قُدِّم من هذه المحادثة فقط");
        assertThat(String.join(" ", lastChoices("typed"))).contains(here).doesNotContain(elsewhere);
        say("typed", "القائمة", "نعم", "4", "/contact +966501234567");
        assertThat(String.join(" ", lastChoices("typed"))).as("verified by sharing the number").contains(here, elsewhere);
    }

    @Test
    void aButtonOfAnEarlierMenuAnswersNothing() {
        say("buttons", "مرحبا");
        String oldComplaint = lastChoices("buttons").stream().filter(key -> key.startsWith("complaint~")).findFirst()
                .orElseThrow();
        say("buttons", "إلغاء", "مرحبا");
        String newComplaint = lastChoices("buttons").stream().filter(key -> key.startsWith("complaint~")).findFirst()
                .orElseThrow();
        assertThat(newComplaint).isNotEqualTo(oldComplaint);
        assertThat(sayChoice("buttons", oldComplaint)).containsExactly(
                "هذا السؤال انتهى، فلا يغيّر هذا الزر شيئًا. أجب فضلًا عن آخر سؤال.");
        assertThat(sayChoice("buttons", newComplaint)).first().asString().startsWith("للتعرف عليك");
    }

    private List<String> lastChoices(String address) {
        var messages = outbox.findByChannelAndRecipientOrderByIdAsc(CHANNEL, address);
        return org.tawasul.codec.Json.choices(messages.get(messages.size() - 1).getChoices()).stream()
                .map(org.tawasul.conversations.message.Choice::key).toList();
    }

    private List<String> sayChoice(String address, String key) {
        long before = outbox.findByChannelAndRecipientOrderByIdAsc(CHANNEL, address).size();
        assertThat(turns.handle(TEST, "e" + (++sequence), address, InboundTurn.of(Inbound.choice(key)))).isTrue();
        return outbox.findByChannelAndRecipientOrderByIdAsc(CHANNEL, address).stream().skip(before).map(m -> m.getBody())
                .toList();
    }

    @Test
    void aMemberNeverSeesAnotherMembersCase() {
        say("salem", "hi", "3", "/contact +966551234567", "5", "The staff did not answer my calls for a month", "تخطي",
                "no", "confirm");
        String reference = jdbc.queryForObject("SELECT reference FROM case_file", String.class);

        List<String> other = say("huda", "مرحبا", "4", "/contact +966501234567", reference);
        assertThat(other).containsExactly("لم نجد معاملة بالرقم المرجعي " + reference + " ضمن معاملاتك. فضلًا تأكد من الرقم "
                + "واكتبه مرة أخرى، أو أرسل «موظف» للتحدث مع أحد موظفينا.\n\nاكتب الرقم المرجعي، مثل REQ-2026-000042.");
        List<String> own = say("salem", "hi", "4", "1");
        assertThat(own).singleElement().asString().contains(reference).contains("شكوى");
    }

    @Test
    void anUnansweredEnquiryGoesToTheContactOfficerAndAnAnonymousCommentKeepsNoName() {
        List<String> enquiry = say("huda", "مرحبا", "1", "/contact +966501234567", "متى تنعقد الجمعية العمومية القادمة؟",
                "لا");
        assertThat(enquiry).last().asString().startsWith("سُجّل استفسارك بالرقم المرجعي ENQ-");
        assertThat(jdbc.queryForObject("SELECT assignee_kind FROM case_file", String.class)).isEqualTo("OFFICER");

        say("huda", "مرحبا", "5", "5", "4", "3", "أرجو تسريع الرد", "نعم");
        Map<String, Object> survey = jdbc.queryForMap("SELECT * FROM survey_response");
        assertThat(survey.get("member_id")).isNull();
        assertThat(survey.get("anonymous")).isEqualTo(Boolean.TRUE);
        assertThat((String) survey.get("ratings")).contains("\"speed\":\"5\"").contains("\"clarity\":\"3\"");
    }

    /** A complaint from a chat verified by sharing the member's number, then answered: a case to rate. */
    private String answeredComplaint(String address, String contact) {
        say(address, "مرحبا", "3", "/contact " + contact, "5", "لم يردّ أحد على اتصالاتي منذ شهر", "تخطي", "لا", "تأكيد");
        String reference = jdbc.queryForObject("SELECT reference FROM case_file WHERE address = ?", String.class, address);
        new TransactionTemplate(transactions).executeWithoutResult(status ->
                jdbc.update("UPDATE case_file SET status = 'ANSWERED' WHERE reference = ?", reference));
        return reference;
    }

    @Test
    void aCaseIsRatedOnceAndASecondTryIsToldSoPolitely() {
        String reference = answeredComplaint("salem", "+966551234567");
        List<String> rated = say("salem", "مرحبا", "5", "1", "5", "4", "5", "تخطي");
        assertThat(rated).containsExactly("شكرًا لتقييمك؛ رأيك يساعدنا على تحسين خدماتنا.");

        List<String> again = say("salem", "مرحبا", "5", "1");
        assertThat(again).first().isEqualTo("سبق تقييم المعاملة " + reference + "، فشكرًا لك؛ تُقيَّم كل معاملة مرة واحدة. "
                + "يمكنك تقييم خدمات الجمعية عمومًا أو معاملة أخرى من القائمة.");
        assertThat(String.join("\n", again)).as("back at the menu").contains("كيف نخدمك");
        // the same member from another chat (verified there too) cannot rate it again either
        assertThat(say("salem-2", "مرحبا", "5", "/contact +966551234567", "1")).contains(again.get(0));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM survey_response", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT case_reference FROM survey_rated_case", String.class)).isEqualTo(reference);
    }

    @Test
    void theSocietysServicesAreRatedInGeneralOnceAMonthPerChat() {
        answeredComplaint("salem", "+966551234567");
        // the menu's rating offers the completed case (1) and the society's services in general (2)
        assertThat(say("salem", "مرحبا", "5", "2", "4", "4", "4", "تخطي"))
                .containsExactly("شكرًا لتقييمك؛ رأيك يساعدنا على تحسين خدماتنا.");
        List<String> again = say("salem", "مرحبا", "5", "2");
        assertThat(again).first().isEqualTo("سبق أن قيّمت خدمات الجمعية عمومًا هذا الشهر، فشكرًا لك؛ يُقبل تقييم عام واحد "
                + "من كل محادثة في الشهر. يمكنك تقييم معاملة مكتملة من القائمة.");
        assertThat(String.join("\n", again)).as("back at the menu").contains("كيف نخدمك");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM survey_response", Integer.class)).isEqualTo(1);
        // what is kept: a keyed hash of the chat and the month, dated to the month's first day; never the address
        Map<String, Object> marker = jdbc.queryForMap("SELECT case_reference, rated_on FROM survey_rated_case");
        assertThat((String) marker.get("case_reference")).startsWith("G").doesNotContain("salem");
        assertThat(marker.get("rated_on").toString()).endsWith("-01");
        // the case itself can still be rated
        assertThat(say("salem", "مرحبا", "5", "1", "5", "5", "5", "تخطي"))
                .containsExactly("شكرًا لتقييمك؛ رأيك يساعدنا على تحسين خدماتنا.");
    }

    @Test
    void anAnonymousCommentIsTiedToNoChatInAnyTable() {
        String comment = "الموظف المناوب لم يحترم دوري في الانتظار 7731";
        String reference = answeredComplaint("huda", "+966501234567");
        long memberId = registry.findByMemberNumber("M-1").orElseThrow().getId();
        List<String> done = say("huda", "مرحبا", "5", "1", "2", "2", "2", comment, "نعم");
        assertThat(done).first().isEqualTo("شكرًا لتقييمك؛ رأيك يساعدنا على تحسين خدماتنا.");
        Long conversation = jdbc.queryForObject("SELECT id FROM conversation WHERE address = 'huda'", Long.class);
        List<Long> inboxIds = jdbc.queryForList("SELECT id FROM inbox WHERE address = 'huda'", Long.class);

        int rowsWithComment = 0;
        for (Map<String, Object> column : jdbc.queryForList("""
                SELECT c.TABLE_NAME AS t, c.COLUMN_NAME AS c FROM information_schema.COLUMNS c
                JOIN information_schema.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME
                WHERE LOWER(c.TABLE_SCHEMA) = LOWER(SCHEMA()) AND t.TABLE_TYPE IN ('BASE TABLE', 'TABLE')""")) {
            String table = ((String) column.get("t")).toLowerCase();
            String name = ((String) column.get("c")).toLowerCase();
            for (Map<String, Object> row : jdbc.queryForList("SELECT * FROM " + table)) {
                Object value = row.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                        .map(Map.Entry::getValue).orElse(null);
                if (value == null || !readable(value).contains(comment)) {
                    continue;
                }
                rowsWithComment++;
                String whole = String.join(" | ", row.values().stream().map(this::readable).toList());
                assertThat(whole).as(table + " row holding the comment").doesNotContain("huda").doesNotContain(reference);
                row.forEach((key, cell) -> {
                    String k = key.toLowerCase();
                    if (k.equals("member_id")) {
                        assertThat(cell).as(table + ".member_id").isNull();
                    }
                    if (k.equals("conversation_id")) {
                        assertThat(cell).as(table + ".conversation_id").isNotEqualTo(conversation);
                    }
                    if (k.equals("inbox_id")) {
                        assertThat(inboxIds).as(table + ".inbox_id").doesNotContain(cell == null ? -1L : ((Number) cell).longValue());
                    }
                });
            }
        }
        assertThat(rowsWithComment).as("the comment is kept (survey, follow-up case), only not with the chat").isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM survey_response WHERE anonymous = TRUE AND member_id IS NULL "
                + "AND case_reference IS NULL", Integer.class)).isEqualTo(1);
        assertThat(memberId).isPositive();
    }

    @Test
    void typedIdentifiersAreForgottenAsSoonAsIdentificationIsDoneWhateverItsOutcome() {
        say("typed", "مرحبا", "2", "0501234567");
        assertThat(readable(jdbc.queryForObject("SELECT answers FROM conversation WHERE address = 'typed'", String.class)))
                .as("kept while the ID question waits").contains("501234567");
        List<String> next = say("typed", "1000000008");
        assertThat(next).first().isEqualTo("مرحبًا هدى.");
        say("failed", "مرحبا", "1", "0590000000", "2104567892", "2104567892");
        // a phone-number chat (SMS), whose address is stored sealed: its inbox rows are found and redacted too
        say("+966559990001", "مرحبا", "2", "0501234567", "1000000008");
        for (String chat : List.of("typed", "failed", "+966559990001")) {
            String stored = cipher.sealAddress(chat);
            String answers = readable(jdbc.queryForObject("SELECT answers FROM conversation WHERE address = ?", String.class,
                    stored));
            assertThat(answers).as(chat + ": the dialog goes on").isNotEqualTo("{}")
                    .doesNotContain("501234567").doesNotContain("1000000008").doesNotContain("590000000")
                    .doesNotContain("2104567892");
            List<String> payloads = jdbc.queryForList("SELECT payload FROM inbox WHERE address = ?", String.class, stored);
            assertThat(payloads).as(chat + ": inbox rows").isNotEmpty();
            for (String payload : payloads) {
                assertThat(readable(payload)).as(chat + ": inbox").doesNotContain("501234567").doesNotContain("1000000008")
                        .doesNotContain("590000000").doesNotContain("2104567892");
            }
        }
        // "back" from after the identification asks for the number again, not for an ID without its number
        assertThat(say("typed", "رجوع")).first().asString().startsWith("للتعرف عليك");
    }

    private String readable(Object value) {
        String text = String.valueOf(value);
        return org.tawasul.db.privacy.PiiCipher.isEncrypted(text) ? cipher.decrypt(text) : text;
    }
}
