package org.tawasul.channels.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextSplitterTests {

    @Test
    void aShortTextIsOnePart() {
        assertThat(TextSplitter.split("مرحبا", 4096)).containsExactly("مرحبا");
    }

    @Test
    void splitsOnSpacesWhenThereIsNoLineBreak() {
        assertThat(TextSplitter.split("aaaa bbbb cccc", 10)).containsExactly("aaaa bbbb", "cccc");
    }

    @Test
    void neverCutsASurrogatePair() {
        String emoji = "😀".repeat(5); // 10 UTF-16 units, no boundary
        List<String> parts = TextSplitter.split(emoji, 5);
        assertThat(parts).allSatisfy(part -> {
            assertThat(part.length()).isLessThanOrEqualTo(5);
            assertThat(Character.isHighSurrogate(part.charAt(part.length() - 1))).isFalse();
            assertThat(Character.isLowSurrogate(part.charAt(0))).isFalse();
        });
        assertThat(String.join("", parts)).isEqualTo(emoji);
    }

    @Test
    void exactlyTheLimitIsOnePart() {
        assertThat(TextSplitter.split("x".repeat(4096), 4096)).hasSize(1);
        assertThat(TextSplitter.split("x".repeat(4097), 4096)).hasSize(2);
    }
}
