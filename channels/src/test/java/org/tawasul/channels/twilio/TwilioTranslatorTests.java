package org.tawasul.channels.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tawasul.channels.ChannelId;
import org.tawasul.channels.twilio.TwilioInbound.Kind;
import org.tawasul.conversations.engine.GlobalCommand;
import org.tawasul.conversations.input.InputNormaliser;
import org.tawasul.conversations.message.Inbound;

class TwilioTranslatorTests {

    private static final String SID = "SM" + "0123456789abcdef".repeat(2);

    private static Map<String, String> sms(String body) {
        Map<String, String> form = new HashMap<>(Map.of("MessageSid", SID, "SmsSid", SID,
                "AccountSid", "AC" + "0123456789abcdef".repeat(2), "From", "+966501234567", "To", "+15005550006",
                "NumMedia", "0", "NumSegments", "1", "FromCountry", "SA"));
        if (body != null) {
            form.put("Body", body);
        }
        return form;
    }

    private static Kind kind(String body) {
        return TwilioTranslator.translate(sms(body)).kind();
    }

    @Test
    void aTextIsDialogInputWithTheSenderAndTheMessageSid() {
        TwilioInbound inbound = TwilioTranslator.translate(sms("  أريد الاستعلام عن طلبي  "));
        assertThat(inbound).isEqualTo(new TwilioInbound(SID, "+966501234567", "+15005550006", Kind.INPUT, null,
                Inbound.text("أريد الاستعلام عن طلبي"), 0));
        assertThat(inbound.channel()).isEqualTo(ChannelId.SMS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"STOP", "stop", " Stop ", "STOPALL", "UNSUBSCRIBE", "CANCEL", "End", "quit", "REVOKE",
            "OPTOUT", "إيقاف", "ايقاف", "أوقف", "اوقف", "إيقاف الرسائل", "ايقاف  الرسائل", "أوقف الرسائل", "إيـقـاف",
            "إِيقَاف"})
    void optOutWordsOptOut(String body) {
        assertThat(kind(body)).isEqualTo(Kind.OPT_OUT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"START", "start", "YES", "Unstop", "تفعيل", "تفعيل الرسائل"})
    void optInWordsOptIn(String body) {
        assertThat(kind(body)).isEqualTo(Kind.OPT_IN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"HELP", "help", "Info"})
    void helpWordsAskForHelp(String body) {
        assertThat(kind(body)).isEqualTo(Kind.HELP);
    }

    @ParameterizedTest
    @ValueSource(strings = {"stop it", "please stop", "STOP.", "إيقاف الطلب", "ايقاف العضوية", "تفعيل العضوية", "نعم",
            "اشتراك", "إلغاء الاشتراك", "توقف", "1"})
    void aKeywordCountsOnlyAsTheWholeMessage(String body) {
        assertThat(kind(body)).isEqualTo(Kind.INPUT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"إلغاء", "الغاء", "خروج", "مساعدة", "رجوع", "القائمة", "موظف", "exit"})
    void theDialogsOwnCommandsStayDialogInput(String body) {
        assertThat(kind(body)).isEqualTo(Kind.INPUT);
    }

    @Test
    void noArabicKeywordIsAWordTheDialogsAlreadyUse() {
        Set<String> arabic = Stream.of(TwilioTranslator.ARABIC_OPT_OUT, TwilioTranslator.ARABIC_OPT_IN)
                .flatMap(Set::stream).collect(Collectors.toSet());
        assertThat(arabic).allSatisfy(word -> assertThat(GlobalCommand.match(InputNormaliser.fold(word), null))
                .as(word).isEmpty());
    }

    @Test
    void theOnlyEnglishClashesAreCancelAndHelpWhichTwilioDecidesForUs() {
        Set<String> english = Stream.of(TwilioTranslator.ENGLISH_OPT_OUT, TwilioTranslator.ENGLISH_OPT_IN,
                TwilioTranslator.ENGLISH_HELP).flatMap(Set::stream).collect(Collectors.toSet());
        assertThat(english.stream().filter(word -> GlobalCommand.match(word, null).isPresent()))
                .containsExactlyInAnyOrder("cancel", "help");
    }

    @Test
    void aKeywordKeepsTheTextSoAnOptInFromAMemberWhoNeverOptedOutCanBeAnAnswer() {
        TwilioInbound yes = TwilioTranslator.translate(sms("Yes"));
        assertThat(yes.kind()).isEqualTo(Kind.OPT_IN);
        assertThat(yes.keyword()).isEqualTo("yes");
        assertThat(yes.input()).isEqualTo(Inbound.text("Yes"));
    }

    @Test
    void twiliosAdvancedOptOutVerdictWins() {
        Map<String, String> form = sms("وقف");
        form.put("OptOutType", "STOP");
        assertThat(TwilioTranslator.translate(form).kind()).isEqualTo(Kind.OPT_OUT);
        form.put("OptOutType", "START");
        assertThat(TwilioTranslator.translate(form).kind()).isEqualTo(Kind.OPT_IN);
        form.put("OptOutType", "HELP");
        assertThat(TwilioTranslator.translate(form).kind()).isEqualTo(Kind.HELP);
        form.put("OptOutType", "SOMETHING_NEW");
        assertThat(TwilioTranslator.translate(form).kind()).isEqualTo(Kind.INPUT);
    }

    @Test
    void anAttachmentWithoutTextOrABlankMessageHasNoText() {
        Map<String, String> photo = sms(null);
        photo.put("NumMedia", "1");
        photo.put("MediaUrl0", "https://api.twilio.com/2010-04-01/Accounts/AC.../Media/ME...");
        assertThat(TwilioTranslator.translate(photo)).satisfies(inbound -> {
            assertThat(inbound.kind()).isEqualTo(Kind.NO_TEXT);
            assertThat(inbound.input()).isNull();
            assertThat(inbound.mediaCount()).isEqualTo(1);
        });
        assertThat(kind("   ")).isEqualTo(Kind.NO_TEXT);
        Map<String, String> captioned = sms("صورة الإيصال");
        captioned.put("NumMedia", "1");
        assertThat(TwilioTranslator.translate(captioned)).satisfies(inbound -> {
            assertThat(inbound.kind()).isEqualTo(Kind.INPUT);
            assertThat(inbound.mediaCount()).isEqualTo(1);
        });
    }

    @Test
    void aWhatsAppSenderIsOnTheWhatsAppChannel() {
        Map<String, String> form = sms("مرحبا");
        form.put("From", "whatsapp:+966501234567");
        TwilioInbound inbound = TwilioTranslator.translate(form);
        assertThat(inbound.from()).isEqualTo("whatsapp:+966501234567");
        assertThat(inbound.channel()).isEqualTo(ChannelId.WHATSAPP);
    }

    @Test
    void aMessageWithoutSidOrSenderIsRejected() {
        Map<String, String> noSid = sms("مرحبا");
        noSid.remove("MessageSid");
        assertThatThrownBy(() -> TwilioTranslator.translate(noSid)).isInstanceOf(IllegalArgumentException.class);
        Map<String, String> noFrom = sms("مرحبا");
        noFrom.remove("From");
        assertThatThrownBy(() -> TwilioTranslator.translate(noFrom)).isInstanceOf(IllegalArgumentException.class);
    }
}
