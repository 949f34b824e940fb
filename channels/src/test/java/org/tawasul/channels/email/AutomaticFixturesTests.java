package org.tawasul.channels.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every mail under {@code email/automatic/} is flagged automatic, for the reason in its {@code NAME.reason.txt}. */
class AutomaticFixturesTests {

    private static final List<EmailFixtures.Fixture> AUTOMATIC = EmailFixtures.load("automatic", ".reason.txt");
    private static final EmailTranslator TRANSLATOR = new EmailTranslator(
            new AutomaticMail(FixtureWorld.DOMAIN, List.of(FixtureWorld.OUR_ADDRESS)));

    @TestFactory
    Stream<DynamicTest> eachAutomaticMailIsFlaggedForItsReason() {
        return IntStream.range(0, AUTOMATIC.size()).mapToObj(i -> {
            EmailFixtures.Fixture f = AUTOMATIC.get(i);
            return dynamicTest("automatic " + (i + 1) + "/" + AUTOMATIC.size() + ": " + f.name(), () -> {
                AutomaticMail.Verdict verdict = verdict(f);
                assertThat(verdict.automatic()).as(f.name()).isTrue();
                assertThat(verdict.reason().name()).as(f.name() + ": " + verdict.evidence()).isEqualTo(f.expected());
            });
        });
    }

    @Test
    void noAutomaticMailPasses() {
        List<String> passed = new ArrayList<>();
        for (EmailFixtures.Fixture f : AUTOMATIC) {
            if (!verdict(f).automatic()) {
                passed.add(f.name());
            }
        }
        int flagged = AUTOMATIC.size() - passed.size();
        System.out.printf("email fixtures: %d/%d automatic mails flagged, %d passed%n", flagged, AUTOMATIC.size(), passed.size());
        assertThat(AUTOMATIC).as("automatic fixtures").hasSizeGreaterThanOrEqualTo(30);
        assertThat(passed).as("%d/%d automatic mails flagged; these passed", flagged, AUTOMATIC.size()).isEmpty();
    }

    private static AutomaticMail.Verdict verdict(EmailFixtures.Fixture f) {
        TranslatedMail translated = TRANSLATOR.translate(f.eml());
        if (translated instanceof TranslatedMail.Readable readable) {
            return readable.mail().automatic();
        }
        throw new AssertionError(f.name() + " is unreadable: " + translated);
    }
}
