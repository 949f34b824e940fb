package org.tawasul.channels.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every reply under {@code email/replies/} strips to exactly its {@code NAME.expected.txt}, is not
 * taken for automatic mail, and carries a reply token that verifies.
 */
class ReplyFixturesTests {

    private static final List<EmailFixtures.Fixture> REPLIES = EmailFixtures.load("replies", ".expected.txt");
    private static final EmailTranslator TRANSLATOR = new EmailTranslator(
            new AutomaticMail(FixtureWorld.DOMAIN, List.of(FixtureWorld.OUR_ADDRESS)));
    private static final ReplyAddress ADDRESS = new ReplyAddress(FixtureWorld.TEMPLATE);
    private static final ReplyToken TOKENS = new ReplyToken(FixtureWorld.KEY);

    @TestFactory
    Stream<DynamicTest> eachReplyStripsToItsExpectedText() {
        return IntStream.range(0, REPLIES.size()).mapToObj(i -> {
            EmailFixtures.Fixture f = REPLIES.get(i);
            return dynamicTest("reply " + (i + 1) + "/" + REPLIES.size() + ": " + f.name(), () -> {
                InboundMail mail = read(f);
                assertThat(mail.newText()).as(f.name()).isEqualTo(f.expected());
                assertThat(mail.automatic().automatic()).as(f.name() + ": " + mail.automatic()).isFalse();
                Optional<String> token = ADDRESS.findToken(mail.recipients());
                assertThat(token).as(f.name() + " carries a token").isPresent();
                assertThat(TOKENS.verify(token.get(), FixtureWorld.TODAY).accepted()).as(f.name() + " token").isTrue();
            });
        });
    }

    @Test
    void allRepliesStripExactlyAndNoneIsFlagged() {
        List<String> failures = new ArrayList<>();
        int stripped = 0;
        int flagged = 0;
        for (EmailFixtures.Fixture f : REPLIES) {
            InboundMail mail = read(f);
            if (mail.newText().equals(f.expected())) {
                stripped++;
            } else {
                failures.add(f.name());
            }
            if (mail.isAutomatic()) {
                flagged++;
                failures.add(f.name() + " flagged " + mail.automatic());
            }
        }
        System.out.printf("email fixtures: %d/%d replies stripped exactly, %d flagged automatic%n", stripped, REPLIES.size(), flagged);
        assertThat(REPLIES).as("reply fixtures").hasSizeGreaterThanOrEqualTo(20);
        assertThat(failures).as("%d/%d replies stripped exactly, %d flagged automatic", stripped, REPLIES.size(), flagged)
                .isEmpty();
    }

    private static InboundMail read(EmailFixtures.Fixture f) {
        TranslatedMail translated = TRANSLATOR.translate(f.eml());
        assertThat(translated).as(f.name()).isInstanceOf(TranslatedMail.Readable.class);
        return ((TranslatedMail.Readable) translated).mail();
    }
}
