package org.tawasul.channels.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tawasul.channels.ChannelId;
import org.tawasul.channels.OutboundMessage;
import org.tawasul.conversations.message.Attachment;
import org.tawasul.conversations.message.Choice;
import org.tawasul.conversations.message.Inbound;

class ConsoleChannelTests {

    @Test
    void readsTypedTextTrimmed() {
        assertThat(ConsoleTranslator.translate("  مرحبا  ")).isEqualTo(Inbound.text("مرحبا"));
    }

    @Test
    void readsPhotoFileAndContactCommands() {
        assertThat(ConsoleTranslator.translate("/photo id.jpg").attachment())
                .isEqualTo(new Attachment(Attachment.Kind.PHOTO, "id.jpg", "id.jpg", 0));
        assertThat(ConsoleTranslator.translate("/file contract.pdf").attachment().kind()).isEqualTo(Attachment.Kind.DOCUMENT);
        assertThat(ConsoleTranslator.translate("/contact +966501234567").verifiedPhone()).isEqualTo("+966501234567");
    }

    @Test
    void rendersChoicesAsNumberedLines() {
        assertThat(ConsoleRenderer.render(new OutboundMessage(1, ChannelId.CONSOLE, "local", "اختر:\nسطر ثان",
                List.of(new Choice("a", "أولًا"), new Choice("b", "ثانيًا")), null, 1)))
                .containsExactly("اختر:", "سطر ثان", "1. أولًا", "2. ثانيًا");
    }
}
