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
import static org.tawasul.channels.email.FixtureWorld.replyAddress;
import static org.tawasul.channels.email.ReplyFixtures.OUR_NAME;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.tawasul.channels.ChannelId;
import org.tawasul.channels.OutboundMessage;
import org.tawasul.channels.email.AutomaticMail.Reason;
import org.tawasul.channels.email.FixtureWorld.Case;
import org.tawasul.channels.email.FixtureWorld.Staff;
import org.tawasul.channels.email.Mime.Part;

/**
 * Mail written by programs that reaches the reply mailbox: out-of-office replies from Outlook and
 * Gmail in both languages, vacation responders, bounces and delivery reports, list mail and
 * newsletters, read receipts, and our own notification looped back. Each names the reason it must
 * be recognised by (the first check in {@link AutomaticMail}'s order that applies).
 */
final class AutomaticFixtures {

    /** An automatic mail: its name, the mail, and the reason expected. */
    record Fixture(String name, byte[] eml, Reason expected) { }

    private static final String AT = "Thu, 03 Dec 2026 10:16:04 +0300";

    private AutomaticFixtures() {
    }

    static List<Fixture> all() {
        List<Fixture> all = new ArrayList<>();
        all.add(outlookOoo("outlook-ooo-en", AHMED, ALLOWANCE, false, true, "All", null, Reason.AUTO_SUBMITTED));
        all.add(outlookOoo("outlook-ooo-ar", AHMED, DIVIDENDS, true, true, "All", null, Reason.AUTO_SUBMITTED));
        all.add(outlookOoo("outlook-ooo-en-suppress-only", SARA, ESCALATED, false, false, "All", null,
                Reason.AUTO_RESPONSE_SUPPRESS));
        all.add(outlookOoo("outlook-ooo-ar-suppress-only", SARA, CERTIFICATE, true, false, "DR, OOF, AutoReply", null,
                Reason.AUTO_RESPONSE_SUPPRESS));
        all.add(outlookOoo("outlook-ooo-en-subject-only", NOURA, ALLOWANCE, false, false, null, "Out of Office: ",
                Reason.AUTO_REPLY_SUBJECT));
        all.add(outlookOoo("outlook-ooo-ar-subject-only", NOURA, DIVIDENDS, true, false, null, "خارج المكتب: ",
                Reason.AUTO_REPLY_SUBJECT));
        all.add(outlookOoo("outlook-automatic-reply-subject-only-en", AHMED, CERTIFICATE, false, false, null,
                "Automatic reply: ", Reason.AUTO_REPLY_SUBJECT));
        all.add(outlookOoo("outlook-automatic-reply-subject-only-ar", AHMED, ESCALATED, true, false, null, "رد تلقائي: ",
                Reason.AUTO_REPLY_SUBJECT));
        all.add(gmailVacation("gmail-vacation-en", MOHAMMED, ALLOWANCE, false));
        all.add(gmailVacation("gmail-vacation-ar", MOHAMMED, CERTIFICATE, true));
        all.add(icloudVacation());
        all.add(unixVacation());
        all.add(cpanelAutoresponder());
        all.add(xAutoreply());
        all.add(procmailLoop());
        all.add(sieveNotify());
        all.add(mailmanList());
        all.add(googleGroups());
        all.add(listIdOnly());
        all.add(marketingListUnsubscribe());
        all.add(newsletterBulk());
        all.add(hrSystemBulk());
        all.add(jiraNotification());
        all.add(portalEmptyReturnPath());
        all.add(noreplySender());
        all.add(postfixBounce());
        all.add(exchangeNdrEn());
        all.add(exchangeNdrArNoReturnPath());
        all.add(gmailBounce());
        all.add(dsnDelay());
        all.add(dsnReportOnly());
        all.add(dsnNestedPart());
        all.add(eximBounce());
        all.add(qmailBounce());
        all.add(undeliverableSubjectOnlyAr());
        all.add(webmailAutoReplySubject());
        all.add(outlookReadReceipt());
        all.add(ownNotificationLooped());
        all.add(ownNotificationViaGroup());
        all.add(ownAddressFrom());
        return all;
    }

    // --- out of office and vacation -------------------------------------------------------------

    private static Fixture outlookOoo(String name, Staff s, Case c, boolean arabic, boolean autoSubmitted, String suppress,
                                      String subjectPrefix, Reason reason) {
        String prefix = subjectPrefix != null ? subjectPrefix : arabic ? "رد تلقائي: " : "Automatic reply: ";
        String text = arabic
                ? "شكرًا لرسالتك.\nأنا خارج المكتب حتى يوم الأحد 13 ديسمبر 2026 ولن أتمكن من الرد على البريد.\n"
                + "للأمور العاجلة يرجى التواصل مع " + SARA.nameAr() + " (" + SARA.address() + ").\n\n" + s.nameAr()
                : "Thank you for your email.\nI am out of the office until Sunday 13 December 2026 with limited access to email.\n"
                + "For urgent matters please contact " + SARA.nameEn() + " (" + SARA.address() + ").\n\n" + s.nameEn();
        List<String> extra = new ArrayList<>();
        if (autoSubmitted) {
            extra.add("Auto-Submitted: auto-generated");
            extra.add("x-ms-exchange-parent-message-id: " + c.messageId());
            extra.add("x-ms-exchange-generated-message-source: Mailbox Rules Agent");
        }
        if (suppress != null) {
            extra.add("X-MS-Exchange-Inbox-Rules-Loop: " + s.address());
            extra.add("x-auto-response-suppress: " + suppress);
        }
        String to = replyAddress(c, s);
        List<String> headers = new ArrayList<>(FixtureHeaders.delivery(name, s.address(), to,
                "mail-db8eur05on2059.outbound.protection.outlook.com", "40.107.20.59", AT));
        headers.addAll(FixtureHeaders.exchange(name, (arabic ? Mime.bLower(s.nameAr()) : s.nameEn()) + " <" + s.address() + ">",
                Mime.bLower(OUR_NAME) + " <" + to + ">", Mime.subjectLower(prefix + c.subject(arabic)).replace("\r\n", "\r\n\t"),
                Mime.subjectLower(c.subject(arabic)).replace("\r\n", "\r\n\t"), "Thu, 3 Dec 2026 07:16:01 +0000", c.messageId(),
                c.references(), arabic ? "ar-SA" : "en-US", extra.toArray(String[]::new)));
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body"
                + (arabic ? " dir=\"rtl\"" : "") + ">" + FixtureWorld.owaDivs(text, arabic) + "</body></html>";
        Part body = Mime.multipart("alternative", "_000_" + FixtureHeaders.hex(name, 40).toUpperCase() + "_",
                Mime.text("plain", text, "utf-8", "base64"), Mime.text("html", html, "utf-8", "base64"));
        return new Fixture(name, Mime.message(headers, body), reason);
    }

    private static Fixture gmailVacation(String name, Staff s, Case c, boolean arabic) {
        String to = replyAddress(c, s);
        String subject = arabic ? "في إجازة حتى 13 ديسمبر" : "Re: " + c.subject(false);
        String text = arabic
                ? "السلام عليكم،\nأنا في إجازة حتى 13 ديسمبر 2026، وسأرد على رسالتك بعد عودتي.\nمحمد العتيبي"
                : "Hello,\nI am on annual leave until 13 December 2026 and will reply when I am back.\nMohammed Alotaibi";
        List<String> headers = new ArrayList<>(FixtureHeaders.delivery(name, s.address(), to, "mail-sor-f69.google.com",
                "209.85.220.69", AT));
        headers.addAll(FixtureHeaders.gmail(name, s.nameEn() + " <" + s.address() + ">", to, Mime.subject(subject), "Thu, 3 Dec 2026 "
                + "10:16:01 +0300", c.messageId(), c.messageId(), "<CA" + FixtureHeaders.noise(name, 40).replace('/', '_')
                + "@mail.gmail.com>"));
        headers.add("Auto-Submitted: auto-replied");
        Part body = Mime.multipart("alternative", "000000000000" + FixtureHeaders.hex(name, 16),
                Mime.text("plain", text, "UTF-8", arabic ? "base64" : "quoted-printable"),
                Mime.text("html", "<div dir=\"" + (arabic ? "rtl" : "ltr") + "\">" + FixtureWorld.gmailDivs(text) + "</div>", "UTF-8",
                        arabic ? "base64" : "quoted-printable"));
        return new Fixture(name, Mime.message(headers, body), Reason.AUTO_SUBMITTED);
    }

    private static Fixture icloudVacation() {
        Staff s = FAHAD;
        String to = replyAddress(ESCALATED, s);
        List<String> h = new ArrayList<>(FixtureHeaders.delivery("icloud-vac", s.address(), to,
                "p00-icloudmta-asmtp-us-west-1a-100-percent-3.icloud.com", "17.57.155.23", AT));
        h.add("Date: Thu, 3 Dec 2026 07:16:02 +0000 (GMT)");
        h.add("From: " + s.nameEn() + " <" + s.address() + ">");
        h.add("To: " + to);
        h.add("Message-ID: <" + FixtureHeaders.uuid("icloud-vac") + "@me.com>");
        h.add("In-Reply-To: " + ESCALATED.messageId());
        h.add("Subject: Re: " + ESCALATED.subject(false));
        h.add("MIME-Version: 1.0");
        h.add("Auto-Submitted: auto-replied");
        h.add("X-Autoreply: yes");
        return new Fixture("icloud-vacation-en", Mime.message(h, Mime.text("plain",
                "I am travelling until 10 December and will read my mail when I return.\n\nFahad", "UTF-8", "7bit")),
                Reason.AUTO_SUBMITTED);
    }

    private static Fixture unixVacation() {
        Staff s = OMAR;
        String to = replyAddress(ALLOWANCE, s);
        List<String> h = new ArrayList<>(FixtureHeaders.delivery("unix-vacation", s.address(), to, "mail.society.example",
                "10.20.0.5", AT));
        h.add("Received: by mail.society.example (Postfix, from userid 1004)\r\n\tid 7A1B2C3D4E; " + AT);
        h.add("From: omar.alzahrani@society.example (Omar Alzahrani)");
        h.add("To: " + to);
        h.add("Subject: away from my mail");
        h.add("Precedence: junk");
        h.add("Message-Id: <20261203071604.7A1B2C3D4E@mail.society.example>");
        h.add("Date: " + AT);
        return new Fixture("unix-vacation", Mime.message(h, Mime.raw(List.of(),
                "I will not be reading my mail until 13 December.\r\nYour mail regarding \"" + ALLOWANCE.reference()
                        + "\" will be read when I return.\r\n")), Reason.PRECEDENCE);
    }

    private static Fixture cpanelAutoresponder() {
        Staff s = KHALID;
        String to = replyAddress(CERTIFICATE, s);
        List<String> h = new ArrayList<>(FixtureHeaders.delivery("cpanel", "info@partner-coop.example", to,
                "server1.hosting.example", "198.51.100.23", AT));
        h.add("Received: from mailnull by server1.hosting.example with local (Exim 4.98)\r\n\tid 1tIabc-0003xY-2Q\r\n\tfor "
                + to + ";\r\n\t" + AT);
        h.add("X-Autorespond: " + to);
        h.add("To: " + to);
        h.add("Subject: " + Mime.b("تم استلام رسالتك"));
        h.add("From: " + Mime.b("جمعية الشركاء") + " <info@partner-coop.example>");
        h.add("Message-Id: <E1tIabc-0003xY-2Q@server1.hosting.example>");
        h.add("Date: " + AT);
        h.add("MIME-Version: 1.0");
        return new Fixture("cpanel-autoresponder", Mime.message(h, Mime.text("plain",
                "شكرًا لتواصلكم، تم استلام رسالتكم وسيتم الرد خلال يومي عمل.", "utf-8", "base64")), Reason.AUTOREPLY_HEADER);
    }

    private static Fixture xAutoreply() {
        String to = replyAddress(DIVIDENDS, NOURA);
        List<String> h = new ArrayList<>(FixtureHeaders.delivery("xautoreply", "support@supplier.example", to,
                "mx.supplier.example", "203.0.113.40", AT));
        h.add("From: Supplier Support <support@supplier.example>");
        h.add("To: " + to);
        h.add("Subject: We have received your request [#48211]");
        h.add("Date: " + AT);
        h.add("Message-ID: <48211.1796321764@supplier.example>");
        h.add("X-Autoreply: yes");
        h.add("MIME-Version: 1.0");
        return new Fixture("x-autoreply-ticket", Mime.message(h, Mime.text("plain",
                "Thank you for contacting Supplier Support. Your request number is 48211.\nWe answer within one working day.",
                "utf-8", "quoted-printable")), Reason.AUTOREPLY_HEADER);
    }

    private static Fixture procmailLoop() {
        String to = replyAddress(ESCALATED, OMAR);
        List<String> h = new ArrayList<>(FixtureHeaders.delivery("procmail", "omar.alzahrani@society.example", to,
                "mail.society.example", "10.20.0.5", AT));
        h.add("From: Omar Alzahrani <omar.alzahrani@society.example>");
        h.add("To: " + to);
        h.add("Subject: Re: " + ESCALATED.subject(false));
        h.add("Date: " + AT);
        h.add("Message-ID: <procmail.7781.1796321764@mail.society.example>");
        h.add("In-Reply-To: " + ESCALATED.messageId());
        h.add("X-Loop: omar.alzahrani@society.example");
        h.add("MIME-Version: 1.0");
        return new Fixture("procmail-x-loop", Mime.message(h, Mime.text("plain",
                "This mailbox is checked twice a week. Your message has been filed.", "us-ascii", "7bit")), Reason.LOOP);
    }

    private static Fixture sieveNotify() {
        String to = replyAddress(CERTIFICATE, SARA);
        List<String> h = new ArrayList<>(FixtureHeaders.delivery("sieve", "sara.alqahtani@society.example", to,
                "imap.society.example", "10.20.0.7", AT));
        h.add("Auto-Submitted: auto-notified; owner-email=\"sara.alqahtani@society.example\"");
        h.add("From: " + SARA.nameEn() + " <sara.alqahtani@society.example>");
        h.add("To: " + to);
        h.add("Subject: New mail arrived: " + Mime.b(CERTIFICATE.subject(true)).replace("\r\n", "\r\n\t"));
        h.add("Date: " + AT);
        h.add("Message-ID: <dovecot-sieve-1796321764-0@imap.society.example>");
        h.add("MIME-Version: 1.0");
        return new Fixture("sieve-notify", Mime.message(h, Mime.text("plain", "You have new mail from Tawasul.", "utf-8", "7bit")),
                Reason.AUTO_SUBMITTED);
    }

    // --- lists and bulk -------------------------------------------------------------------------

    private static Fixture mailmanList() {
        List<String> h = new ArrayList<>(FixtureHeaders.delivery("mailman", "members-bounces@lists.society.example",
                FixtureWorld.OUR_ADDRESS, "lists.society.example", "10.20.0.9", AT));
        h.add("From: " + Mime.b(AHMED.nameAr()) + " <ahmed.alharbi@society.example>");
        h.add("To: members@lists.society.example");
        h.add("Subject: " + Mime.b("[أعضاء] موعد الجمعية العمومية").replace("\r\n", "\r\n\t"));
        h.add("Date: " + AT);
        h.add("Message-ID: <" + FixtureHeaders.uuid("mailman-orig") + "@society.example>");
        h.add("MIME-Version: 1.0");
        h.add("Message-ID-Hash: 4KXZ7QW2M3N5P6R7S8T9U0V1W2X3Y4Z5");
        h.add("X-Message-ID-Hash: 4KXZ7QW2M3N5P6R7S8T9U0V1W2X3Y4Z5");
        h.add("X-MailFrom: ahmed.alharbi@society.example");
        h.add("X-Mailman-Rule-Misses: dmarc-mitigation; no-senders; approved; emergency; loop; banned-address; member-moderation; "
                + "nonmember-moderation; administrivia; implicit-dest; max-recipients; max-size; news-moderation; no-subject; "
                + "digests; suspicious-header");
        h.add("X-Mailman-Version: 3.3.9");
        h.add("Precedence: list");
        h.add("List-Id: " + Mime.b("أعضاء الجمعية") + " <members.lists.society.example>");
        h.add("Archived-At: <https://lists.society.example/archives/list/members@lists.society.example/message/4KXZ7QW2/>");
        h.add("List-Archive: <https://lists.society.example/archives/list/members@lists.society.example/>");
        h.add("List-Help: <mailto:members-request@lists.society.example?subject=help>");
        h.add("List-Owner: <mailto:members-owner@lists.society.example>");
        h.add("List-Post: <mailto:members@lists.society.example>");
        h.add("List-Subscribe: <mailto:members-join@lists.society.example>");
        h.add("List-Unsubscribe: <mailto:members-leave@lists.society.example>");
        return new Fixture("mailman-list", Mime.message(h, Mime.text("plain",
                "تُعقد الجمعية العمومية يوم 15 يناير 2027 في مقر الجمعية الساعة 7 مساءً.", "utf-8", "base64")), Reason.PRECEDENCE);
    }

    private static Fixture googleGroups() {
        List<String> h = new ArrayList<>(FixtureHeaders.delivery("ggroups", "staff+bncBDQ2LVTUXQHRBC6Y3G4QMGQEVDHOOSI@googlegroups.com",
                FixtureWorld.OUR_ADDRESS, "mail-yb1-f199.google.com", "209.85.219.199", AT));
        h.add("Sender: staff@googlegroups.com");
        h.add("MIME-Version: 1.0");
        h.add("From: " + FAHAD.nameEn() + " <" + FAHAD.address() + ">");
        h.add("Date: " + AT);
        h.add("Message-ID: <CA" + FixtureHeaders.noise("gg", 40).replace('/', '_') + "@mail.gmail.com>");
        h.add("Subject: Weekly staff meeting moved to Monday");
        h.add("To: staff@googlegroups.com");
        h.add("X-Original-Sender: " + FAHAD.address());
        h.add("Precedence: list");
        h.add("Mailing-list: list staff@googlegroups.com; contact staff+owners@googlegroups.com");
        h.add("List-ID: <staff.googlegroups.com>");
        h.add("X-Google-Group-Id: 382719283746");
        h.add("List-Post: <https://groups.google.com/group/staff/post>, <mailto:staff@googlegroups.com>");
        h.add("List-Help: <https://support.google.com/a/users/answer/9308781>, <mailto:staff+help@googlegroups.com>");
        h.add("List-Archive: <https://groups.google.com/group/staff/>");
        h.add("List-Unsubscribe: <mailto:googlegroups-manage+382719283746+unsubscribe@googlegroups.com>,\r\n "
                + "<https://groups.google.com/group/staff/subscribe>");
        return new Fixture("google-groups", Mime.message(h, Mime.text("plain",
                "The weekly meeting is on Monday at 9:00 this week.\n\n-- \nYou received this message because you are subscribed "
                        + "to the Google Groups \"staff\" group.", "UTF-8", "quoted-printable")), Reason.PRECEDENCE);
    }

    private static Fixture listIdOnly() {
        List<String> h = new ArrayList<>(FixtureHeaders.delivery("listid", "announce@coops-council.example",
                FixtureWorld.OUR_ADDRESS, "mail.coops-council.example", "198.51.100.77", AT));
        h.add("From: " + Mime.b("مجلس الجمعيات التعاونية") + " <announce@coops-council.example>");
        h.add("To: " + Mime.b("الجمعيات الأعضاء") + " <announce@coops-council.example>");
        h.add("Subject: " + Mime.b("تعميم: تحديث لائحة الحوكمة"));
        h.add("Date: " + AT);
        h.add("Message-ID: <20261203.announce.118@coops-council.example>");
        h.add("List-Id: Council announcements <announce.coops-council.example>");
        h.add("MIME-Version: 1.0");
        return new Fixture("list-id-only", Mime.message(h, Mime.text("plain",
                "نفيدكم بصدور تحديث لائحة الحوكمة للجمعيات التعاونية، ويسري من 1 يناير 2027.", "utf-8", "base64")),
                Reason.MAILING_LIST);
    }

    private static Fixture marketingListUnsubscribe() {
        List<String> h = new ArrayList<>(FixtureHeaders.delivery("marketing", "bounces+2881@em.office-supplies.example",
                FixtureWorld.OUR_ADDRESS, "o1.em.office-supplies.example", "149.72.10.11", AT));
        h.add("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=office-supplies.example;\r\n\th=from:subject:mime-version:"
                + "list-unsubscribe:list-unsubscribe-post:to:content-type; s=s1;\r\n\tbh=" + FixtureHeaders.noise("mk", 43) + "=;\r\n\tb="
                + FixtureHeaders.noise("mkb", 160));
        h.add("From: Office Supplies <offers@office-supplies.example>");
        h.add("Subject: 20% off printer paper this week");
        h.add("MIME-Version: 1.0");
        h.add("List-Unsubscribe: <https://office-supplies.example/u/2881?t=9f8e7d>, <mailto:unsub-2881@office-supplies.example>");
        h.add("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
        h.add("To: " + FixtureWorld.OUR_ADDRESS);
        h.add("Message-ID: <2881.9f8e7d.offers@office-supplies.example>");
        h.add("Date: " + AT);
        h.add("Feedback-ID: 2881:offers:office-supplies");
        Part body = Mime.multipart("alternative", "b1_9f8e7d6c5b4a",
                Mime.text("plain", "This week only: 20% off printer paper.\nUnsubscribe: https://office-supplies.example/u/2881",
                        "utf-8", "quoted-printable"),
                Mime.text("html", "<p>This week only: <b>20% off</b> printer paper.</p><p><a href=\"https://office-supplies.example/u/2881\">"
                        + "Unsubscribe</a></p>", "utf-8", "quoted-printable"));
        return new Fixture("marketing-list-unsubscribe", Mime.message(h, body), Reason.MAILING_LIST);
    }

    private static Fixture newsletterBulk() {
        List<String> h = new ArrayList<>(FixtureHeaders.delivery("newsletter", "news-bounce@bank.example",
                FixtureWorld.OUR_ADDRESS, "mta5.news.bank.example", "192.0.2.55", AT));
        h.add("From: " + Mime.b("البنك - النشرة الشهرية") + " <news@bank.example>");
        h.add("To: " + FixtureWorld.OUR_ADDRESS);
        h.add("Subject: " + Mime.b("النشرة الشهرية: عروض تمويل الجمعيات"));
        h.add("Date: " + AT);
        h.add("Message-ID: <news.202612.55120@bank.example>");
        h.add("Precedence: bulk");
        h.add("List-Unsubscribe: <https://news.bank.example/unsubscribe?id=55120>");
        h.add("MIME-Version: 1.0");
        Part body = Mime.multipart("alternative", "=_news_55120",
                Mime.text("plain", "عروض تمويل خاصة للجمعيات التعاونية هذا الشهر.", "utf-8", "base64"),
                Mime.text("html", "<html dir=\"rtl\"><body><h1>النشرة الشهرية</h1><p>عروض تمويل خاصة للجمعيات التعاونية هذا الشهر.</p>"
                        + "</body></html>", "utf-8", "base64"));
        return new Fixture("newsletter-bulk", Mime.message(h, body), Reason.PRECEDENCE);
    }

    private static Fixture hrSystemBulk() {
        List<String> h = new ArrayList<>(FixtureHeaders.delivery("hr", "hr-system@society.example", FixtureWorld.OUR_ADDRESS,
                "hr.society.example", "10.20.0.15", AT));
        h.add("From: HR System <hr-system@society.example>");
        h.add("To: " + FixtureWorld.OUR_ADDRESS);
        h.add("Subject: Reminder: submit your timesheet");
        h.add("Date: " + AT);
        h.add("Message-ID: <hr.reminder.20261203.4412@society.example>");
        h.add("Precedence: bulk");
        h.add("MIME-Version: 1.0");
        return new Fixture("hr-system-precedence-bulk", Mime.message(h, Mime.text("plain",
                "Please submit your timesheet for November by 5 December.", "us-ascii", "7bit")), Reason.PRECEDENCE);
    }

    private static Fixture jiraNotification() {
        List<String> h = new ArrayList<>(FixtureHeaders.delivery("jira", "jira@society.atlassian.example",
                FixtureWorld.OUR_ADDRESS, "mail.atlassian.example", "185.166.143.10", AT));
        h.add("From: \"Ahmed Alharbi (Jira)\" <jira@society.atlassian.example>");
        h.add("To: " + FixtureWorld.OUR_ADDRESS);
        h.add("Message-ID: <JIRA.10293.1796321764000@Atlassian.JIRA>");
        h.add("In-Reply-To: <JIRA.10293.1796000000000@Atlassian.JIRA>");
        h.add("Subject: [JIRA] (OPS-221) Mail relay certificate expires in 14 days");
        h.add("Date: " + AT);
        h.add("Auto-Submitted: auto-generated");
        h.add("X-Auto-Response-Suppress: All");
        h.add("Precedence: bulk");
        h.add("X-JIRA-FingerPrint: 5f4e3d2c1b0a99887766554433221100");
        h.add("MIME-Version: 1.0");
        return new Fixture("jira-notification", Mime.message(h, Mime.text("plain",
                "Ahmed Alharbi commented on OPS-221: renewal is scheduled for Sunday.", "UTF-8", "7bit")), Reason.AUTO_SUBMITTED);
    }

    private static Fixture portalEmptyReturnPath() {
        List<String> h = new ArrayList<>(FixtureHeaders.delivery("portal", "", FixtureWorld.OUR_ADDRESS, "portal.society.example",
                "10.20.0.20", AT));
        h.add("From: " + Mime.b("بوابة الأعضاء") + " <portal@society.example>");
        h.add("To: " + FixtureWorld.OUR_ADDRESS);
        h.add("Subject: " + Mime.b("تقرير يومي: الطلبات الجديدة"));
        h.add("Date: " + AT);
        h.add("Message-ID: <report.20261203@portal.society.example>");
        h.add("MIME-Version: 1.0");
        return new Fixture("portal-empty-return-path", Mime.message(h, Mime.text("plain",
                "عدد الطلبات الجديدة اليوم: 14", "utf-8", "base64")), Reason.EMPTY_RETURN_PATH);
    }

    private static Fixture noreplySender() {
        String to = replyAddress(ALLOWANCE, AHMED);
        List<String> h = new ArrayList<>(FixtureHeaders.delivery("noreply", "bounces@notify.bank.example", to,
                "notify.bank.example", "192.0.2.60", AT));
        h.add("From: " + Mime.b("البنك") + " <no-reply@notify.bank.example>");
        h.add("To: " + to);
        h.add("Subject: " + Mime.b("إشعار تحويل وارد"));
        h.add("Date: " + AT);
        h.add("Message-ID: <tx.88120.1796321764@notify.bank.example>");
        h.add("MIME-Version: 1.0");
        return new Fixture("noreply-sender", Mime.message(h, Mime.text("plain",
                "تم إيداع مبلغ في حسابكم. هذه رسالة آلية، يرجى عدم الرد عليها.", "utf-8", "base64")), Reason.DAEMON_SENDER);
    }

    // --- bounces and reports --------------------------------------------------------------------

    private static String originalHeaders(Case c, String to) {
        return "Return-Path: <tawasul@society.example>\r\nMessage-ID: " + c.messageId() + "\r\nFrom: " + Mime.b(OUR_NAME)
                + " <tawasul@society.example>\r\nReply-To: " + replyAddress(c, AHMED) + "\r\nTo: " + to + "\r\nSubject: "
                + Mime.b(c.subject(true)).replace("\r\n", "\r\n\t") + "\r\nDate: Thu, 3 Dec 2026 10:15:02 +0300 (AST)\r\n"
                + "In-Reply-To: " + c.threadRoot() + "\r\nReferences: " + c.threadRoot() + "\r\nAuto-Submitted: auto-generated\r\n"
                + "X-Auto-Response-Suppress: All\r\nMIME-Version: 1.0\r\n";
    }

    private static Part dsn(String boundary, String human, String status, String original, List<String> extraParams) {
        List<String> params = new ArrayList<>(List.of("report-type=delivery-status"));
        params.addAll(extraParams);
        return Mime.multipart("report", boundary, params,
                Mime.text("plain", human, "us-ascii", "7bit"),
                Mime.raw(List.of("Content-Description: Delivery report", "Content-Type: message/delivery-status"), status),
                Mime.raw(List.of("Content-Description: Undelivered Message", "Content-Type: message/rfc822"), original));
    }

    private static Fixture postfixBounce() {
        String failed = "ahmed.alharbi@society.example";
        List<String> h = new ArrayList<>(FixtureHeaders.delivery("postfix-bounce", "", FixtureWorld.OUR_ADDRESS,
                "mx1.society.example", "10.20.0.3", AT));
        h.add("Received: by mx1.society.example (Postfix)\r\n\tid 4Q8x2V0nQKz9sT; " + AT);
        h.add("Date: " + AT);
        h.add("From: MAILER-DAEMON@mx1.society.example (Mail Delivery System)");
        h.add("Subject: Undelivered Mail Returned to Sender");
        h.add("To: " + FixtureWorld.OUR_ADDRESS);
        h.add("Auto-Submitted: auto-replied");
        h.add("MIME-Version: 1.0");
        h.add("Message-Id: <20261203071604.4Q8x2V0nQKz9sT@mx1.society.example>");
        String human = """
                This is the mail system at host mx1.society.example.

                I'm sorry to have to inform you that your message could not
                be delivered to one or more recipients. It's attached below.

                For further assistance, please send mail to postmaster.

                If you do so, please include this problem report. You can
                delete your own text from the attached returned message.

                                   The mail system

                <ahmed.alharbi@society.example>: host imap.society.example[10.20.0.7] said: 550
                    5.1.1 <ahmed.alharbi@society.example>: Recipient address rejected: User
                    unknown in virtual mailbox table (in reply to RCPT TO command)
                """;
        String status = """
                Reporting-MTA: dns; mx1.society.example
                X-Postfix-Queue-ID: 4Q8x2T1kXbz9sR
                X-Postfix-Sender: rfc822; tawasul@society.example
                Arrival-Date: Thu,  3 Dec 2026 10:15:02 +0300 (+03)

                Final-Recipient: rfc822; ahmed.alharbi@society.example
                Original-Recipient: rfc822;ahmed.alharbi@society.example
                Action: failed
                Status: 5.1.1
                Remote-MTA: dns; imap.society.example
                Diagnostic-Code: smtp; 550 5.1.1 <ahmed.alharbi@society.example>: Recipient
                    address rejected: User unknown in virtual mailbox table
                """.replace("\n", "\r\n");
        String original = originalHeaders(ALLOWANCE, failed) + "Content-Type: text/plain; charset=\"UTF-8\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n" + Mime.base64(FixtureWorld.notification(ALLOWANCE, true)
                .getBytes(StandardCharsets.UTF_8));
        h.add("Content-Description: Notification");
        return new Fixture("postfix-bounce", Mime.message(h, dsn("4Q8x2V0nQKz9sT.1796321764/mx1.society.example", human, status,
                original, List.of())), Reason.AUTO_SUBMITTED);
    }

    private static Fixture exchangeNdrEn() {
        List<String> h = new ArrayList<>(FixtureHeaders.delivery("ndr-en", "", FixtureWorld.OUR_ADDRESS,
                "mail-db8eur05on2059.outbound.protection.outlook.com", "40.107.20.59", AT));
        h.add("From: Microsoft Outlook\r\n\t<MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@society.example>");
        h.add("To: " + FixtureWorld.OUR_ADDRESS);
        h.add("Date: Thu, 3 Dec 2026 07:16:04 +0000");
        h.add("Subject: Undeliverable: " + CERTIFICATE.subject(false));
        h.add("Message-ID: <" + FixtureHeaders.uuid("ndr-en") + "@DB9PR04MB8412.eurprd04.prod.outlook.com>");
        h.add("In-Reply-To: " + CERTIFICATE.messageId());
        h.add("References: " + CERTIFICATE.messageId());
        h.add("MIME-Version: 1.0");
        h.add("X-MS-Exchange-Message-Is-Ndr:");
        String human = """
                Your message to k.alshehri@society.example couldn't be delivered.

                k.alshehri wasn't found at society.example.

                tawasul    Office 365    k.alshehri
                Action Required                 Recipient
                Unknown To address

                How to Fix It
                The address may be misspelled or may not exist.
                """;
        String status = """
                Reporting-MTA: dns;DB9PR04MB8412.eurprd04.prod.outlook.com
                Received-From-MTA: dns;DB9PR04MB8412.eurprd04.prod.outlook.com
                Arrival-Date: Thu, 3 Dec 2026 07:15:02 +0000

                Original-Recipient: rfc822;k.alshehri@society.example
                Final-Recipient: rfc822;k.alshehri@society.example
                Action: failed
                Status: 5.1.10
                Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
                """.replace("\n", "\r\n");
        return new Fixture("exchange-ndr-en", Mime.message(h, dsn("_000_" + FixtureHeaders.hex("ndr-en", 30) + "_", human, status,
                originalHeaders(CERTIFICATE, "k.alshehri@society.example") + "\r\n", List.of())), Reason.EMPTY_RETURN_PATH);
    }

    private static Fixture exchangeNdrArNoReturnPath() {
        List<String> h = new ArrayList<>();
        h.add("Received: from DB9PR04MB8412.eurprd04.prod.outlook.com ([fe80::1]) by\r\n DB9PR04MB8412.eurprd04.prod.outlook.com "
                + "([fe80::1%4]) with mapi id 15.20.8207.010; Thu, 3 Dec 2026 07:16:04 +0000");
        h.add("From: " + Mime.b("مسؤول البريد") + " <postmaster@society.example>");
        h.add("To: " + FixtureWorld.OUR_ADDRESS);
        h.add("Date: Thu, 3 Dec 2026 07:16:04 +0000");
        h.add("Subject: " + Mime.bLower("غير قابل للتسليم: " + DIVIDENDS.subject(true)).replace("\r\n", "\r\n\t"));
        h.add("Message-ID: <" + FixtureHeaders.uuid("ndr-ar") + "@DB9PR04MB8412.eurprd04.prod.outlook.com>");
        h.add("MIME-Version: 1.0");
        String human = "Delivery has failed to these recipients or groups:\n\nnoura.alsubaie@society.example\n"
                + "The recipient's mailbox is full and can't accept messages now.\n";
        String status = """
                Reporting-MTA: dns;DB9PR04MB8412.eurprd04.prod.outlook.com

                Final-Recipient: rfc822;noura.alsubaie@society.example
                Action: failed
                Status: 5.2.2
                Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException
                """.replace("\n", "\r\n");
        return new Fixture("exchange-ndr-ar-no-return-path", Mime.message(h, dsn("_000_" + FixtureHeaders.hex("ndr-ar", 30) + "_",
                human, status, originalHeaders(DIVIDENDS, "noura.alsubaie@society.example") + "\r\n", List.of())),
                Reason.DAEMON_SENDER);
    }

    private static Fixture gmailBounce() {
        List<String> h = new ArrayList<>(FixtureHeaders.delivery("gmail-bounce", "", FixtureWorld.OUR_ADDRESS,
                "mail-sor-f69.google.com", "209.85.220.69", AT));
        h.add("From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>");
        h.add("To: " + FixtureWorld.OUR_ADDRESS);
        h.add("Auto-Submitted: auto-replied");
        h.add("Subject: Delivery Status Notification (Failure)");
        h.add("References: " + ALLOWANCE.messageId());
        h.add("In-Reply-To: " + ALLOWANCE.messageId());
        h.add("X-Failed-Recipients: m.alotaibi.old@gmail.com");
        h.add("Message-ID: <6750a1b2.050a0220.3c4d5e.0000.GMR@mx.google.com>");
        h.add("Date: Thu, 03 Dec 2026 07:16:04 -0800 (PST)");
        h.add("MIME-Version: 1.0");
        String human = """
                ** Address not found **

                Your message wasn't delivered to m.alotaibi.old@gmail.com because the address couldn't be found, or is unable to receive mail.

                The response was:

                550 5.1.1 The email account that you tried to reach does not exist.
                """;
        String status = """
                Reporting-MTA: dns; googlemail.com
                Arrival-Date: Thu, 03 Dec 2026 07:15:03 -0800 (PST)
                X-Original-Message-ID: <tawasul.outbox.4711@society.example>

                Final-Recipient: rfc822; m.alotaibi.old@gmail.com
                Action: failed
                Status: 5.1.1
                Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
                """.replace("\n", "\r\n");
        return new Fixture("gmail-bounce", Mime.message(h, dsn("000000000000" + FixtureHeaders.hex("gb", 16), human, status,
                originalHeaders(ALLOWANCE, "m.alotaibi.old@gmail.com") + "\r\n", List.of())), Reason.AUTO_SUBMITTED);
    }

    private static Fixture dsnDelay() {
        List<String> h = new ArrayList<>();
        h.add("Received: from relay.partner.example (relay.partner.example [198.51.100.90])\r\n\tby mx1.society.example (Postfix) "
                + "with ESMTPS id 4Q8y0A1bCdz9sU\r\n\tfor <tawasul@society.example>; " + AT);
        h.add("From: MAILER-DAEMON@relay.partner.example");
        h.add("To: " + FixtureWorld.OUR_ADDRESS);
        h.add("Subject: Delayed Mail (still being retried)");
        h.add("Date: " + AT);
        h.add("Message-Id: <20261203071604.0A1B2C@relay.partner.example>");
        h.add("MIME-Version: 1.0");
        String status = """
                Reporting-MTA: dns; relay.partner.example

                Final-Recipient: rfc822; fahad.aldosari@partner.example
                Action: delayed
                Status: 4.4.1
                Diagnostic-Code: X-Postfix; connect to mx.partner.example[203.0.113.5]:25: Connection timed out
                Will-Retry-Until: Thu, 10 Dec 2026 10:15:02 +0300 (+03)
                """.replace("\n", "\r\n");
        return new Fixture("dsn-delay", Mime.message(h, dsn("0A1B2C.1796321764/relay.partner.example",
                "This is the mail system at host relay.partner.example.\n\n####################################################\n"
                        + "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################\n",
                status, originalHeaders(ESCALATED, "fahad.aldosari@partner.example") + "\r\n", List.of())), Reason.DAEMON_SENDER);
    }

    private static Fixture dsnReportOnly() {
        List<String> h = new ArrayList<>(FixtureHeaders.delivery("dsn-only", "bounce-handler@relay.partner.example",
                FixtureWorld.OUR_ADDRESS, "relay.partner.example", "198.51.100.90", AT));
        h.add("From: Mail System <mailsystem@relay.partner.example>");
        h.add("To: " + FixtureWorld.OUR_ADDRESS);
        h.add("Subject: Message status report");
        h.add("Date: " + AT);
        h.add("Message-Id: <report-118273@relay.partner.example>");
        h.add("MIME-Version: 1.0");
        String status = """
                Reporting-MTA: dns; relay.partner.example

                Final-Recipient: rfc822; info@partner.example
                Action: failed
                Status: 5.7.1
                Diagnostic-Code: smtp; 554 5.7.1 Message rejected by policy
                """.replace("\n", "\r\n");
        return new Fixture("dsn-report-only", Mime.message(h, dsn("=_report_118273", "Your message was rejected by the "
                + "recipient's server.\n", status, originalHeaders(CERTIFICATE, "info@partner.example") + "\r\n", List.of())),
                Reason.DELIVERY_REPORT);
    }

    private static Fixture dsnNestedPart() {
        List<String> h = new ArrayList<>(FixtureHeaders.delivery("dsn-nested", "alerts@gateway.partner.example",
                FixtureWorld.OUR_ADDRESS, "gateway.partner.example", "198.51.100.91", AT));
        h.add("From: Gateway Notifications <alerts@gateway.partner.example>");
        h.add("To: " + FixtureWorld.OUR_ADDRESS);
        h.add("Subject: Message could not be processed");
        h.add("Date: " + AT);
        h.add("Message-Id: <gw-55102@gateway.partner.example>");
        h.add("MIME-Version: 1.0");
        String status = "Reporting-MTA: dns; gateway.partner.example\r\n\r\nFinal-Recipient: rfc822; k.alshehri@partner.example\r\n"
                + "Action: failed\r\nStatus: 5.0.0\r\n";
        Part body = Mime.multipart("mixed", "gw-55102-boundary",
                Mime.text("plain", "The attached message could not be delivered.", "us-ascii", "7bit"),
                Mime.raw(List.of("Content-Type: message/delivery-status"), status),
                Mime.raw(List.of("Content-Type: text/rfc822-headers"), originalHeaders(DIVIDENDS, "k.alshehri@partner.example")));
        return new Fixture("dsn-nested-part", Mime.message(h, body), Reason.DELIVERY_REPORT);
    }

    private static Fixture eximBounce() {
        List<String> h = new ArrayList<>(FixtureHeaders.delivery("exim", "", FixtureWorld.OUR_ADDRESS, "mail.partner-coop.example",
                "198.51.100.23", AT));
        h.add("X-Failed-Recipients: khalid@partner-coop.example");
        h.add("Auto-Submitted: auto-replied");
        h.add("From: Mail Delivery System <Mailer-Daemon@mail.partner-coop.example>");
        h.add("To: " + FixtureWorld.OUR_ADDRESS);
        h.add("References: " + ESCALATED.messageId());
        h.add("Content-Type: text/plain; charset=us-ascii");
        h.add("Subject: Mail delivery failed: returning message to sender");
        h.add("Message-Id: <E1tIabd-0003xZ-3R@mail.partner-coop.example>");
        h.add("Date: " + AT);
        String body = """
                This message was created automatically by mail delivery software.

                A message that you sent could not be delivered to one or more of its
                recipients. This is a permanent error. The following address(es) failed:

                  khalid@partner-coop.example
                    No Such User Here

                ------ This is a copy of the message, including all the headers. ------

                """.replace("\n", "\r\n") + originalHeaders(ESCALATED, "khalid@partner-coop.example");
        return new Fixture("exim-bounce", Mime.message(h, Mime.raw(List.of(), body)), Reason.AUTO_SUBMITTED);
    }

    private static Fixture qmailBounce() {
        List<String> h = new ArrayList<>();
        h.add("Received: from mx.old-isp.example (mx.old-isp.example [192.0.2.99])\r\n\tby mx1.society.example (Postfix) with SMTP "
                + "id 4Q8y0C3dEfz9sV\r\n\tfor <tawasul@society.example>; " + AT);
        h.add("Date: 3 Dec 2026 07:16:04 -0000");
        h.add("From: MAILER-DAEMON@mx.old-isp.example");
        h.add("To: tawasul@society.example");
        h.add("Subject: failure notice");
        h.add("Message-ID: <qmail.29331.1796321764@mx.old-isp.example>");
        String body = """
                Hi. This is the qmail-send program at mx.old-isp.example.
                I'm afraid I wasn't able to deliver your message to the following addresses.
                This is a permanent error; I've given up. Sorry it didn't work out.

                <omar@old-isp.example>:
                Sorry, no mailbox here by that name. (#5.1.1)

                --- Below this line is a copy of the message.

                """.replace("\n", "\r\n") + originalHeaders(CERTIFICATE, "omar@old-isp.example");
        return new Fixture("qmail-bounce", Mime.message(h, Mime.raw(List.of(), body)), Reason.DAEMON_SENDER);
    }

    private static Fixture undeliverableSubjectOnlyAr() {
        List<String> h = new ArrayList<>(FixtureHeaders.delivery("undeliv-ar", "relay@gateway.partner.example",
                FixtureWorld.OUR_ADDRESS, "gateway.partner.example", "198.51.100.91", AT));
        h.add("From: " + Mime.b("بوابة البريد") + " <relay@gateway.partner.example>");
        h.add("To: " + FixtureWorld.OUR_ADDRESS);
        h.add("Subject: " + Mime.b("غير قابل للتسليم: " + ALLOWANCE.subject(true)).replace("\r\n", "\r\n\t"));
        h.add("Date: " + AT);
        h.add("Message-ID: <gw-ar-55103@gateway.partner.example>");
        h.add("MIME-Version: 1.0");
        return new Fixture("undeliverable-subject-only-ar", Mime.message(h, Mime.text("plain",
                "تعذر تسليم رسالتك إلى المستلم لأن عنوانه غير موجود.", "utf-8", "base64")), Reason.AUTO_REPLY_SUBJECT);
    }

    private static Fixture webmailAutoReplySubject() {
        String to = replyAddress(DIVIDENDS, KHALID);
        List<String> h = new ArrayList<>(FixtureHeaders.delivery("webmail-ar", "khalid@partner-coop.example", to,
                "webmail.hosting.example", "198.51.100.24", AT));
        h.add("From: Khalid <khalid@partner-coop.example>");
        h.add("To: " + to);
        h.add("Subject: Auto-Reply: " + DIVIDENDS.subject(false));
        h.add("Date: " + AT);
        h.add("Message-ID: <ar.1796321764.77@webmail.hosting.example>");
        h.add("MIME-Version: 1.0");
        return new Fixture("webmail-auto-reply-subject", Mime.message(h, Mime.text("plain",
                "I am away this week. I will answer next week.", "utf-8", "7bit")), Reason.AUTO_REPLY_SUBJECT);
    }

    private static Fixture outlookReadReceipt() {
        Staff s = AHMED;
        String to = replyAddress(ALLOWANCE, s);
        List<String> h = new ArrayList<>(FixtureHeaders.delivery("read-receipt", s.address(), to,
                "mail-db8eur05on2059.outbound.protection.outlook.com", "40.107.20.59", AT));
        h.add("From: " + s.nameEn() + " <" + s.address() + ">");
        h.add("To: " + Mime.bLower(OUR_NAME) + " <" + to + ">");
        h.add("Subject: Read: " + ALLOWANCE.subject(false));
        h.add("Thread-Topic: " + ALLOWANCE.subject(false));
        h.add("Date: Thu, 3 Dec 2026 07:20:41 +0000");
        h.add("Message-ID: <" + FixtureHeaders.uuid("rr") + "@DB9PR04MB8412.eurprd04.prod.outlook.com>");
        h.add("References: " + ALLOWANCE.messageId());
        h.add("In-Reply-To: " + ALLOWANCE.messageId());
        h.add("MIME-Version: 1.0");
        Part body = Mime.multipart("report", "_000_" + FixtureHeaders.hex("rr", 30) + "_", List.of("report-type=disposition-notification"),
                Mime.text("plain", "Your message\n\n  To: Ahmed Alharbi\n  Subject: " + ALLOWANCE.subject(false)
                        + "\n\nwas read on Thursday, December 3, 2026 10:20:41 AM (UTC+03:00) Kuwait, Riyadh.", "utf-8", "quoted-printable"),
                Mime.raw(List.of("Content-Type: message/disposition-notification"), "Reporting-UA: DB9PR04MB8412.eurprd04.prod"
                        + ".outlook.com; Microsoft Outlook 16.0\r\nFinal-Recipient: rfc822;ahmed.alharbi@society.example\r\nOriginal-Message-ID: "
                        + ALLOWANCE.messageId() + "\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n"));
        return new Fixture("outlook-read-receipt", Mime.message(h, body), Reason.DELIVERY_REPORT);
    }

    // --- our own mail, back -----------------------------------------------------------------------

    /** Our notification as the renderer writes it, delivered back to our own mailbox. */
    private static Fixture ownNotificationLooped() {
        byte[] rendered = render(ALLOWANCE, AHMED, "ahmed.alharbi@society.example");
        List<String> h = new ArrayList<>(FixtureHeaders.delivery("own-loop", FixtureWorld.OUR_ADDRESS, FixtureWorld.OUR_ADDRESS,
                "app1.society.example", "10.20.0.30", AT));
        return new Fixture("own-notification-looped", prepend(h, rendered), Reason.OWN_MESSAGE_ID);
    }

    /** Our notification to a group our own address is a member of, stripped of its auto headers by the group. */
    private static Fixture ownNotificationViaGroup() {
        String rendered = new String(render(CERTIFICATE, SARA, "member-services@society.example"), StandardCharsets.UTF_8)
                .replaceAll("(?m)^(Auto-Submitted|X-Auto-Response-Suppress): .*\r\n", "")
                .replaceAll("(?m)^From: .*\r\n(?:[ \t].*\r\n)*", "From: " + Mime.b(SARA.nameAr()) + " via Member Services <member-services@society.example>\r\n");
        List<String> h = new ArrayList<>(FixtureHeaders.delivery("own-group", "member-services@society.example",
                FixtureWorld.OUR_ADDRESS, "mail-db8eur05on2059.outbound.protection.outlook.com", "40.107.20.59", AT));
        h.add("X-MS-Exchange-Organization-Distribution-Group: member-services@society.example");
        return new Fixture("own-notification-via-group", prepend(h, rendered.getBytes(StandardCharsets.UTF_8)), Reason.OWN_MESSAGE_ID);
    }

    private static Fixture ownAddressFrom() {
        List<String> h = new ArrayList<>(FixtureHeaders.delivery("own-address", FixtureWorld.OUR_ADDRESS, FixtureWorld.OUR_ADDRESS,
                "webmail.society.example", "10.20.0.31", AT));
        h.add("MIME-Version: 1.0");
        h.add("Date: " + AT);
        h.add("From: " + Mime.b(OUR_NAME) + " <Tawasul@Society.example>");
        h.add("To: " + FixtureWorld.OUR_ADDRESS);
        h.add("Subject: test");
        h.add("Message-ID: <8c1f2d3e4a5b6c7d8e9f0a1b2c3d4e5f@society.example>");
        h.add("User-Agent: Roundcube Webmail/1.6.9");
        return new Fixture("own-address-from", Mime.message(h, Mime.text("plain", "Testing the mailbox after the password change.",
                "us-ascii", "7bit")), Reason.OWN_ADDRESS);
    }

    private static byte[] render(Case c, Staff s, String to) {
        try {
            EmailRenderer renderer = new EmailRenderer(FixtureWorld.OUR_ADDRESS, OUR_NAME, FixtureWorld.DOMAIN);
            OutboundMessage message = new OutboundMessage(c.outboxId(), ChannelId.EMAIL, to,
                    FixtureWorld.notification(c, true), List.of(), null,
                    new OutboundMessage.Envelope(c.subject(true), c.reference(), replyAddress(c, s)), 1, 0);
            MimeMessage mail = renderer.render(Session.getInstance(new Properties()), message);
            mail.setHeader("Date", "Thu, 3 Dec 2026 10:15:02 +0300 (AST)");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            mail.writeTo(out);
            // fixed boundaries, so the fixture is written the same every time
            String text = out.toString(StandardCharsets.US_ASCII)
                    .replaceAll("----=_Part_\\d+_-?\\d+\\.\\d+", "----=_Part_0_" + c.outboxId() + ".1796321702000");
            return text.getBytes(StandardCharsets.US_ASCII);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] prepend(List<String> headers, byte[] rest) {
        byte[] head = (String.join("\r\n", headers) + "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + rest.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(rest, 0, all, head.length, rest.length);
        return all;
    }
}
