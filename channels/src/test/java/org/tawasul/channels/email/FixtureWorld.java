package org.tawasul.channels.email;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The people, cases and notifications the mail fixtures are about: our notification to an officer,
 * quoted by the officer's reply or answered by a program. Tokens in reply addresses are real ones
 * under {@link #KEY}, valid until {@link #EXPIRES}.
 */
final class FixtureWorld {

    /** The key the fixtures' reply tokens are signed with (32 bytes). */
    static final byte[] KEY = "tawasul-fixture-key-0123456789ab".getBytes(StandardCharsets.US_ASCII);
    static final LocalDate EXPIRES = LocalDate.of(2027, 1, 31);
    /** The day the fixtures were received. */
    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    static final String DOMAIN = "society.example";
    static final String OUR_ADDRESS = "tawasul@society.example";
    static final String TEMPLATE = "tawasul+{token}@society.example";

    private static final ReplyToken TOKENS = new ReplyToken(KEY);
    private static final ReplyAddress REPLY = new ReplyAddress(TEMPLATE);

    private FixtureWorld() {
    }

    record Staff(String officerKey, String nameEn, String nameAr, String address) { }

    record Case(String reference, long id, long outboxId, String subjectEn, String subjectAr, String summaryEn,
                String summaryAr) {

        String threadRoot() {
            return MessageIds.threadRoot(reference, DOMAIN);
        }

        String messageId() {
            return MessageIds.forOutbox(outboxId, DOMAIN);
        }

        String subject(boolean arabic) {
            return "[" + reference + "] " + (arabic ? subjectAr : subjectEn);
        }

        /** The References header of a reply to our notification. */
        String references() {
            return threadRoot() + " " + messageId();
        }
    }

    static final Staff AHMED = new Staff("o17", "Ahmed Alharbi", "أحمد الحربي", "ahmed.alharbi@society.example");
    static final Staff SARA = new Staff("o23", "Sara Alqahtani", "سارة القحطاني", "sara.alqahtani@society.example");
    static final Staff MOHAMMED = new Staff("o31", "Mohammed Alotaibi", "محمد العتيبي", "m.alotaibi@gmail.com");
    static final Staff FAHAD = new Staff("o08", "Fahad Aldosari", "فهد الدوسري", "fahad.aldosari@icloud.com");
    static final Staff KHALID = new Staff("o12", "Khalid Alshehri", "خالد الشهري", "k.alshehri@outlook.com");
    static final Staff NOURA = new Staff("o40", "Noura Alsubaie", "نورة السبيعي", "noura.alsubaie@society.example");
    static final Staff OMAR = new Staff("o05", "Omar Alzahrani", "عمر الزهراني", "omar.alzahrani@society.example");

    static final Case ALLOWANCE = new Case("CMP-2026-000123", 123, 4711,
            "New complaint: delayed allowance payment", "شكوى جديدة: تأخر صرف الإعانة الشهرية",
            "delayed monthly allowance payment", "تأخر صرف الإعانة الشهرية");
    static final Case CERTIFICATE = new Case("REQ-2026-000457", 457, 4802,
            "New service request: membership certificate", "طلب خدمة جديد: شهادة عضوية",
            "a membership certificate for a bank", "شهادة عضوية لتقديمها إلى البنك");
    static final Case DIVIDENDS = new Case("ENQ-2026-001093", 1093, 5120,
            "New enquiry: share dividends for 2025", "استفسار جديد: أرباح الأسهم لعام 2025",
            "when the 2025 share dividends are paid", "موعد صرف أرباح الأسهم لعام 2025");
    static final Case ESCALATED = new Case("CMP-2026-000988", 988, 6007,
            "Complaint escalated: no answer after 10 working days", "تصعيد شكوى: لا رد بعد 10 أيام عمل",
            "no answer to a housing loan complaint", "عدم الرد على شكوى قرض السكن");

    /** The reply address of the notification about a case to an officer. */
    static String replyAddress(Case c, Staff staff) {
        return REPLY.format(TOKENS.issue(c.id(), staff.officerKey(), EXPIRES));
    }

    /** The text of our notification about a case, as the officer's client quotes it. */
    static String notification(Case c, boolean arabic) {
        if (arabic) {
            return """
                    السلام عليكم ورحمة الله،

                    وصلت %s برقم %s.
                    الموضوع: %s.
                    المهلة: 15 يوم عمل (حتى 24 ديسمبر 2026).

                    اكتب ردك فوق هذا السطر وسيصل إلى العضو.
                    لتغيير الحالة اكتب سطرًا مثل #approved.

                    تواصل — الجمعية التعاونية""".formatted(kindAr(c), c.reference(), c.summaryAr());
        }
        return """
                Hello,

                A new %s has arrived: %s.
                Subject: %s.
                Deadline: 15 working days (until 24 December 2026).

                Write your answer above this line and it will reach the member.
                To change the status, write a line such as #approved.

                Tawasul - the cooperative society""".formatted(kindEn(c), c.reference(), c.summaryEn());
    }

    private static String kindAr(Case c) {
        return c.reference().startsWith("CMP") ? "شكوى جديدة" : c.reference().startsWith("REQ") ? "طلب خدمة جديد" : "استفسار جديد";
    }

    private static String kindEn(Case c) {
        return c.reference().startsWith("CMP") ? "complaint" : c.reference().startsWith("REQ") ? "service request" : "enquiry";
    }

    /** Each line prefixed with {@code "> "} (empty lines with {@code ">"}). */
    static String quote(String text) {
        return text.lines().map(line -> line.isEmpty() ? ">" : "> " + line).collect(Collectors.joining("\n"));
    }

    static String escape(String text) {
        return Html.escape(text);
    }

    /** Gmail's HTML for typed text: one div per line, {@code <div><br></div>} for empty ones. */
    static String gmailDivs(String text) {
        return text.lines().map(line -> line.isEmpty() ? "<div><br></div>" : "<div>" + escape(line) + "</div>")
                .collect(Collectors.joining());
    }

    /** Outlook's HTML for typed text: one MsoNormal paragraph per line. */
    static String msoParagraphs(String text, boolean rtl) {
        String dir = rtl ? " dir=\"RTL\"" : "";
        return text.lines().map(line -> "<p class=\"MsoNormal\"" + dir + ">"
                        + (line.isEmpty() ? "<o:p>&nbsp;</o:p>" : escape(line) + "<o:p></o:p>") + "</p>")
                .collect(Collectors.joining("\n"));
    }

    /** Outlook on the web's HTML for typed text. */
    static String owaDivs(String text, boolean rtl) {
        String style = rtl ? " dir=\"rtl\" style=\"font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, "
                + "Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0); text-align: right;\""
                : " style=\"font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; "
                + "font-size: 12pt; color: rgb(0, 0, 0);\"";
        return text.lines().map(line -> "<div class=\"elementToProof\"" + style + ">"
                        + (line.isEmpty() ? "<br>" : escape(line)) + "</div>")
                .collect(Collectors.joining("\n"));
    }

    /** Apple Mail's HTML for typed text. */
    static String appleDivs(String text) {
        return text.lines().map(line -> line.isEmpty() ? "<div><br></div>" : "<div>" + escape(line) + "</div>")
                .collect(Collectors.joining());
    }

    /** The quoted notification as an HTML blockquote body (lines with {@code <br>}). */
    static String htmlLines(String text) {
        return text.lines().map(line -> line.isEmpty() ? "<br>" : escape(line) + "<br>").collect(Collectors.joining("\n"));
    }

    static List<String> lines(String... lines) {
        return List.of(lines);
    }
}
