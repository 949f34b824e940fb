package org.tawasul.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tawasul.channels.twilio.SmsSegments;
import org.tawasul.conversations.message.Language;

/** The notification texts: every SMS fits one segment with the longest real values; a society's file is checked. */
class NotificationTextsTests {

    /** The longest reference (a seven-digit number, past 999999) and case title a text can carry. */
    static final Map<String, String> LONGEST = Map.of("reference", "REQ-2026-1000000", "title", "طلب تمويل مشروع صغير",
            "message", "", "link", "");

    private final NotificationTexts texts = NotificationTexts.load(null);

    @Test
    void everyArabicSmsFitsOneUcs2SegmentAndEveryEnglishOneOneGsm7Segment() {
        int checked = 0;
        for (String kind : NotificationSettings.KINDS) {
            String arabic = texts.render(kind, NotificationTexts.Medium.SMS, Language.AR, LONGEST);
            SmsSegments ar = SmsSegments.of(arabic);
            assertThat(ar.encoding()).as(kind).isEqualTo(SmsSegments.Encoding.UCS_2);
            assertThat(ar.count()).as(kind + ": " + arabic + " (" + ar.units() + " units)").isEqualTo(1);
            String english = texts.render(kind, NotificationTexts.Medium.SMS, Language.EN, LONGEST);
            SmsSegments en = SmsSegments.of(english);
            assertThat(en.encoding()).as(kind + ": no character outside GSM-7").isEqualTo(SmsSegments.Encoding.GSM_7);
            assertThat(en.count()).as(kind + ": " + english).isEqualTo(1);
            checked += 2;
        }
        assertThat(checked).isEqualTo(2 * NotificationSettings.KINDS.size()).isPositive();
    }

    @Test
    void aSocietysFileReplacesTheKindsItNamesAndIsCheckedWithTheFix(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("texts.yaml");
        Files.writeString(file, """
                closed:
                  chat: {ar: "أغلقنا {reference}.", en: "Closed {reference}."}
                  sms: {ar: "أغلقنا {reference}.", en: "Closed {reference}."}
                """);
        NotificationTexts own = NotificationTexts.load(file);
        assertThat(own.render("closed", NotificationTexts.Medium.CHAT, Language.AR, Map.of("reference", "CMP-2026-000001")))
                .isEqualTo("أغلقنا CMP-2026-000001.");
        assertThat(own.render("answered", NotificationTexts.Medium.SMS, Language.EN, Map.of("reference", "R")))
                .isEqualTo("Your case R has been answered; the answer follows.");
        Files.writeString(file, "closed:\n  chat: {ar: \"x\"}\n");
        assertThatThrownBy(() -> NotificationTexts.load(file)).hasMessageContaining("closed.chat.en is missing")
                .hasMessageContaining("Fix:");
        Files.writeString(file, "finished:\n  chat: {ar: x, en: x}\n  sms: {ar: x, en: x}\n");
        assertThatThrownBy(() -> NotificationTexts.load(file)).hasMessageContaining("'finished' is not a notification kind");
    }
}
