package org.tawasul.staff.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tawasul.channels.ChannelId;
import org.tawasul.channels.twilio.SmsParts;
import org.tawasul.channels.twilio.SmsSegments;
import org.tawasul.conversations.message.Language;

/**
 * An officer's reply relayed by SMS stays within the segment budget, counted as Twilio bills (the real
 * {@link SmsSegments}: GSM-7 160 / 153 septets a part, the extension characters two; UCS-2 70 / 67 units, a
 * surrogate pair never split): on the boundary it goes whole, one character more and it is cut with the note.
 */
class RelayTextTests {

    private static final SmsParts SMS = new SmsParts(ChannelId.SMS);
    private static final String OFFICER_EN = "Abdullah Mohammed";
    private static final String OFFICER_AR = "أ. عبدالله محمد";
    private static final String REF = "CMP-2026-000123";

    private static String prefix(String officer) {
        return officer + " (" + REF + "):\n";
    }

    private static String words(String word, int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append(word).append(' ');
        }
        return text.substring(0, length);
    }

    @Test
    void anEnglishReplyOfExactlyThreeGsmSegmentsGoesWholeAndOneSeptetMoreIsCutWithTheNote() {
        int room = 3 * 153 - prefix(OFFICER_EN).length();
        String exact = words("payment", room - 1) + "x";
        String whole = RelayText.of(OFFICER_EN, REF, exact, Language.EN, SMS, 3);
        assertThat(whole).isEqualTo(prefix(OFFICER_EN) + exact);
        assertThat(SmsSegments.of(whole)).satisfies(s -> {
            assertThat(s.encoding()).isEqualTo(SmsSegments.Encoding.GSM_7);
            assertThat(s.units()).isEqualTo(459);
            assertThat(s.count()).isEqualTo(3);
        });

        String longer = exact + "y";
        String cut = RelayText.of(OFFICER_EN, REF, longer, Language.EN, SMS, 3);
        assertThat(cut).startsWith(prefix(OFFICER_EN)).endsWith("(the rest is too long for a text message; continue on Telegram)");
        assertThat(SmsSegments.of(cut).encoding()).as("the note keeps an English text in GSM-7").isEqualTo(SmsSegments.Encoding.GSM_7);
        assertThat(SmsSegments.of(cut).count()).isEqualTo(3);
        String kept = cut.substring(prefix(OFFICER_EN).length(), cut.indexOf("\n..."));
        assertThat(longer).startsWith(kept);
        assertThat(longer.charAt(kept.length())).as("cut at a word").isEqualTo(' ');
        assertThat(kept.length()).isGreaterThan(300);
    }

    @Test
    void extensionCharactersCountTwoSeptetsAndNeverStraddleTwoParts() {
        int most = 0; // the most euro signs whose message SmsSegments bills as 3 segments
        while (SmsSegments.of(prefix(OFFICER_EN) + "€".repeat(most + 1)).count() <= 3) {
            most++;
        }
        assertThat(most).as("fewer than 459 septets: a pair never straddles two parts").isLessThan((459 - 37) / 2);
        String euros = "€".repeat(most);
        assertThat(RelayText.of(OFFICER_EN, REF, euros, Language.EN, SMS, 3)).isEqualTo(prefix(OFFICER_EN) + euros);
        String cut = RelayText.of(OFFICER_EN, REF, euros + "€", Language.EN, SMS, 3);
        assertThat(cut).endsWith("continue on Telegram)");
        assertThat(SmsSegments.of(cut).count()).isEqualTo(3);
    }

    @Test
    void anArabicReplyOfExactlyThreeUcs2SegmentsGoesWholeAndOneUnitMoreIsCutWithTheArabicNote() {
        int room = 3 * 67 - prefix(OFFICER_AR).length();
        String exact = words("سيصرف", room - 1) + "ك";
        String whole = RelayText.of(OFFICER_AR, REF, exact, Language.AR, SMS, 3);
        assertThat(whole).isEqualTo(prefix(OFFICER_AR) + exact);
        assertThat(SmsSegments.of(whole).units()).isEqualTo(201);
        assertThat(SmsSegments.of(whole).count()).isEqualTo(3);

        String cut = RelayText.of(OFFICER_AR, REF, exact + "م", Language.AR, SMS, 3);
        assertThat(cut).startsWith(prefix(OFFICER_AR)).endsWith("تابعها عبر تيليجرام)");
        assertThat(SmsSegments.of(cut).count()).isEqualTo(3);
        assertThat(SmsSegments.of(cut).encoding()).isEqualTo(SmsSegments.Encoding.UCS_2);
    }

    @Test
    void aSingleCharacterOutsideGsm7MakesTheWholeReplyUcs2AndItIsCutToThatBudget() {
        String text = words("the payment is due on Sunday", 300) + " ✓";
        String cut = RelayText.of(OFFICER_EN, REF, text, Language.EN, SMS, 3);
        assertThat(cut).doesNotContain("✓").endsWith("continue on Telegram)");
        assertThat(SmsSegments.of(cut).count()).isLessThanOrEqualTo(3);
        // without the one character the same text fits in GSM-7 and goes whole
        String gsm = words("the payment is due on Sunday", 300);
        assertThat(RelayText.of(OFFICER_EN, REF, gsm, Language.EN, SMS, 3)).isEqualTo(prefix(OFFICER_EN) + gsm);
    }

    @Test
    void aSurrogatePairIsNeverSplitAndABudgetOfOneIsKept() {
        String emoji = "🙂".repeat(60); // 120 UTF-16 units
        String cut = RelayText.of(OFFICER_EN, REF, emoji, Language.EN, SMS, 1);
        assertThat(SmsSegments.of(cut).count()).isEqualTo(1);
        String kept = cut.substring(prefix(OFFICER_EN).length(), cut.indexOf("\n..."));
        assertThat(kept).matches("(🙂)*");
        assertThat(cut.codePoints().filter(c -> c >= 0xD800 && c <= 0xDFFF)).as("no half pair").isEmpty();
    }

    @Test
    void onAChatChannelTheReplyGoesWholeWhateverItsLength() {
        String text = words("long", 5000);
        assertThat(RelayText.of(OFFICER_EN, REF, text, Language.EN, null, 3)).isEqualTo(prefix(OFFICER_EN) + text);
    }
}
