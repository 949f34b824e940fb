package org.tawasul.channels.email;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ReplyTextTests {

    private static final String QUOTED = "> السلام عليكم\n> وصلت شكوى جديدة.\n";

    @Test
    void cutsGmailAttributionsInEnglishAndArabic() {
        assertThat(ReplyText.newText("Thanks, done.\n\nOn Thu, Dec 3, 2026 at 10:15 AM Tawasul <tawasul@society.example> wrote:\n\n"
                + QUOTED)).isEqualTo("Thanks, done.");
        assertThat(ReplyText.newText("تم.\n\nفي الخميس، 3 ديسمبر 2026، كتب أحمد الحربي:\n" + QUOTED)).isEqualTo("تم.");
        assertThat(ReplyText.newText("تم.\n\nفي 3 ديسمبر 2026 10:15 ص كتب تواصل <tawasul@society.example>:\n" + QUOTED))
                .isEqualTo("تم.");
        assertThat(ReplyText.newText("تم.\n\nفي الخميس، ٣ ديسمبر ٢٠٢٦ في ١٠:١٥ ص تمت كتابة ما يلي بواسطة تواصل <tawasul@society.example>:\n"
                + QUOTED)).isEqualTo("تم.");
    }

    @Test
    void cutsAnAttributionWrappedOverSeveralLines() {
        assertThat(ReplyText.newText("Done.\n\nOn Thu, Dec 3, 2026 at 10:15 AM Tawasul Member Services of the Society <\n"
                + "tawasul@society.example>\nwrote:\n\n> quoted")).isEqualTo("Done.");
    }

    @Test
    void cutsAppleMailsAttribution() {
        assertThat(ReplyText.newText("Noted.\n\nOn 3 Dec 2026, at 10:15, X <x@y.example> wrote:\n\n> quoted")).isEqualTo("Noted.");
    }

    @Test
    void cutsOutlookHeaderBlocksInEnglishAndArabic() {
        assertThat(ReplyText.newText("Approved.\n\nFrom: Tawasul <tawasul@society.example>\nSent: Thursday, December 3, 2026 10:15 AM\n"
                + "To: Ahmed <ahmed@society.example>\nSubject: [CMP-1] New\n\nquoted")).isEqualTo("Approved.");
        assertThat(ReplyText.newText("موافق.\n\nمن: تواصل <tawasul@society.example>\nتم الإرسال: الخميس، 3 ديسمبر 2026 10:15 ص\n"
                + "إلى: أحمد <ahmed@society.example>\nالموضوع: [CMP-1] جديد\n\nنص")).isEqualTo("موافق.");
        assertThat(ReplyText.newText("موافق.\n\n*من:* تواصل <tawasul@society.example>\n*أُرسلت:* الخميس\n*إلى:* أحمد\n*الموضوع:* جديد"))
                .isEqualTo("موافق.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-----Original Message-----", "-----الرسالة الأصلية-----", "________________________________",
        "-------- Original message --------", "---------- Forwarded message ---------", "Begin forwarded message:"})
    void cutsAtSeparators(String separator) {
        assertThat(ReplyText.newText("Yes.\n\n" + separator + "\nFrom: someone\nquoted text")).isEqualTo("Yes.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sent from my iPhone", "Sent from my Galaxy", "Sent from my iPad", "Get Outlook for Android",
        "Get Outlook for iOS<https://aka.ms/o0ukef>", "أرسلت من iPhone", "أُرسلت من جهاز iPhone الخاص بي",
        "تم الإرسال من جوالي", "Sent from Mail for Windows"})
    void cutsMobileFooters(String footer) {
        assertThat(ReplyText.newText("نعم، تمت الموافقة.\n\n" + footer + "\n\n> quoted")).isEqualTo("نعم، تمت الموافقة.");
    }

    @Test
    void cutsSignaturesAfterTheDelimiter() {
        assertThat(ReplyText.newText("Done.\n\n-- \nAhmed Alharbi\nMember Services")).isEqualTo("Done.");
        assertThat(ReplyText.newText("تم.\n--\nأحمد")).isEqualTo("تم.");
    }

    @Test
    void dropsQuotedLinesAndKeepsAnswersWrittenBetweenThem() {
        assertThat(ReplyText.newText("> Is it paid?\nYes, on Sunday.\n> When?\nAt 10.")).isEqualTo("Yes, on Sunday.\nAt 10.");
        assertThat(ReplyText.newText("On Thu, Dec 3, 2026 at 10:15 AM X <x@y.example> wrote:\n> Is it paid?\n\nYes.\n\n> Thanks\n\n-- \nAhmed"))
                .isEqualTo("Yes.");
    }

    @Test
    void keepsLinesThatOnlyLookLikeMarkers() {
        String text = """
                On Monday we will pay the allowance.
                من: قسم المالية
                في الاجتماع القادم سنناقش الطلب، وكتب العضو ملاحظة:
                From: the finance department, with thanks.
                Sent from the head office.""";
        assertThat(ReplyText.newText(text)).isEqualTo(text);
    }

    @Test
    void removesBidiMarksAroundLinesAndTrimsBlankLines() {
        assertThat(ReplyText.newText("\n\u200F\n\u202Bتمت الموافقة.\u202C\n\u200F\n\n\n\u200Fشكرًا\u200F  \n\n"))
                .isEqualTo("تمت الموافقة.\n\nشكرًا");
        assertThat(ReplyText.newText("a\u200Eb")).isEqualTo("a\u200Eb");
    }

    @Test
    void removesOutlookInlineImagePlaceholders() {
        assertThat(ReplyText.newText("Regards,\n[cid:image001.png@01DB4C2A.5E6F7A80]\nAhmed")).isEqualTo("Regards,\nAhmed");
    }

    @Test
    void htmlRepliesLoseGmailQuotesAndBlockquotes() {
        String html = "<div dir=\"rtl\"><div>تمت الموافقة.</div><div><br></div><div>شكرًا</div></div><br>"
                + "<div class=\"gmail_quote\"><div class=\"gmail_attr\">في الخميس كتب:</div><blockquote>نص قديم</blockquote></div>";
        assertThat(ReplyText.newTextOfHtml(html)).isEqualTo("تمت الموافقة.\n\nشكرًا");
        assertThat(ReplyText.newTextOfHtml("<p>Yes.</p><blockquote type=\"cite\">old</blockquote><p>Bye</p>")).isEqualTo("Yes.\n\nBye");
    }

    @Test
    void htmlRepliesLoseOutlooksReplyHeaderAndAllThatFollows() {
        String html = "<body><div>Approved.</div><div id=\"appendonsend\"></div><hr tabindex=\"-1\"><div id=\"divRplyFwdMsg\">"
                + "<b>From:</b> Tawasul</div><div>old text</div></body>";
        assertThat(ReplyText.newTextOfHtml(html)).isEqualTo("Approved.");
        String nested = "<body><div class=\"x\"><div>موافق</div><div id=\"divRplyFwdMsg\"><b>من:</b> تواصل</div><p>قديم</p></div>"
                + "<div>older</div></body>";
        assertThat(ReplyText.newTextOfHtml(nested)).isEqualTo("موافق");
    }

    @Test
    void htmlKeepsParagraphsAndLineBreaks() {
        assertThat(HtmlText.toText("<p>One<br>two</p><p>three</p>", false)).isEqualTo("One\ntwo\n\nthree\n\n");
        assertThat(ReplyText.newTextOfHtml("<p class=\"MsoNormal\">One<o:p></o:p></p><p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>"
                + "<p class=\"MsoNormal\">Two &amp; <b>three</b></p>")).isEqualTo("One\n\nTwo & three");
        assertThat(ReplyText.newTextOfHtml("<ol><li>first</li><li>second</li></ol><ul><li>dot</li></ul>"))
                .isEqualTo("1. first\n2. second\n\n- dot");
        assertThat(ReplyText.newTextOfHtml("See <a href=\"https://society.example/f\">the form</a>."))
                .isEqualTo("See the form <https://society.example/f>.");
        // line breaks in <pre> are kept; like every line's, its indentation is trimmed
        assertThat(ReplyText.newTextOfHtml("<style>p{}</style><pre>a\n  b</pre>")).isEqualTo("a\nb");
    }

    @Test
    void emptyInputGivesEmptyText() {
        assertThat(ReplyText.newText("")).isEmpty();
        assertThat(ReplyText.newText(null)).isEmpty();
        assertThat(ReplyText.newTextOfHtml("")).isEmpty();
        assertThat(ReplyText.newText("On Thu, Dec 3, 2026 at 10:15 AM X <x@y.example> wrote:\n> only quotes")).isEmpty();
    }
}
