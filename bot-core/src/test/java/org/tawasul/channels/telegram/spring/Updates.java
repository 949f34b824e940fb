package org.tawasul.channels.telegram.spring;

/** Bot API update JSON for tests, from chat 555 (user 555). */
final class Updates {

    private Updates() {
    }

    static String text(int id, String text) {
        return message(id, "\"text\": \"" + text + "\"");
    }

    static String ownContact(int id, String phone) {
        return message(id, "\"contact\": {\"phone_number\": \"" + phone + "\", \"first_name\": \"نورة\", \"user_id\": 555}");
    }

    static String sticker(int id) {
        return message(id, "\"sticker\": {\"file_id\": \"st\", \"file_unique_id\": \"u\", \"type\": \"regular\", "
                + "\"width\": 1, \"height\": 1, \"is_animated\": false, \"is_video\": false}");
    }

    static String button(int id, String data) {
        return """
                {"update_id": %d, "callback_query": {"id": "cb-%d", "chat_instance": "ci", "data": "%s",
                 "from": {"id": 555, "is_bot": false, "first_name": "نورة"},
                 "message": {"message_id": 1, "date": 1767225600, "chat": {"id": 555, "type": "private"}, "text": "?"}}}"""
                .formatted(id, id, data);
    }

    /** A text from another chat (and user) than 555. */
    static String text(int id, long chat, String text) {
        return """
                {"update_id": %d, "message": {"message_id": %d, "date": 1767225600,
                 "chat": {"id": %d, "type": "private"}, "from": {"id": %d, "is_bot": false, "first_name": "ن"}, "text": "%s"}}"""
                .formatted(id, id, chat, chat, text);
    }

    /** A button press in another chat than 555. */
    static String button(int id, long chat, String data) {
        return """
                {"update_id": %d, "callback_query": {"id": "cb-%d", "chat_instance": "ci", "data": "%s",
                 "from": {"id": %d, "is_bot": false, "first_name": "ن"},
                 "message": {"message_id": 1, "date": 1767225600, "chat": {"id": %d, "type": "private"}, "text": "?"}}}"""
                .formatted(id, id, data, chat, chat);
    }

    private static String message(int id, String body) {
        return """
                {"update_id": %d, "message": {"message_id": %d, "date": 1767225600,
                 "chat": {"id": 555, "type": "private"}, "from": {"id": 555, "is_bot": false, "first_name": "نورة"}, %s}}"""
                .formatted(id, id, body);
    }
}
