package org.tawasul.channels.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tawasul.conversations.message.Attachment;
import org.tawasul.conversations.message.Choice;
import org.tawasul.conversations.message.Inbound;

class ConsoleChannelTests {

    @Test
    void readsTypedTextTrimmed() {
        assertThat(ConsoleChannel.parse("  مرحبا  ")).isEqualTo(Inbound.text("مرحبا"));
    }

    @Test
    void readsPhotoFileAndContactCommands() {
        assertThat(ConsoleChannel.parse("/photo id.jpg").attachment())
                .isEqualTo(new Attachment(Attachment.Kind.PHOTO, "id.jpg", "id.jpg", 0));
        assertThat(ConsoleChannel.parse("/file contract.pdf").attachment().kind()).isEqualTo(Attachment.Kind.DOCUMENT);
        assertThat(ConsoleChannel.parse("/contact +966501234567").verifiedPhone()).isEqualTo("+966501234567");
    }

    @Test
    void rendersChoicesAsNumberedLines() {
        assertThat(ConsoleChannel.render("اختر:\nسطر ثان", List.of(new Choice("a", "أولًا"), new Choice("b", "ثانيًا"))))
                .containsExactly("اختر:", "سطر ثان", "1. أولًا", "2. ثانيًا");
    }
}
