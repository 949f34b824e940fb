package org.tawasul.channels.email;

import static org.tawasul.channels.email.FixtureWorld.AHMED;
import static org.tawasul.channels.email.FixtureWorld.ALLOWANCE;
import static org.tawasul.channels.email.FixtureWorld.CERTIFICATE;
import static org.tawasul.channels.email.FixtureWorld.DIVIDENDS;
import static org.tawasul.channels.email.FixtureWorld.ESCALATED;
import static org.tawasul.channels.email.FixtureWorld.FAHAD;
import static org.tawasul.channels.email.FixtureWorld.KHALID;
import static org.tawasul.channels.email.FixtureWorld.MOHAMMED;
import static org.tawasul.channels.email.FixtureWorld.NOURA;
import static org.tawasul.channels.email.FixtureWorld.OMAR;
import static org.tawasul.channels.email.FixtureWorld.SARA;
import static org.tawasul.channels.email.FixtureWorld.escape;
import static org.tawasul.channels.email.FixtureWorld.gmailDivs;
import static org.tawasul.channels.email.FixtureWorld.htmlLines;
import static org.tawasul.channels.email.FixtureWorld.notification;
import static org.tawasul.channels.email.FixtureWorld.quote;
import static org.tawasul.channels.email.FixtureWorld.replyAddress;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.tawasul.channels.email.FixtureWorld.Case;
import org.tawasul.channels.email.FixtureWorld.Staff;
import org.tawasul.channels.email.Mime.Part;

/**
 * Staff replies to our notifications as real clients write them, each with the text a person
 * typed: that text (minus the signature) is what stripping must give.
 */
final class ReplyFixtures {

    /** A reply: its name, the mail, and the new text expected after stripping. */
    record Fixture(String name, byte[] eml, String expected) { }

    static final String OUR_NAME = "تواصل - الجمعية التعاونية";
    static final String OUR = OUR_NAME + " <tawasul@society.example>";
    static final String OUR_ENCODED = Mime.b(OUR_NAME) + " <tawasul@society.example>";
    private static final Charset UTF8 = StandardCharsets.UTF_8;
    private static final String RECEIVED_AT = "Thu, 03 Dec 2026 21:42:18 +0300";

    private ReplyFixtures() {
    }

    static List<Fixture> all() {
        List<Fixture> all = new ArrayList<>();
        all.add(gmailWebEn());
        all.add(gmailWebAr());
        all.add(gmailWebArKataba());
        all.add(gmailHtmlOnlyAr());
        all.add(gmailAndroidEn());
        all.add(gmailInlineReplyEn());
        all.add(gmailWithAttachmentAr());
        all.add(gmailMobileArMarks());
        all.add(outlookDesktopEn());
        all.add(outlookDesktopAr());
        all.add(outlook2010ArCp1256());
        all.add(outlookPlainOriginalMessageEn());
        all.add(outlookDesktopSignatureImageEn());
        all.add(outlookWebEn());
        all.add(outlookWebAr());
        all.add(outlookWebHtmlOnlyAr());
        all.add(outlookAndroidEn());
        all.add(outlookIosAr());
        all.add(appleMailEn());
        all.add(appleMailEnUnquotedAttribution());
        all.add(iphoneEn());
        all.add(iphoneAr());
        all.add(iphoneArShort());
        all.add(samsungGalaxyEn());
        all.add(thunderbirdFlowedEn());
        all.add(thunderbirdFlowedAr());
        return all;
    }

    // --- Gmail ----------------------------------------------------------------------------------

    static Fixture gmailWebEn() {
        Staff s = MOHAMMED;
        Case c = ALLOWANCE;
        String typed = """
                Dear member,

                Thank you for your patience. The allowance for November was transferred today;
                it should reach your account within two working days.

                If it has not arrived by Sunday, reply to this message and we will check with the bank.

                Best regards,
                Mohammed""";
        String signature = "Mohammed Alotaibi\nMember Services Officer | Cooperative Society\n+966 11 000 0031";
        String attribution = "On Thu, Dec 3, 2026 at 10:15 AM " + OUR_NAME + " <\ntawasul@society.example> wrote:";
        String plain = typed + "\n\n-- \n" + signature + "\n\n" + attribution + "\n\n" + quote(notification(c, false)) + "\n";
        String html = "<div dir=\"ltr\">" + gmailDivs(typed) + "<br clear=\"all\"><div><br></div><span class=\"gmail_signature_prefix\">-- </span><br>"
                + "<div dir=\"ltr\" class=\"gmail_signature\" data-smartmail=\"gmail_signature\"><div dir=\"ltr\">Mohammed Alotaibi"
                + "<div>Member Services Officer | Cooperative Society</div><div>+966 11 000 0031</div></div></div></div><br>"
                + gmailQuote("On Thu, Dec 3, 2026 at 10:15 AM " + escape(OUR_NAME) + " &lt;<a href=\"mailto:tawasul@society.example\">"
                + "tawasul@society.example</a>&gt; wrote:", notification(c, false), false);
        return gmail("gmail-web-en", s, c, false, "Thu, 3 Dec 2026 21:42:05 +0300",
                Mime.multipart("alternative", "000000000000a1b2c3d4e5f60718",
                        Mime.text("plain", plain, "UTF-8", "quoted-printable"),
                        Mime.text("html", html, "UTF-8", "quoted-printable")), typed);
    }

    static Fixture gmailWebAr() {
        Staff s = MOHAMMED;
        Case c = CERTIFICATE;
        String typed = """
                السلام عليكم أخي الكريم،

                تم إصدار شهادة العضوية باسمك، ويمكنك استلامها من مقر الجمعية يوم الأحد القادم من الساعة 8 صباحًا حتى 2 ظهرًا.
                يرجى إحضار الهوية الوطنية الأصلية.

                مع التحية،
                محمد""";
        String attribution = "\u202Bفي الخميس، 3 ديسمبر 2026 في 10:15 ص تمت كتابة ما يلي بواسطة \u202A" + OUR_NAME
                + "\u202C\u200F <\u202Atawasul@society.example\u202C\u200F>:\u202C";
        String plain = typed + "\n\n" + attribution + "\n\n" + quote(notification(c, true)) + "\n";
        String html = "<div dir=\"rtl\">" + gmailDivs(typed) + "</div><br>"
                + gmailQuote(escape(attribution).replace("tawasul@society.example",
                        "<a href=\"mailto:tawasul@society.example\">tawasul@society.example</a>"), notification(c, true), true);
        return gmail("gmail-web-ar", s, c, true, "Thu, 3 Dec 2026 11:02:41 +0300",
                Mime.multipart("alternative", "0000000000004f9e3c0623c1b2a7",
                        Mime.text("plain", plain, "UTF-8", "base64"),
                        Mime.text("html", html, "UTF-8", "base64")), typed);
    }

    static Fixture gmailWebArKataba() {
        Staff s = MOHAMMED;
        Case c = DIVIDENDS;
        String typed = """
                وعليكم السلام،

                أرباح الأسهم لعام 2025 تُصرف بعد اعتماد الجمعية العمومية في اجتماعها يوم 15 يناير 2027، وتُحوَّل إلى الحساب المسجل لدينا خلال أسبوعين من الاعتماد.""";
        String attribution = "\u202Bفي الخميس، ٣ ديسمبر ٢٠٢٦ في ١٠:١٥ ص، كتب " + OUR_NAME + " <\u202A\n"
                + "tawasul@society.example\u202C\u200F>:\u202C";
        String plain = typed + "\n\n-- \nمحمد العتيبي\nمسؤول خدمة الأعضاء\n\n" + attribution + "\n\n" + quote(notification(c, true)) + "\n";
        String html = "<div dir=\"rtl\">" + gmailDivs(typed) + "<br clear=\"all\"><div><br></div><span class=\"gmail_signature_prefix\">-- </span><br>"
                + "<div dir=\"rtl\" class=\"gmail_signature\" data-smartmail=\"gmail_signature\">محمد العتيبي<div>مسؤول خدمة الأعضاء</div></div></div><br>"
                + gmailQuote(escape(attribution.replace("\n", " ")), notification(c, true), true);
        return gmail("gmail-web-ar-kataba", s, c, true, "Thu, 3 Dec 2026 12:20:09 +0300",
                Mime.multipart("alternative", "000000000000c0ffee5a1d2e3f40",
                        Mime.text("plain", plain, "UTF-8", "quoted-printable"),
                        Mime.text("html", html, "UTF-8", "quoted-printable")), typed);
    }

    static Fixture gmailHtmlOnlyAr() {
        Staff s = MOHAMMED;
        Case c = ESCALATED;
        String typed = """
                أعتذر عن التأخير.

                راجعنا ملف قرض السكن، والمعاملة الآن لدى لجنة القروض، وسيصلك الرد خلال ثلاثة أيام عمل.
                #in_progress""";
        String html = "<div dir=\"rtl\">" + gmailDivs(typed) + "<br clear=\"all\"><div><br></div><span class=\"gmail_signature_prefix\">-- </span><br>"
                + "<div dir=\"rtl\" class=\"gmail_signature\" data-smartmail=\"gmail_signature\"><div dir=\"rtl\">محمد العتيبي"
                + "<div>الجمعية التعاونية - خدمة الأعضاء</div></div></div></div><br>"
                + gmailQuote("\u202Bفي الخميس، 3 ديسمبر 2026 في 10:15 ص تمت كتابة ما يلي بواسطة \u202A" + escape(OUR_NAME)
                        + "\u202C\u200F &lt;\u202A<a href=\"mailto:tawasul@society.example\">tawasul@society.example</a>\u202C\u200F&gt;:\u202C",
                        notification(c, true), true);
        return gmail("gmail-html-only-ar", s, c, true, "Thu, 3 Dec 2026 13:45:50 +0300",
                Mime.text("html", html, "UTF-8", "base64"), typed);
    }

    static Fixture gmailAndroidEn() {
        Staff s = MOHAMMED;
        Case c = CERTIFICATE;
        String typed = "Certificate is ready, the member can collect it on Sunday.\n#approved";
        String attribution = "On Thu, 3 Dec 2026, 10:15 am " + OUR_NAME + ", <tawasul@society.example> wrote:";
        String plain = typed + "\n\n" + attribution + "\n\n" + quote(notification(c, false)) + "\n";
        String html = "<div dir=\"auto\">" + escape("Certificate is ready, the member can collect it on Sunday.")
                + "<div dir=\"auto\">#approved</div></div><br>"
                + gmailQuote(escape(attribution).replace("tawasul@society.example",
                        "<a href=\"mailto:tawasul@society.example\">tawasul@society.example</a>"), notification(c, false), false);
        return gmail("gmail-android-en", s, c, false, "Thu, 3 Dec 2026 16:03:12 +0300",
                Mime.multipart("alternative", "0000000000007e1d9b0623c2a8f1",
                        Mime.text("plain", plain, "UTF-8", "quoted-printable"),
                        Mime.text("html", html, "UTF-8", "quoted-printable")), typed);
    }

    static Fixture gmailInlineReplyEn() {
        Staff s = MOHAMMED;
        Case c = DIVIDENDS;
        String[] quoted = notification(c, false).split("\n");
        String plain = "On Thu, Dec 3, 2026 at 10:15 AM " + OUR_NAME + " <\ntawasul@society.example> wrote:\n\n"
                + quote(String.join("\n", List.of(quoted).subList(0, 4))) + "\n\n"
                + "The dividends are paid in February, after the general assembly.\n\n"
                + quote(quoted[4]) + "\n\n"
                + "We will answer the member today.\n\n"
                + quote(String.join("\n", List.of(quoted).subList(5, quoted.length))) + "\n";
        String html = "<div dir=\"ltr\"><br></div><br>" + gmailQuote("On Thu, Dec 3, 2026 at 10:15 AM " + escape(OUR_NAME)
                + " &lt;<a href=\"mailto:tawasul@society.example\">tawasul@society.example</a>&gt; wrote:",
                String.join("\n", List.of(quoted).subList(0, 4)), false)
                + "<div>The dividends are paid in February, after the general assembly.</div><div><br></div>"
                + "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
                + escape(quoted[4]) + "</blockquote><div><br></div><div>We will answer the member today.</div>";
        return gmail("gmail-inline-reply-en", s, c, false, "Thu, 3 Dec 2026 17:30:00 +0300",
                Mime.multipart("alternative", "000000000000d3adb33f0623c3e5",
                        Mime.text("plain", plain, "UTF-8", "quoted-printable"),
                        Mime.text("html", html, "UTF-8", "quoted-printable")),
                "The dividends are paid in February, after the general assembly.\n\nWe will answer the member today.");
    }

    static Fixture gmailWithAttachmentAr() {
        Staff s = MOHAMMED;
        Case c = CERTIFICATE;
        String typed = "مرفق نسخة من شهادة العضوية، يرجى إرسالها للعضو.\n#approved";
        String attribution = "\u202Bفي الخميس، 3 ديسمبر 2026 في 10:15 ص تمت كتابة ما يلي بواسطة \u202A" + OUR_NAME
                + "\u202C\u200F <\u202Atawasul@society.example\u202C\u200F>:\u202C";
        String plain = typed + "\n\n" + attribution + "\n\n" + quote(notification(c, true)) + "\n";
        String html = "<div dir=\"rtl\">" + gmailDivs(typed) + "</div><br>" + gmailQuote(escape(attribution), notification(c, true), true);
        String fileName = "شهادة_عضوية_457.pdf";
        Part pdf = Mime.file("application/pdf; name=\"" + Mime.b(fileName).replace("\r\n ", "") + "\"",
                "attachment; filename=\"" + Mime.b(fileName).replace("\r\n ", "") + "\"", FixtureFiles.pdf(),
                "Content-ID: <f_m4a7c1b20>", "X-Attachment-Id: f_m4a7c1b20");
        Part body = Mime.multipart("mixed", "000000000000f1e2d3c4b5a69788",
                Mime.multipart("alternative", "000000000000f1e2d1c4b5a69786",
                        Mime.text("plain", plain, "UTF-8", "base64"),
                        Mime.text("html", html, "UTF-8", "base64")),
                pdf);
        return gmail("gmail-with-attachment-ar", s, c, true, "Thu, 3 Dec 2026 18:11:37 +0300", body, typed);
    }

    static Fixture gmailMobileArMarks() {
        Staff s = MOHAMMED;
        Case c = ESCALATED;
        String plain = "\u202Bنعتذر للعضو عن التأخير.\u202C\n"
                + "\u202Bالطلب رقم CMP-2026-000988 قيد المراجعة النهائية لدى اللجنة.\u202C\n"
                + "\u200F\n"
                + "\u200F#in_progress\u200F\n\n"
                + "\u202Bفي الخميس، 3 ديسمبر 2026 في 10:15 ص، كتب " + OUR_NAME + " <\u202Atawasul@society.example\u202C\u200F>:\u202C\n\n"
                + quote(notification(c, true)) + "\n";
        String typed = "نعتذر للعضو عن التأخير.\nالطلب رقم CMP-2026-000988 قيد المراجعة النهائية لدى اللجنة.\n\n#in_progress";
        String html = "<div dir=\"rtl\">" + gmailDivs(typed) + "</div><br>" + gmailQuote(escape("في الخميس، 3 ديسمبر 2026 في 10:15 ص، كتب "
                + OUR), notification(c, true), true);
        return gmail("gmail-mobile-ar-marks", s, c, true, "Thu, 3 Dec 2026 19:05:44 +0300",
                Mime.multipart("alternative", "0000000000009a8b7c0623c4d1e2",
                        Mime.text("plain", plain, "UTF-8", "base64"),
                        Mime.text("html", html, "UTF-8", "base64")), typed);
    }

    private static String gmailQuote(String attributionHtml, String quoted, boolean rtl) {
        String side = rtl ? "margin:0px 0.8ex 0px 0px;border-right:1px solid rgb(204,204,204);padding-right:1ex"
                : "margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex";
        return "<div class=\"gmail_quote gmail_quote_container\"><div dir=\"" + (rtl ? "rtl" : "ltr") + "\" class=\"gmail_attr\">"
                + attributionHtml + "<br></div><blockquote class=\"gmail_quote\" style=\"" + side + "\">"
                + "<div dir=\"" + (rtl ? "rtl" : "ltr") + "\">" + htmlLines(quoted) + "</div></blockquote></div>";
    }

    private static Fixture gmail(String name, Staff s, Case c, boolean arabic, String date, Part body, String expected) {
        String to = replyAddress(c, s);
        List<String> headers = new ArrayList<>(FixtureHeaders.delivery(name, s.address(), to, "mail-ej1-f41.google.com",
                "209.85.218.41", RECEIVED_AT));
        headers.addAll(FixtureHeaders.gmail(name, (arabic ? Mime.b(s.nameAr()) : s.nameEn()) + " <" + s.address() + ">",
                Mime.b(OUR_NAME) + " <" + to + ">", "Re: " + Mime.subject(c.subject(arabic)).replace("\r\n", "\r\n\t"), date,
                c.messageId(), c.references(), "<CA" + FixtureHeaders.noise(name + "gmid", 40).replace('/', '_')
                        + "@mail.gmail.com>"));
        return new Fixture(name, Mime.message(headers, body), expected);
    }

    // --- Outlook --------------------------------------------------------------------------------

    static Fixture outlookDesktopEn() {
        Staff s = AHMED;
        Case c = ALLOWANCE;
        String typed = """
                Hello,

                We checked with finance: the November allowance was held because the member's IBAN did not match the name on the account.
                Please ask the member to update the IBAN through the member portal, and the payment will be released in the next cycle.

                #waiting_for_member""";
        String signOff = "Regards,\nAhmed Alharbi\nMember Services | Cooperative Society\nTel. +966 11 000 0017";
        String header = "From: " + OUR + "\nSent: Thursday, December 3, 2026 10:15 AM\nTo: " + s.nameEn() + " <" + s.address()
                + ">\nSubject: " + c.subject(false);
        String plain = typed + "\n\n" + signOff + "\n\n" + header + "\n\n" + notification(c, false) + "\n";
        String html = outlookHtml(typed + "\n\n" + signOff, false, "<b>From:</b> " + escape(OUR) + " <br><b>Sent:</b> Thursday, "
                + "December 3, 2026 10:15 AM<br><b>To:</b> " + escape(s.nameEn() + " <" + s.address() + ">")
                + "<br><b>Subject:</b> " + escape(c.subject(false)), notification(c, false));
        return exchange("outlook-desktop-en", s, c, false, "en-US", "Thu, 3 Dec 2026 07:42:05 +0000",
                alternative("outlook-desktop-en", plain, html, "base64"), typed + "\n\n" + signOff);
    }

    static Fixture outlookDesktopAr() {
        Staff s = AHMED;
        Case c = DIVIDENDS;
        String typed = """
                السلام عليكم،

                تُصرف الأرباح عادةً في الربع الأول من السنة بعد اعتماد القوائم المالية.
                سنبلغ العضو بالموعد الدقيق فور صدور قرار مجلس الإدارة.

                أحمد""";
        String marked = typed.lines().map(line -> "\u200F" + line).reduce((a, b) -> a + "\n" + b).orElseThrow();
        String header = "من: " + OUR + "\nتم الإرسال: الخميس، 3 ديسمبر، 2026 10:15 ص\nإلى: " + s.nameAr() + " <" + s.address()
                + ">\nنسخة: " + SARA.nameAr() + " <" + SARA.address() + ">\nالموضوع: " + c.subject(true);
        String plain = marked + "\n\n" + header + "\n\n" + notification(c, true) + "\n";
        String html = outlookHtml(typed, true, "<b>من:</b> " + escape(OUR) + " <br><b>تم الإرسال:</b> الخميس، 3 ديسمبر، 2026 10:15 ص"
                + "<br><b>إلى:</b> " + escape(s.nameAr() + " <" + s.address() + ">") + "<br><b>نسخة:</b> "
                + escape(SARA.nameAr() + " <" + SARA.address() + ">") + "<br><b>الموضوع:</b> " + escape(c.subject(true)),
                notification(c, true));
        return exchange("outlook-desktop-ar", s, c, true, "ar-SA", "Thu, 3 Dec 2026 08:05:51 +0000",
                alternative("outlook-desktop-ar", plain, html, "base64"), typed);
    }

    static Fixture outlook2010ArCp1256() {
        Staff s = SARA;
        Case c = CERTIFICATE;
        String typed = "تمت مراجعة الطلب والموافقة عليه.\nسيتم إرسال الشهادة إلى بريد العضو خلال يومين.\n#approved";
        String header = "-----الرسالة الأصلية-----\nمن: " + OUR_NAME + " [mailto:tawasul@society.example] \nأرسل: 03/ديسمبر/2026 10:15 ص\n"
                + "إلى: " + s.nameAr() + "\nالموضوع: " + c.subject(true);
        String plain = typed + "\n\n" + header + "\n\n" + notification(c, true).replace("—", "-") + "\n";
        String html = "<html dir=\"rtl\" xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta http-equiv=Content-Type "
                + "content=\"text/html; charset=windows-1256\"><meta name=Generator content=\"Microsoft Word 14 (filtered medium)\"></head>"
                + "<body lang=AR-SA link=blue vlink=purple><div class=WordSection1 dir=RTL>"
                + FixtureWorld.msoParagraphs(typed, true)
                + "<div><div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal dir=RTL>"
                + "<b>من:</b> " + escape(OUR_NAME) + " [mailto:tawasul@society.example] <br><b>أرسل:</b> 03/ديسمبر/2026 10:15 ص<br>"
                + "<b>إلى:</b> " + escape(s.nameAr()) + "<br><b>الموضوع:</b> " + escape(c.subject(true)) + "</p></div></div>"
                + FixtureWorld.msoParagraphs(notification(c, true).replace("—", "-"), true) + "</div></body></html>";
        Charset cp1256 = Charset.forName("windows-1256");
        String boundary = "----=_NextPart_000_0007_01DB4C2A.5E6F7A80";
        Part body = Mime.multipart("alternative", boundary,
                Mime.text("plain", plain, cp1256, "quoted-printable"),
                Mime.text("html", html, cp1256, "quoted-printable"));
        String to = replyAddress(c, s);
        List<String> headers = new ArrayList<>(FixtureHeaders.delivery("outlook-2010", s.address(), to,
                "mail.society.example", "10.20.0.5", RECEIVED_AT));
        headers.add("From: \"" + Mime.encodedWords(s.nameAr(), "windows-1256", cp1256, true) + "\" <" + s.address() + ">");
        headers.add("To: \"" + Mime.encodedWords(OUR_NAME, "windows-1256", cp1256, true) + "\" <" + to + ">");
        headers.add("References: " + c.references());
        headers.add("In-Reply-To: " + c.messageId());
        headers.add("Subject: " + Mime.encodedWords("رد: " + c.subject(true), "windows-1256", cp1256, true));
        headers.add("Date: Thu, 3 Dec 2026 10:48:30 +0300");
        headers.add("Message-ID: <000601db4c2a$5e6f7a80$1b4e6f80$@society.example>");
        headers.add("MIME-Version: 1.0");
        headers.add("X-Mailer: Microsoft Outlook 14.0");
        headers.add("Thread-Index: AQHbTCpeb3qAG05vgA" + FixtureHeaders.noise("o2010", 20) + "==");
        headers.add("Content-Language: ar-sa");
        return new Fixture("outlook-2010-ar-cp1256", Mime.message(headers, body), typed);
    }

    static Fixture outlookPlainOriginalMessageEn() {
        Staff s = SARA;
        Case c = ESCALATED;
        String typed = """
                I called the member this morning and explained the delay. The loan committee meets on Monday; I will update the case after the meeting.

                Sara""";
        String plain = typed + "\n\n-----Original Message-----\nFrom: " + OUR + " \nSent: Thursday, December 3, 2026 10:15 AM\nTo: "
                + s.nameEn() + " <" + s.address() + ">\nSubject: " + c.subject(false) + "\n\n" + notification(c, false) + "\n";
        String to = replyAddress(c, s).toUpperCase();
        List<String> headers = new ArrayList<>(FixtureHeaders.delivery("outlook-plain", s.address(), to,
                "mail-am6eur05on2071.outbound.protection.outlook.com", "40.107.22.71", RECEIVED_AT));
        headers.addAll(FixtureHeaders.exchange("outlook-plain", s.nameEn() + " <" + s.address() + ">",
                OUR_ENCODED.replace("tawasul@society.example", to).replace("<tawasul", "<TAWASUL"),
                "RE: " + c.subject(false), c.subject(false), "Thu, 3 Dec 2026 09:12:40 +0000", c.messageId(), c.references(), "en-US"));
        return new Fixture("outlook-plain-original-message-en",
                Mime.message(headers, Mime.text("plain", plain, "utf-8", "quoted-printable")), typed);
    }

    static Fixture outlookDesktopSignatureImageEn() {
        Staff s = AHMED;
        Case c = ESCALATED;
        String typed = "The member has been informed. Closing the escalation.\n#closed";
        String plain = typed + "\n\nKind regards,\n\n[cid:image001.png@01DB4C2A.5E6F7A80]\nAhmed Alharbi\nMember Services\n\n"
                + "From: " + OUR + "\nSent: Thursday, December 3, 2026 10:15 AM\nTo: " + s.nameEn() + " <" + s.address()
                + ">\nSubject: " + c.subject(false) + "\n\n" + notification(c, false) + "\n";
        String html = outlookHtml(typed + "\n\nKind regards,", false, "<b>From:</b> " + escape(OUR) + " <br><b>Sent:</b> Thursday, "
                + "December 3, 2026 10:15 AM<br><b>To:</b> " + escape(s.nameEn() + " <" + s.address() + ">")
                + "<br><b>Subject:</b> " + escape(c.subject(false)), notification(c, false))
                .replace("<p class=\"MsoNormal\">Kind regards,<o:p></o:p></p>", "<p class=\"MsoNormal\">Kind regards,<o:p></o:p></p>"
                        + "<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p><p class=\"MsoNormal\"><img width=\"120\" height=\"40\" "
                        + "style=\"width:1.25in;height:.4166in\" id=\"Picture_x0020_1\" src=\"cid:image001.png@01DB4C2A.5E6F7A80\">"
                        + "<o:p></o:p></p><p class=\"MsoNormal\">Ahmed Alharbi<o:p></o:p></p><p class=\"MsoNormal\">Member Services<o:p></o:p></p>");
        String id = "DB9PR04MB" + FixtureHeaders.hex("outlook-desktop-sig" + "id", 4).toUpperCase();
        Part logo = Mime.file("image/png; name=\"image001.png\"", "inline; filename=\"image001.png\"; size=" + FixtureFiles.png().length
                        + ";\r\n\tcreation-date=\"Thu, 03 Dec 2026 09:30:00 GMT\";\r\n\tmodification-date=\"Thu, 03 Dec 2026 09:30:00 GMT\"",
                FixtureFiles.png(), "Content-Description: image001.png", "Content-ID: <image001.png@01DB4C2A.5E6F7A80>");
        Part body = Mime.multipart("related", "_004_" + id + "_", List.of("type=\"multipart/alternative\""),
                alternative("outlook-desktop-sig", plain, html, "base64"), logo);
        return exchange("outlook-desktop-signature-image-en", s, c, false, "en-US", "Thu, 3 Dec 2026 09:31:12 +0000", body,
                typed + "\n\nKind regards,\n\nAhmed Alharbi\nMember Services");
    }

    static Fixture outlookWebEn() {
        Staff s = SARA;
        Case c = ALLOWANCE;
        String typed = """
                Dear member,

                Your complaint has been forwarded to the finance department. We expect the allowance to be paid by 10 December 2026.

                With regards,
                Sara Alqahtani""";
        String plain = typed + "\n\n________________________________\nFrom: " + OUR + "\nSent: Thursday, December 3, 2026 10:15\nTo: "
                + s.nameEn() + " <" + s.address() + ">\nSubject: " + c.subject(false) + "\n\n" + notification(c, false) + "\n";
        String html = owaHtml(typed, false, "<b>From:</b> " + escape(OUR) + "<br><b>Sent:</b> Thursday, December 3, 2026 10:15<br>"
                + "<b>To:</b> " + escape(s.nameEn() + " <" + s.address() + ">") + "<br><b>Subject:</b> " + escape(c.subject(false)),
                notification(c, false), "");
        return exchange("outlook-web-en", s, c, false, "en-US", "Thu, 3 Dec 2026 10:20:33 +0000",
                alternative("outlook-web-en", plain, html, "quoted-printable"), typed);
    }

    static Fixture outlookWebAr() {
        Staff s = SARA;
        Case c = ALLOWANCE;
        String typed = "أهلًا بك،\n\nصُرفت الإعانة اليوم، ونعتذر عن التأخير الذي حدث بسبب تحديث بيانات الحسابات البنكية.";
        String header = "من: " + OUR + "\nأُرسلت: الخميس، 3 ديسمبر 2026 10:15 ص\nإلى: " + s.nameAr() + " <" + s.address()
                + ">\nالموضوع: " + c.subject(true);
        String plain = typed + "\n\n________________________________\n" + header + "\n\n" + notification(c, true) + "\n";
        String html = owaHtml(typed, true, "<b>من:</b> " + escape(OUR) + "<br><b>أُرسلت:</b> الخميس، 3 ديسمبر 2026 10:15 ص<br>"
                + "<b>إلى:</b> " + escape(s.nameAr() + " <" + s.address() + ">") + "<br><b>الموضوع:</b> " + escape(c.subject(true)),
                notification(c, true), "");
        return exchange("outlook-web-ar", s, c, true, "ar-SA", "Thu, 3 Dec 2026 11:01:09 +0000",
                alternative("outlook-web-ar", plain, html, "base64"), typed);
    }

    static Fixture outlookWebHtmlOnlyAr() {
        Staff s = SARA;
        Case c = ESCALATED;
        String typed = "تم التواصل مع العضو هاتفيًا.\nسيُعرض الطلب على لجنة القروض يوم الاثنين القادم.";
        String signature = "<div id=\"Signature\" class=\"elementToProof\"><div dir=\"rtl\" style=\"font-family: Calibri; font-size: 11pt;\">"
                + "<br>سارة القحطاني | خدمة الأعضاء<br>الجمعية التعاونية</div></div>";
        String html = owaHtml(typed, true, "<b>من:</b> " + escape(OUR) + "<br><b>تم الإرسال:</b> الخميس، 3 ديسمبر 2026 10:15 ص<br>"
                + "<b>إلى:</b> " + escape(s.nameAr() + " <" + s.address() + ">") + "<br><b>الموضوع:</b> " + escape(c.subject(true)),
                notification(c, true), signature);
        return exchange("outlook-web-html-only-ar", s, c, true, "ar-SA", "Thu, 3 Dec 2026 12:44:27 +0000",
                Mime.text("html", html, "utf-8", "base64"), typed);
    }

    static Fixture outlookAndroidEn() {
        Staff s = KHALID;
        Case c = CERTIFICATE;
        String typed = "Approved. Please issue the certificate in English as the bank asked.\n#approved";
        String plain = typed + "\n\nGet Outlook for Android<https://aka.ms/AAb9ysg>\n________________________________\nFrom: " + OUR
                + "\nSent: Thursday, December 3, 2026 10:15:02 AM\nTo: " + s.nameEn() + " <" + s.address() + ">\nSubject: "
                + c.subject(false) + "\n\n" + notification(c, false) + "\n";
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
                + "<div dir=\"auto\">Approved. Please issue the certificate in English as the bank asked.</div><div dir=\"auto\">#approved</div>"
                + "<div dir=\"auto\"><br></div><div id=\"ms-outlook-mobile-signature\" dir=\"auto\">Get <a href=\"https://aka.ms/AAb9ysg\">"
                + "Outlook for Android</a></div><div id=\"mail-editor-reference-message-container\" dir=\"auto\"><br><hr style=\"display:"
                + "inline-block;width:98%\" tabindex=\"-1\"><div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" "
                + "style=\"font-size:11pt\" color=\"#000000\"><b>From:</b> " + escape(OUR) + "<br><b>Sent:</b> Thursday, December 3, 2026 "
                + "10:15:02 AM<br><b>To:</b> " + escape(s.nameEn() + " <" + s.address() + ">") + "<br><b>Subject:</b> "
                + escape(c.subject(false)) + "</font><div>&nbsp;</div></div><div>" + htmlLines(notification(c, false))
                + "</div></div></body></html>";
        return outlookCom("outlook-android-en", s, c, false, "Thu, 3 Dec 2026 14:16:55 +0000",
                alternative("outlook-android-en", plain, html, "quoted-printable"), typed);
    }

    static Fixture outlookIosAr() {
        Staff s = KHALID;
        Case c = DIVIDENDS;
        String typed = "سيتم الرد على العضو بعد اجتماع المجلس.\nشكرًا";
        String plain = typed + "\n\nGet Outlook for iOS<https://aka.ms/o0ukef>\n________________________________\nمن: " + OUR
                + "\nتم الإرسال: Thursday, December 3, 2026 10:15:02 AM\nإلى: " + s.nameEn() + " <" + s.address()
                + ">\nالموضوع: " + c.subject(true) + "\n\n" + notification(c, true) + "\n";
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body dir=\"auto\">"
                + "<div dir=\"rtl\">سيتم الرد على العضو بعد اجتماع المجلس.</div><div dir=\"rtl\">شكرًا</div><div dir=\"auto\"><br></div>"
                + "<div class=\"ms-outlook-ios-signature\" id=\"ms-outlook-mobile-signature\">Get <a href=\"https://aka.ms/o0ukef\">Outlook "
                + "for iOS</a></div><div id=\"mail-editor-reference-message-container\"><hr style=\"display:inline-block;width:98%\" "
                + "tabindex=\"-1\"><div id=\"divRplyFwdMsg\" dir=\"rtl\"><b>من:</b> " + escape(OUR) + "<br><b>تم الإرسال:</b> Thursday, "
                + "December 3, 2026 10:15:02 AM<br><b>إلى:</b> " + escape(s.nameEn() + " <" + s.address() + ">") + "<br><b>الموضوع:</b> "
                + escape(c.subject(true)) + "</div><div dir=\"rtl\">" + htmlLines(notification(c, true)) + "</div></div></body></html>";
        return outlookCom("outlook-ios-ar", s, c, true, "Thu, 3 Dec 2026 15:02:18 +0000",
                alternative("outlook-ios-ar", plain, html, "base64"), typed);
    }

    private static String outlookHtml(String typed, boolean rtl, String headerHtml, String quoted) {
        String dir = rtl ? " dir=\"RTL\"" : "";
        return "<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
                + "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
                + "xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
                + "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n<style><!--\n/* Font Definitions */\n"
                + "@font-face\n\t{font-family:\"Cambria Math\";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
                + "\t{margin:0in;\n\tfont-size:11.0pt;\n\tfont-family:\"Calibri\",sans-serif;}\n--></style><!--[if gte mso 9]><xml>\n"
                + "<o:shapedefaults v:ext=\"edit\" spidmax=\"1026\" />\n</xml><![endif]-->\n</head>\n<body lang=\"" + (rtl ? "AR-SA" : "EN-US")
                + "\" link=\"#0563C1\" vlink=\"#954F72\" style=\"word-wrap:break-word\">\n<div class=\"WordSection1\"" + dir + ">\n"
                + FixtureWorld.msoParagraphs(typed, rtl) + "\n<p class=\"MsoNormal\"" + dir + "><o:p>&nbsp;</o:p></p>\n"
                + "<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in\">\n<p class=\"MsoNormal\"" + dir + ">"
                + headerHtml + "<o:p></o:p></p>\n</div>\n<p class=\"MsoNormal\"" + dir + "><o:p>&nbsp;</o:p></p>\n"
                + FixtureWorld.msoParagraphs(quoted, rtl) + "\n</div>\n</body>\n</html>\n";
    }

    private static String owaHtml(String typed, boolean rtl, String headerHtml, String quoted, String signature) {
        return "<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n<style type=\"text/css\" "
                + "style=\"display:none;\"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir=\"" + (rtl ? "rtl" : "ltr") + "\">\n"
                + FixtureWorld.owaDivs(typed, rtl) + "\n" + signature + "\n<div id=\"appendonsend\"></div>\n"
                + "<hr style=\"display:inline-block;width:98%\" tabindex=\"-1\">\n<div id=\"divRplyFwdMsg\" dir=\"" + (rtl ? "rtl" : "ltr")
                + "\"><font face=\"Calibri, sans-serif\" style=\"font-size:11pt\" color=\"#000000\">" + headerHtml
                + "</font>\n<div>&nbsp;</div>\n</div>\n<div class=\"BodyFragment\"><font size=\"2\"><span style=\"font-size:11pt;\">\n"
                + "<div class=\"PlainText\"" + (rtl ? " dir=\"rtl\"" : "") + ">" + htmlLines(quoted) + "</div>\n</span></font></div>\n</body>\n</html>\n";
    }

    private static Part alternative(String seed, String plain, String html, String encoding) {
        String boundary = "_000_DB9PR04MB" + FixtureHeaders.hex(seed + "b", 36).toUpperCase() + "_";
        return Mime.multipart("alternative", boundary, Mime.text("plain", plain, UTF8, encoding), Mime.text("html", html, UTF8, encoding));
    }

    private static Fixture exchange(String name, Staff s, Case c, boolean arabic, String language, String date, Part body,
                                    String expected) {
        String to = replyAddress(c, s);
        List<String> headers = new ArrayList<>(FixtureHeaders.delivery(name, s.address(), to,
                "mail-db8eur05on2059.outbound.protection.outlook.com", "40.107.20.59", RECEIVED_AT));
        String subject = (arabic ? "رد: " : "RE: ") + c.subject(arabic);
        headers.addAll(FixtureHeaders.exchange(name, (arabic ? Mime.bLower(s.nameAr()) : s.nameEn()) + " <" + s.address() + ">",
                Mime.bLower(OUR_NAME) + " <" + to + ">", Mime.subjectLower(subject).replace("\r\n", "\r\n\t"),
                Mime.subjectLower(c.subject(arabic)).replace("\r\n", "\r\n\t"), date, c.messageId(), c.references(), language));
        return new Fixture(name, Mime.message(headers, body), expected);
    }

    private static Fixture outlookCom(String name, Staff s, Case c, boolean arabic, String date, Part body, String expected) {
        String to = replyAddress(c, s);
        List<String> headers = new ArrayList<>(FixtureHeaders.delivery(name, s.address(), to,
                "EUR05-AM6-obe.outbound.protection.outlook.com", "52.100.174.211", RECEIVED_AT));
        List<String> exchange = new ArrayList<>(FixtureHeaders.exchange(name, s.nameEn() + " <" + s.address() + ">",
                Mime.bLower(OUR_NAME) + " <" + to + ">", Mime.subjectLower((arabic ? "رد: " : "RE: ") + c.subject(arabic)).replace("\r\n", "\r\n\t"),
                Mime.subjectLower(c.subject(arabic)).replace("\r\n", "\r\n\t"), date, c.messageId(), c.references(), arabic ? "ar-SA" : "en-US"));
        exchange.replaceAll(h -> h.replace("DB9PR04MB", "PAXP193MB").replace(".eurprd04.prod.outlook.com", ".EURP193.PROD.OUTLOOK.COM")
                .replace("d=society.example", "d=outlook.com").replace("X-OriginatorOrg: society.example", "X-OriginatorOrg: outlook.com")
                .replace("AuthAs: Internal", "AuthAs: Internal").replace("x-ms-exchange-senderadcheck: 1", "x-ms-exchange-senderadcheck: 1"));
        headers.addAll(exchange);
        return new Fixture(name, Mime.message(headers, body), expected);
    }

    // --- Apple and phones -----------------------------------------------------------------------

    static Fixture appleMailEn() {
        Staff s = FAHAD;
        Case c = ALLOWANCE;
        String typed = """
                Hi,

                The member came to the office today and we gave him the form. Nothing else is needed from our side.

                Thanks,
                Fahad""";
        String attribution = "On 3 Dec 2026, at 10:15, " + OUR + " wrote:";
        String plain = typed + "\n\n" + quote(attribution + "\n\n" + notification(c, false)).replace("\n>\n", "\n> \n") + "\n";
        String html = "<html aria-label=\"message body\"><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head>"
                + "<body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;\">"
                + FixtureWorld.appleDivs(typed) + "<div><br><blockquote type=\"cite\"><div>" + escape(attribution) + "</div><br "
                + "class=\"Apple-interchange-newline\"><div><div>" + htmlLines(notification(c, false)) + "</div></div></blockquote></div>"
                + "<br></body></html>";
        Part body = Mime.multipart("alternative", "Apple-Mail=_3A5B7C9D-1E2F-4A6B-8C0D-2E4F6A8B0C1D",
                Mime.text("plain", plain, "utf-8", "quoted-printable"), Mime.text("html", html, "utf-8", "quoted-printable"));
        return apple("apple-mail-en", s, c, false, "Thu, 3 Dec 2026 13:20:41 +0300", body, typed,
                "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))", "X-Mailer: Apple Mail (2.3826.300.87.4.3)");
    }

    static Fixture appleMailEnUnquotedAttribution() {
        Staff s = FAHAD;
        Case c = CERTIFICATE;
        String typed = "Done, the certificate was emailed to the member.\n#closed";
        String plain = typed + "\n\nOn 3 Dec 2026, at 10:15, " + OUR + " wrote:\n\n" + quote(notification(c, false)) + "\n";
        return apple("apple-mail-en-unquoted-attribution", s, c, false, "Thu, 3 Dec 2026 14:02:10 +0300",
                Mime.text("plain", plain, "utf-8", "quoted-printable"), typed,
                "Mime-Version: 1.0 (Mac OS X Mail 15.0 \\(3693.60.0.1.1\\))", "X-Mailer: Apple Mail (2.3693.60.0.1.1)");
    }

    static Fixture iphoneEn() {
        Staff s = NOURA;
        Case c = ESCALATED;
        String typed = "I will call the member tomorrow morning.";
        String plain = typed + "\n\nSent from my iPhone\n\n" + quote("On 3 Dec 2026, at 10:15 AM, " + OUR + " wrote:\n\n\uFEFF"
                + notification(c, false)).replace("\n>\n", "\n> \n") + "\n";
        String html = "<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head><body dir=\"auto\">"
                + "<div dir=\"ltr\">" + escape(typed) + "</div><div dir=\"ltr\"><br id=\"lineBreakAtBeginningOfSignature\"><div dir=\"ltr\">"
                + "Sent from my iPhone</div><div dir=\"ltr\"><br><blockquote type=\"cite\">On 3 Dec 2026, at 10:15 AM, " + escape(OUR)
                + " wrote:<br><br></blockquote></div><blockquote type=\"cite\"><div dir=\"ltr\">\uFEFF" + htmlLines(notification(c, false))
                + "</div></blockquote></div></body></html>";
        Part body = Mime.multipart("alternative", "Apple-Mail-0B1C2D3E-4F5A-6B7C-8D9E-0F1A2B3C4D5E",
                Mime.text("plain", plain, "utf-8", "quoted-printable"), Mime.text("html", html, "utf-8", "quoted-printable"));
        return apple("iphone-en", s, c, false, "Thu, 3 Dec 2026 20:47:03 +0300", body, typed,
                "Mime-Version: 1.0 (1.0)", "X-Mailer: iPhone Mail (22B91)");
    }

    static Fixture iphoneAr() {
        Staff s = NOURA;
        Case c = ALLOWANCE;
        String typed = "تم، سأتابع مع قسم المالية وأرد عليك قبل نهاية الأسبوع.";
        String plain = typed + "\n\nأُرسلت من جهاز iPhone الخاص بي\n\n" + quote("في ٣ ديسمبر ٢٠٢٦، في ١٠:١٥ ص، كتب " + OUR + ":\n\n\uFEFF"
                + notification(c, true)).replace("\n>\n", "\n> \n") + "\n";
        String html = "<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head><body dir=\"auto\">"
                + "<div dir=\"rtl\">" + escape(typed) + "</div><div dir=\"rtl\"><br id=\"lineBreakAtBeginningOfSignature\"><div dir=\"rtl\">"
                + "أُرسلت من جهاز iPhone الخاص بي</div><div dir=\"rtl\"><br><blockquote type=\"cite\">في ٣ ديسمبر ٢٠٢٦، في ١٠:١٥ ص، كتب "
                + escape(OUR) + ":<br><br></blockquote></div><blockquote type=\"cite\"><div dir=\"rtl\">\uFEFF"
                + htmlLines(notification(c, true)) + "</div></blockquote></div></body></html>";
        Part body = Mime.multipart("alternative", "Apple-Mail-7C6D5E4F-3A2B-1C0D-9E8F-7A6B5C4D3E2F",
                Mime.text("plain", plain, "utf-8", "base64"), Mime.text("html", html, "utf-8", "base64"));
        return apple("iphone-ar", s, c, true, "Thu, 3 Dec 2026 21:05:29 +0300", body, typed,
                "Mime-Version: 1.0 (1.0)", "X-Mailer: iPhone Mail (22B91)");
    }

    static Fixture iphoneArShort() {
        Staff s = NOURA;
        Case c = CERTIFICATE;
        String plain = "\u200Fالشهادة جاهزة للاستلام.\n\u200F#approved\n\n\u200Fأرسلت من iPhone\n\n"
                + quote("\u200Fفي 3 ديسمبر 2026، الساعة 10:15 ص، كتب " + OUR + ":\n\n" + notification(c, true)).replace("\n>\n", "\n> \n")
                + "\n";
        return apple("iphone-ar-short", s, c, true, "Thu, 3 Dec 2026 21:30:00 +0300",
                Mime.text("plain", plain, "utf-8", "quoted-printable"), "الشهادة جاهزة للاستلام.\n#approved",
                "Mime-Version: 1.0 (1.0)", "X-Mailer: iPhone Mail (21H221)");
    }

    private static Fixture apple(String name, Staff s, Case c, boolean arabic, String date, Part body, String expected,
                                 String mimeVersion, String mailer) {
        String to = replyAddress(c, s);
        boolean icloud = s.address().endsWith("icloud.com");
        List<String> headers = new ArrayList<>(FixtureHeaders.delivery(name, s.address(), to,
                icloud ? "p00-icloudmta-asmtp-us-west-1a-100-percent-3.p00-icloudmta-asmtp-vip.icloud-mail-production.svc.kube.us-west-1a.k8s.cloud.apple.com"
                        : "mail-db8eur05on2059.outbound.protection.outlook.com",
                icloud ? "17.57.155.23" : "40.107.20.59", RECEIVED_AT));
        if (icloud) {
            headers.add("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=icloud.com;\r\n\ts=1a1hai; t=1796321641;\r\n\t"
                    + "bh=" + FixtureHeaders.noise(name + "bh", 43) + "=;\r\n\th=Content-Type:Mime-Version:Subject:From:Date:Message-Id:To;\r\n\t"
                    + "b=" + FixtureHeaders.fold(FixtureHeaders.noise(name + "b", 340), 70, "\t "));
        }
        headers.add(mimeVersion);
        headers.add("Subject: Re: " + (arabic ? Mime.q(c.subject(true)) : c.subject(false)).replace("\r\n", "\r\n\t"));
        headers.add("From: " + (arabic ? Mime.b(s.nameAr()) : s.nameEn()) + " <" + s.address() + ">");
        headers.add("In-Reply-To: " + c.messageId());
        headers.add("Date: " + date);
        headers.add("Cc: " + Mime.b(AHMED.nameAr()) + " <" + AHMED.address() + ">");
        headers.add("Message-Id: <" + FixtureHeaders.uuid(name).toUpperCase() + (icloud ? "@icloud.com>" : "@society.example>"));
        headers.add("References: " + c.references());
        headers.add("To: " + Mime.b(OUR_NAME) + " <" + to + ">");
        headers.add(mailer);
        return new Fixture(name, Mime.message(headers, body), expected);
    }

    static Fixture samsungGalaxyEn() {
        Staff s = KHALID;
        Case c = DIVIDENDS;
        String typed = "The dividends will be announced after the general assembly in January.";
        String plain = typed + "\n\n\n\nSent from my Galaxy\n\n\n-------- Original message --------\nFrom: " + OUR + " \n"
                + "Date: 12/3/26 10:15 AM (GMT+03:00) \nTo: " + s.nameEn() + " <" + s.address() + "> \nSubject: " + c.subject(false)
                + " \n\n" + notification(c, false) + "\n";
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body dir=\"auto\">"
                + "<div dir=\"auto\">" + escape(typed) + "</div><div dir=\"auto\"><br></div><div dir=\"auto\"><br></div>"
                + "<div id=\"composer_signature\" dir=\"auto\"><div style=\"font-size:12px;color:#575757\" dir=\"auto\">Sent from my Galaxy"
                + "</div></div><div dir=\"auto\"><br></div><div align=\"left\" dir=\"auto\" style=\"font-size:100%;color:#000000\"><!-- "
                + "originalMessage --><div>-------- Original message --------</div><div>From: " + escape(OUR) + " </div><div>Date: 12/3/26 "
                + "10:15 AM (GMT+03:00) </div><div>To: " + escape(s.nameEn() + " <" + s.address() + ">") + " </div><div>Subject: "
                + escape(c.subject(false)) + " </div><div><br></div></div>" + htmlLines(notification(c, false)) + "</body></html>";
        Part body = Mime.multipart("alternative", "--_com.samsung.android.email_1796321760884590",
                Mime.text("plain", plain, "UTF-8", "base64"), Mime.text("html", html, "UTF-8", "base64"));
        String to = replyAddress(c, s);
        List<String> headers = new ArrayList<>(FixtureHeaders.delivery("samsung", s.address(), to,
                "EUR05-DB8-obe.outbound.protection.outlook.com", "52.100.169.208", RECEIVED_AT));
        headers.add("Message-ID: <" + FixtureHeaders.hex("samsung", 8) + "-" + FixtureHeaders.hex("samsung2", 4) + "@email.android.com>");
        headers.add("Date: Thu, 03 Dec 2026 10:56:00 +0300");
        headers.add("Subject: RE: " + Mime.subject(c.subject(false)).replace("\r\n", "\r\n\t"));
        headers.add("From: Khalid Alshehri <" + s.address() + ">");
        headers.add("To: " + Mime.b(OUR_NAME) + " <" + to + ">");
        headers.add("In-Reply-To: " + c.messageId());
        headers.add("References: " + c.references());
        headers.add("MIME-Version: 1.0");
        headers.add("X-MS-Exchange-Organization-Network-Message-Id: " + FixtureHeaders.uuid("samsung-net"));
        return new Fixture("samsung-galaxy-en", Mime.message(headers, body), typed);
    }

    // --- Thunderbird (format=flowed) ------------------------------------------------------------

    static Fixture thunderbirdFlowedEn() {
        Staff s = OMAR;
        Case c = CERTIFICATE;
        String plain = """
                Hello,

                The member's certificate request is complete. I have checked the\s
                membership record and the shares are fully paid, so there is nothing\s
                blocking the certificate.

                Omar

                On 12/3/26 10:15 AM, %s wrote:
                """.formatted(OUR_NAME) + quote(notification(c, false)) + "\n";
        String typed = "Hello,\n\nThe member's certificate request is complete. I have checked the membership record and the shares"
                + " are fully paid, so there is nothing blocking the certificate.\n\nOmar";
        return thunderbird("thunderbird-flowed-en", s, c, false, plain, typed, "en-US");
    }

    static Fixture thunderbirdFlowedAr() {
        Staff s = OMAR;
        Case c = ALLOWANCE;
        String plain = """
                وعليكم السلام،

                راجعت سجل الصرف، والإعانة مسجلة للتحويل في دفعة يوم الأحد القادم\s
                بإذن الله، ولا يلزم العضو أي إجراء إضافي.

                --\s
                عمر الزهراني
                الشؤون المالية

                في 3/12/2026 10:15 ص، كتب %s:
                """.formatted(OUR_NAME) + quote(notification(c, true)) + "\n";
        String typed = "وعليكم السلام،\n\nراجعت سجل الصرف، والإعانة مسجلة للتحويل في دفعة يوم الأحد القادم بإذن الله، ولا يلزم العضو أي إجراء إضافي.";
        return thunderbird("thunderbird-flowed-ar", s, c, true, plain, typed, "ar");
    }

    private static Fixture thunderbird(String name, Staff s, Case c, boolean arabic, String plain, String expected, String language) {
        String to = replyAddress(c, s);
        List<String> headers = new ArrayList<>(FixtureHeaders.delivery(name, s.address(), to, "mail.society.example",
                "10.20.0.5", RECEIVED_AT));
        headers.add("Message-ID: <" + FixtureHeaders.uuid(name) + "@society.example>");
        headers.add("Date: Thu, 3 Dec 2026 11:37:52 +0300");
        headers.add("MIME-Version: 1.0");
        headers.add("User-Agent: Mozilla Thunderbird");
        headers.add("Subject: Re: " + Mime.subject(c.subject(arabic)).replace("\r\n", "\r\n "));
        headers.add("Content-Language: " + language);
        headers.add("To: " + Mime.b(OUR_NAME) + " <" + to + ">");
        headers.add("References: " + c.references());
        headers.add("From: " + (arabic ? Mime.b(s.nameAr()) : s.nameEn()) + " <" + s.address() + ">");
        headers.add("In-Reply-To: " + c.messageId());
        return new Fixture(name, Mime.message(headers, Mime.text("plain", plain, "UTF-8", "8bit", "format=flowed")), expected);
    }
}
