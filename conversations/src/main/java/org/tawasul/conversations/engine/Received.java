package org.tawasul.conversations.engine;

import java.util.Map;
import org.tawasul.conversations.input.InputNormaliser;
import org.tawasul.conversations.message.Attachment;
import org.tawasul.conversations.message.Language;

/** The acknowledgement of a file the member sent: a document by its name, a photo (or a nameless file) by its kind. */
final class Received {

    private static final int MAX_NAME = 60;

    private Received() {
    }

    static String text(Attachment attachment, Language language, Texts texts) {
        String name = attachment.fileName() == null ? "" : InputNormaliser.normalise(attachment.fileName());
        if (attachment.kind() == Attachment.Kind.PHOTO) {
            return texts.get("attachment.received.photo", language);
        }
        if (name.isEmpty()) {
            return texts.get("attachment.received.document", language);
        }
        if (name.length() > MAX_NAME) {
            name = name.substring(0, MAX_NAME - 1) + "…";
        }
        return texts.get("attachment.received.named", language, Map.of("name", name));
    }
}
