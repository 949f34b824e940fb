package org.tawasul.channels.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MessageIdsTests {

    @Test
    void anOutboxRowHasOneMessageId() {
        assertThat(MessageIds.forOutbox(123, "society.example")).isEqualTo("<tawasul.outbox.123@society.example>");
    }

    @Test
    void aThreadHasOneSyntheticRoot() {
        assertThat(MessageIds.threadRoot("CMP-2026-000123", "society.example"))
                .isEqualTo("<tawasul.thread.CMP-2026-000123@society.example>");
    }

    @Test
    void aThreadKeyWithOtherCharactersStillGivesAValidId() {
        assertThat(MessageIds.threadRoot("طلب 7/أ", "society.example")).matches("<tawasul\\.thread\\.[A-Za-z0-9_=-]+@society\\.example>");
        assertThat(MessageIds.threadRoot("a b", "society.example")).isEqualTo("<tawasul.thread.a=20b@society.example>");
        assertThat(MessageIds.threadRoot("a=b", "society.example")).isNotEqualTo(MessageIds.threadRoot("a b", "society.example"));
    }

    @Test
    void recognisesOurOwnIdsUnderOurDomainOnly() {
        assertThat(MessageIds.isOwn("<tawasul.outbox.123@society.example>", "society.example")).isTrue();
        assertThat(MessageIds.isOwn("tawasul.thread.CMP-1@Society.Example", "society.example")).isTrue();
        assertThat(MessageIds.isOwn("  <TAWASUL.OUTBOX.9@society.example> ", "society.example")).isTrue();
        assertThat(MessageIds.isOwn("<tawasul.outbox.123@other.example>", "society.example")).isFalse();
        assertThat(MessageIds.isOwn("<CAHx7wE1@mail.gmail.com>", "society.example")).isFalse();
        assertThat(MessageIds.isOwn(null, "society.example")).isFalse();
    }

    @Test
    void findsTheOutboxRowOfAnId() {
        assertThat(MessageIds.outboxIdOf("<tawasul.outbox.4711@society.example>", "society.example")).hasValue(4711);
        assertThat(MessageIds.outboxIdOf("<tawasul.thread.CMP-1@society.example>", "society.example")).isEmpty();
        assertThat(MessageIds.outboxIdOf("<tawasul.outbox.x@society.example>", "society.example")).isEmpty();
    }

    @Test
    void refusesADomainThatIsNotOne() {
        assertThatThrownBy(() -> MessageIds.forOutbox(1, "society example")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MessageIds.forOutbox(1, "")).isInstanceOf(IllegalArgumentException.class);
    }
}
