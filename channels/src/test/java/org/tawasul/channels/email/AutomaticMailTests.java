package org.tawasul.channels.email;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawasul.channels.email.AutomaticMail.Reason;

class AutomaticMailTests {

    private static final String PERSON = """
            Return-Path: <ahmed@society.example>
            From: Ahmed <ahmed@society.example>
            To: tawasul+abc@society.example
            Subject: RE: [CMP-2026-000123] New complaint
            Message-ID: <DB9PR04MB8412@eurprd04.prod.outlook.com>
            In-Reply-To: <tawasul.outbox.4711@society.example>
            References: <tawasul.thread.CMP-2026-000123@society.example> <tawasul.outbox.4711@society.example>
            """;

    private final AutomaticMail automatic = new AutomaticMail("society.example", List.of("Tawasul@Society.example"));

    @Test
    void aPersonsReplyToOurNotificationIsNotAutomatic() {
        assertThat(automatic.check(mail(PERSON))).isEqualTo(AutomaticMail.Verdict.PERSON);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Auto-Submitted: auto-replied             | AUTO_SUBMITTED",
        "Auto-Submitted: auto-generated           | AUTO_SUBMITTED",
        "Auto-Submitted: auto-notified; owner=x   | AUTO_SUBMITTED",
        "X-Auto-Response-Suppress: All            | AUTO_RESPONSE_SUPPRESS",
        "X-Auto-Response-Suppress: DR, OOF        | AUTO_RESPONSE_SUPPRESS",
        "X-Autoreply: yes                         | AUTOREPLY_HEADER",
        "X-Autorespond: tawasul@society.example   | AUTOREPLY_HEADER",
        "Precedence: bulk                         | PRECEDENCE",
        "Precedence: List                         | PRECEDENCE",
        "Precedence: junk                         | PRECEDENCE",
        "X-Loop: ahmed@society.example            | LOOP",
        "List-Id: <staff.society.example>         | MAILING_LIST",
        "List-Unsubscribe: <mailto:u@x.example>   | MAILING_LIST",
        "X-Failed-Recipients: a@x.example         | DELIVERY_REPORT"})
    void aHeaderMarksAMailAutomatic(String header, Reason reason) {
        AutomaticMail.Verdict verdict = automatic.check(mail(PERSON + header + "\n"));
        assertThat(verdict.reason()).isEqualTo(reason);
        assertThat(verdict.evidence()).contains(header.substring(header.indexOf(':') + 2).strip());
    }

    @Test
    void autoSubmittedNoAndSuppressNoneAreAPersonsMail() {
        assertThat(automatic.check(mail(PERSON + "Auto-Submitted: no\nX-Auto-Response-Suppress: None\n")).automatic()).isFalse();
        assertThat(automatic.check(mail(PERSON + "Precedence: first-class\n")).automatic()).isFalse();
    }

    @Test
    void anEmptyReturnPathOrADaemonSenderIsAutomatic() {
        assertThat(automatic.check(mail(PERSON.replace("<ahmed@society.example>\nFrom", "<>\nFrom"))).reason())
                .isEqualTo(Reason.EMPTY_RETURN_PATH);
        assertThat(automatic.check(mail(PERSON.replace("From: Ahmed <ahmed@society.example>",
                "From: Mail Delivery System <MAILER-DAEMON@mx.example>"))).reason()).isEqualTo(Reason.DAEMON_SENDER);
        assertThat(automatic.check(mail(PERSON.replace("From: Ahmed <ahmed@society.example>", "From: postmaster@society.example")))
                .reason()).isEqualTo(Reason.DAEMON_SENDER);
        assertThat(automatic.check(mail(PERSON.replace("Return-Path: <ahmed@society.example>", "Return-Path: <noreply@bank.example>")))
                .reason()).isEqualTo(Reason.DAEMON_SENDER);
    }

    @Test
    void ourOwnMessageIdOrAddressIsAutomatic() {
        assertThat(automatic.check(mail(PERSON.replace("<DB9PR04MB8412@eurprd04.prod.outlook.com>",
                "<tawasul.outbox.4711@society.example>"))).reason()).isEqualTo(Reason.OWN_MESSAGE_ID);
        assertThat(automatic.check(mail(PERSON.replace("From: Ahmed <ahmed@society.example>",
                "From: =?UTF-8?B?2KrZiNin2LXZhA==?= <tawasul@society.example>"))).reason()).isEqualTo(Reason.OWN_ADDRESS);
    }

    @Test
    void deliveryAndReadReportsAreAutomaticWhereverTheReportIs() {
        String report = PERSON + "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=b\n\n"
                + "--b\nContent-Type: text/plain\n\nfailed\n--b\nContent-Type: message/delivery-status\n\nAction: failed\n--b--\n";
        assertThat(automatic.check(mail(report)).reason()).isEqualTo(Reason.DELIVERY_REPORT);
        String nested = PERSON + "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\n"
                + "failed\n--b\nContent-Type: message/delivery-status\n\nAction: failed\n--b--\n";
        assertThat(automatic.check(mail(nested)).evidence()).isEqualTo("part message/delivery-status");
        String receipt = PERSON + "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=disposition-notification; "
                + "boundary=b\n\n--b\nContent-Type: text/plain\n\nread\n--b--\n";
        assertThat(automatic.check(mail(receipt)).reason()).isEqualTo(Reason.DELIVERY_REPORT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Automatic reply: [CMP-1] New", "Out of Office: [CMP-1] New", "Out of Office AutoReply: [CMP-1]",
        "=?UTF-8?B?2LHYryDYqtmE2YLYp9im2Yo6IFtDTVAtMV0=?=", "خارج المكتب: [CMP-1]", "Undeliverable: [CMP-1] New",
        "Auto-Reply: [CMP-1]", "رد تلقائي: [CMP-1] جديد"})
    void theSubjectOfAnOutOfOfficeReplyIsTheLastResort(String subject) {
        String headers = PERSON.replace("Subject: RE: [CMP-2026-000123] New complaint", "Subject: " + subject);
        assertThat(automatic.check(mail(headers)).reason()).isEqualTo(Reason.AUTO_REPLY_SUBJECT);
    }

    @Test
    void aReplyAboutOfficeHoursIsNotAnOutOfOfficeReply() {
        String headers = PERSON.replace("Subject: RE: [CMP-2026-000123] New complaint",
                "Subject: RE: [CMP-1] Complaint about the out of office hours service");
        assertThat(automatic.check(mail(headers)).automatic()).isFalse();
    }

    static MimeMessage mail(String headersAndBody) {
        String text = headersAndBody.contains("\n\n") ? headersAndBody : headersAndBody + "\nbody\n";
        try {
            return new MimeMessage(Session.getInstance(EmailTranslator.parsingProperties()),
                    new ByteArrayInputStream(text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
