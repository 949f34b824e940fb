package org.tawasul.channels.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardMarkup;
import org.tawasul.conversations.message.Choice;
import org.tawasul.conversations.message.InputHint;
import org.tawasul.conversations.message.Language;

class TelegramRendererTests {

    private static final List<Choice> AREAS = List.of(new Choice("service", "خدمة قدمتها الجمعية"), new Choice("finance", "مستحقات مالية"));

    @Test
    void choicesAreAnInlineKeyboardOneButtonPerRowWithTheKeyAsCallbackData() {
        List<SendMessage> calls = TelegramRenderer.render("555", "عمَّ الشكوى؟", AREAS, InputHint.TEXT, Language.AR);
        assertThat(calls).hasSize(1);
        InlineKeyboardMarkup keyboard = (InlineKeyboardMarkup) calls.get(0).getReplyMarkup();
        assertThat(keyboard.getKeyboard()).hasSize(2);
        assertThat(keyboard.getKeyboard().get(1).get(0).getText()).isEqualTo("مستحقات مالية");
        assertThat(keyboard.getKeyboard().get(1).get(0).getCallbackData()).isEqualTo("finance");
    }

    @Test
    void aPhoneQuestionOffersToShareTheContactOnce() {
        SendMessage call = TelegramRenderer.render("555", "ما رقم جوالك؟", List.of(), InputHint.PHONE, Language.AR).get(0);
        ReplyKeyboardMarkup keyboard = (ReplyKeyboardMarkup) call.getReplyMarkup();
        assertThat(keyboard.getOneTimeKeyboard()).isTrue();
        assertThat(keyboard.getKeyboard().get(0).get(0).getRequestContact()).isTrue();
    }

    @Test
    void aPlainTextHasNoKeyboard() {
        assertThat(TelegramRenderer.render("555", "شكرًا", List.of(), InputHint.NONE, Language.AR).get(0).getReplyMarkup()).isNull();
    }

    @Test
    void aLongTextIsSplitWithTheKeyboardOnTheLastPart() {
        String line = "سطر من نص طويل جدًا يتكرر لاختبار التقسيم\n";
        String body = line.repeat(250);
        List<SendMessage> calls = TelegramRenderer.render("555", body, AREAS, InputHint.TEXT, Language.AR);
        assertThat(calls).hasSizeGreaterThan(1);
        assertThat(calls).allSatisfy(call -> assertThat(call.getText().length()).isLessThanOrEqualTo(4096));
        assertThat(calls.subList(0, calls.size() - 1)).allSatisfy(call -> assertThat(call.getReplyMarkup()).isNull());
        assertThat(calls.get(calls.size() - 1).getReplyMarkup()).isNotNull();
        assertThat(String.join("\n", calls.stream().map(SendMessage::getText).toList()).strip()).isEqualTo(body.strip());
    }

    @Test
    void callbackDataOverSixtyFourBytesIsRefused() {
        assertThatThrownBy(() -> TelegramRenderer.callbackData("ش".repeat(33))).hasMessageContaining("1-64 bytes");
        assertThat(TelegramRenderer.callbackData("ش".repeat(32))).hasSize(32);
    }
}
