package org.tawasul.channels.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.tawasul.conversations.message.Attachment;
import org.tawasul.conversations.message.Inbound;

class TelegramTranslatorTests {

    private final TelegramTranslator translator = new TelegramTranslator(20L * 1024 * 1024);

    static Update update(String json) throws Exception {
        return new ObjectMapper().readValue(json, Update.class);
    }

    static String message(String body) {
        return """
                {"update_id": 7, "message": {"message_id": 3, "date": 1767225600,
                 "chat": {"id": 555, "type": "private"}, "from": {"id": 555, "is_bot": false, "first_name": "نورة"},
                 %s}}""".formatted(body);
    }

    private TelegramUpdate translate(String json) throws Exception {
        return translator.translate(update(json));
    }

    @Test
    void textIsATurn() throws Exception {
        assertThat(translate(message("\"text\": \" مرحبا \"")))
                .isEqualTo(new TelegramUpdate.Turn("555", Inbound.text("مرحبا"), null));
    }

    @Test
    void aButtonPressIsTheChoiceKeyWithTheCallbackIdToAnswer() throws Exception {
        assertThat(translate("""
                {"update_id": 8, "callback_query": {"id": "cb-1", "chat_instance": "x", "data": "finance",
                 "from": {"id": 555, "is_bot": false, "first_name": "n"},
                 "message": {"message_id": 4, "date": 1767225600, "chat": {"id": 555, "type": "private"}, "text": "?"}}}"""))
                .isEqualTo(new TelegramUpdate.Turn("555", Inbound.choice("finance"), "cb-1"));
    }

    @Test
    void aGroupGetsAnInvitationToAPrivateChatAndNoDialog() throws Exception {
        for (String type : new String[] {"group", "supergroup", "channel"}) {
            assertThat(translate(message("\"text\": \"/start\"").replace("\"type\": \"private\"", "\"type\": \"" + type + "\"")))
                    .as(type).isEqualTo(new TelegramUpdate.Notice("555", TelegramUpdate.NoticeKind.PRIVATE_CHAT_ONLY));
        }
        assertThat(translate("""
                {"update_id": 9, "callback_query": {"id": "cb-2", "chat_instance": "x", "data": "finance",
                 "from": {"id": 555, "is_bot": false, "first_name": "n"},
                 "message": {"message_id": 4, "date": 1767225600, "chat": {"id": -100, "type": "supergroup"}, "text": "?"}}}"""))
                .isInstanceOf(TelegramUpdate.Ignored.class);
        assertThat(NoticeTexts.text(TelegramUpdate.NoticeKind.PRIVATE_CHAT_ONLY, org.tawasul.conversations.message.Language.AR, 20))
                .contains("محادثة خاصة");
        assertThat(NoticeTexts.text(TelegramUpdate.NoticeKind.PRIVATE_CHAT_ONLY, org.tawasul.conversations.message.Language.EN, 20))
                .contains("private chat");
    }

    @Test
    void theMembersOwnContactIsAVerifiedPhone() throws Exception {
        assertThat(translate(message("\"contact\": {\"phone_number\": \"966501234567\", \"first_name\": \"n\", \"user_id\": 555}")))
                .isEqualTo(new TelegramUpdate.Turn("555", Inbound.contact("+966501234567"), null));
    }

    @Test
    void someoneElsesContactIsOnlyTypedText() throws Exception {
        assertThat(translate(message("\"contact\": {\"phone_number\": \"+966501234567\", \"first_name\": \"n\", \"user_id\": 999}")))
                .isEqualTo(new TelegramUpdate.Turn("555", Inbound.text("+966501234567"), null));
        assertThat(translate(message("\"contact\": {\"phone_number\": \"0501234567\", \"first_name\": \"n\"}")))
                .isEqualTo(new TelegramUpdate.Turn("555", Inbound.text("0501234567"), null));
    }

    @Test
    void aPhotoIsItsLargestSize() throws Exception {
        TelegramUpdate update = translate(message("""
                "caption": "الفاتورة", "photo": [
                 {"file_id": "small", "file_unique_id": "s", "width": 90, "height": 90, "file_size": 1000},
                 {"file_id": "large", "file_unique_id": "l", "width": 1280, "height": 1280, "file_size": 90000}]"""));
        assertThat(update).isEqualTo(new TelegramUpdate.Turn("555",
                new Inbound("الفاتورة", null, new Attachment(Attachment.Kind.PHOTO, "large", null, 90000), null), null));
    }

    @Test
    void aDocumentCarriesItsNameAndSizeUnlessTooLarge() throws Exception {
        assertThat(translate(message("\"document\": {\"file_id\": \"doc\", \"file_unique_id\": \"d\", \"file_name\": \"عقد.pdf\", \"file_size\": 2048}")))
                .isEqualTo(new TelegramUpdate.Turn("555",
                        Inbound.attachment(new Attachment(Attachment.Kind.DOCUMENT, "doc", "عقد.pdf", 2048)), null));
        assertThat(translate(message("\"document\": {\"file_id\": \"big\", \"file_unique_id\": \"b\", \"file_size\": 20971521}")))
                .isEqualTo(new TelegramUpdate.Notice("555", TelegramUpdate.NoticeKind.FILE_TOO_LARGE));
    }

    @Test
    void editedMessagesAreIgnored() throws Exception {
        assertThat(translate("""
                {"update_id": 9, "edited_message": {"message_id": 3, "date": 1767225600, "edit_date": 1767225700,
                 "chat": {"id": 555, "type": "private"}, "text": "تعديل"}}"""))
                .isInstanceOf(TelegramUpdate.Ignored.class).extracting(TelegramUpdate::chatId).isEqualTo("555");
    }

    @Test
    void stickersVoiceAndLocationsGetANotice() throws Exception {
        TelegramUpdate.Notice unsupported = new TelegramUpdate.Notice("555", TelegramUpdate.NoticeKind.UNSUPPORTED);
        assertThat(translate(message("\"sticker\": {\"file_id\": \"st\", \"file_unique_id\": \"u\", \"type\": \"regular\", \"width\": 1, \"height\": 1, \"is_animated\": false, \"is_video\": false}")))
                .isEqualTo(unsupported);
        assertThat(translate(message("\"voice\": {\"file_id\": \"v\", \"file_unique_id\": \"u\", \"duration\": 3}"))).isEqualTo(unsupported);
        assertThat(translate(message("\"location\": {\"latitude\": 24.7, \"longitude\": 46.7}"))).isEqualTo(unsupported);
    }

    @Test
    void startWithAPayloadIsADeepLinkAndCommandsAreTheEnginesWords() throws Exception {
        assertThat(translate(message("\"text\": \"/start rate_CMP-2026-000001\"")))
                .isEqualTo(new TelegramUpdate.DeepLink("555", "rate", "rate_CMP-2026-000001"));
        assertThat(translate(message("\"text\": \"/start\""))).isEqualTo(new TelegramUpdate.Turn("555", Inbound.text("/start"), null));
        assertThat(translate(message("\"text\": \"/Cancel@TawasulBot\""))).isEqualTo(new TelegramUpdate.Turn("555", Inbound.text("/cancel"), null));
        assertThat(translate(message("\"text\": \"/help\""))).isEqualTo(new TelegramUpdate.Turn("555", Inbound.text("/help"), null));
    }
}
