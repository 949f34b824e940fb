package org.tawasul.cases.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Routing to contact officers and committees, and the checks on the officers file. */
class OfficerDirectoryTests {

    private static final String COMMITTEES = """
            committees:
              requests: {name: {ar: الطلبات, en: Requests}, email: requests@example.org}
              follow-up: {name: {ar: المتابعة, en: Follow-up}, email: follow-up@example.org}
              social-research: {name: {ar: البحث, en: Research}, email: research@example.org}
            """;

    private final OfficerDirectory bundled = OfficerDirectory.load(null);

    private static void assertRejected(String yaml, String... problems) {
        assertThatThrownBy(() -> OfficerDirectory.parse("test.yaml", yaml))
                .isInstanceOf(OfficerFileRejected.class)
                .satisfies(e -> assertThat(((OfficerFileRejected) e).problems()).contains(problems));
    }

    private static String officer(String id, String extra) {
        return "  - {id: " + id + ", name: {ar: س, en: S}, email: " + id + "@example.org, deputy: general" + extra + "}\n";
    }

    @Test
    void theMostSpecificOfficerAnswers() {
        assertThat(bundled.contactOfficerFor("member", "consumer").id()).as("category and field").isEqualTo("consumer-members");
        assertThat(bundled.contactOfficerFor("member", "agriculture").id()).as("field").isEqualTo("agriculture");
        assertThat(bundled.contactOfficerFor("beneficiary", "housing").id()).as("field before category").isEqualTo("housing");
        assertThat(bundled.contactOfficerFor("beneficiary", "consumer").id()).as("category").isEqualTo("beneficiaries");
        assertThat(bundled.contactOfficerFor("member", "fishing").id()).as("nobody covers it").isEqualTo("general");
        assertThat(bundled.contactOfficerFor(null, null).id()).as("a non-member").isEqualTo("general");
        assertThat(bundled.contactOfficerFor(" Member ", "CONSUMER").id()).as("case and spaces").isEqualTo("consumer-members");
    }

    @Test
    void officersHaveDeputiesAndCommitteesAreFoundById() {
        Officer agriculture = bundled.officer("agriculture");
        assertThat(bundled.deputyOf(agriculture).id()).isEqualTo("housing");
        assertThat(agriculture.name().en()).isEqualTo("Khalid Saeed");
        assertThat(bundled.committee(Committee.REQUESTS).email()).isEqualTo("requests-committee@example.org");
        assertThat(bundled.committee(Committee.FOLLOW_UP).name().ar()).isEqualTo("لجنة التحقيق والمتابعة");
        assertThat(bundled.committee(Committee.SOCIAL_RESEARCH).name().en()).isEqualTo("the Social Research Officer");
        assertThatThrownBy(() -> bundled.committee("finance")).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("requests, follow-up, social-research");
        assertThat(bundled.defaultOfficer().id()).isEqualTo("general");
    }

    @Test
    void aMissingDeputyIsNamed() {
        assertRejected("officers:\n" + officer("general", ", default: true").replace("deputy: general", "deputy: nobody")
                        + COMMITTEES,
                "test.yaml: officer general.deputy: 'nobody' is not an officer in this file. Fix: name one of: general.");
    }

    @Test
    void anOfficerCannotDeputiseForThemself() {
        assertRejected("officers:\n" + officer("general", ", default: true") + COMMITTEES,
                "test.yaml: officer general.deputy: names the officer themself. Fix: name another officer who stands in for them.");
    }

    @Test
    void exactlyOneOfficerIsTheDefault() {
        assertRejected("officers:\n" + officer("general", ", fields: [a]") + officer("other", ", fields: [b]") + COMMITTEES,
                "test.yaml: officers: no officer is the default. Fix: add 'default: true' to the officer who answers "
                        + "non-members and what no one else covers.");
        assertRejected("officers:\n" + officer("general", ", default: true") + officer("other", ", default: true")
                        + COMMITTEES,
                "test.yaml: officers: more than one officer is the default (general, other). Fix: keep 'default: true' "
                        + "on exactly one of them.");
    }

    @Test
    void emailsAndBothLanguagesAreChecked() {
        String yaml = """
                officers:
                  - {id: general, name: {ar: عام}, email: not-an-address, deputy: other, default: true}
                  - {id: other, name: {en: Other}, email: other@example.org, deputy: general, fields: [a]}
                """ + COMMITTEES;
        assertRejected(yaml,
                "test.yaml: officers[0] (general).name: has no English text. Fix: add an 'en:' entry.",
                "test.yaml: officers[0] (general).email: 'not-an-address' is not an email address. "
                        + "Fix: write an address such as officer@example.org.",
                "test.yaml: officers[1] (other).name: has no Arabic text. Fix: add an 'ar:' entry (Arabic is the members' default language).");
    }

    @Test
    void twoOfficersForOneFieldBreakP15() {
        assertRejected("officers:\n" + officer("general", ", default: true") + officer("a", ", fields: [housing]")
                        + officer("b", ", fields: [housing, farming]") + COMMITTEES,
                "test.yaml: officer b: covers field of work 'housing', as officer 'a' does. "
                        + "Fix: name one contact officer for each category and field of work.");
    }

    @Test
    void everyCommitteeIsRequiredAndUnknownKeysAreNamed() {
        String yaml = "officers:\n" + officer("general", ", default: true, title: boss").replace("deputy: general",
                "deputy: general2") + officer("general2", ", fields: [a]") + """
                committees:
                  requests: {name: {ar: الطلبات, en: Requests}, email: requests@example.org}
                  finance: {name: {ar: المالية, en: Finance}, email: finance@example.org}
                """;
        assertRejected(yaml,
                "test.yaml: officers[0] (general).title: is not a known key. Fix: remove it or use one of: categories, "
                        + "default, deputy, email, fields, id, name.",
                "test.yaml: committees.finance: is not a known committee. Fix: use one of: requests, follow-up, social-research.",
                "test.yaml: committees.follow-up: is missing. Fix: add it with 'name: {ar: ..., en: ...}' and 'email: ...'.",
                "test.yaml: committees.social-research: is missing. Fix: add it with 'name: {ar: ..., en: ...}' and 'email: ...'.");
    }

    @Test
    void anOfficerWhoCoversNothingIsNamed() {
        assertRejected("officers:\n" + officer("general", ", default: true").replace("deputy: general", "deputy: idle")
                        + officer("idle", "") + COMMITTEES,
                "test.yaml: officers[1] (idle): covers no member category and no field of work. Fix: add 'categories: [...]' "
                        + "or 'fields: [...]', or make the officer the default.");
    }

    @Test
    void brokenYamlAndMissingFilesSaySo(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> OfficerDirectory.parse("test.yaml", "officers: ["))
                .hasMessageContaining("test.yaml: is not valid YAML").hasMessageContaining("Fix: correct the YAML syntax.");
        assertThatThrownBy(() -> OfficerDirectory.load(dir.resolve("none.yaml")))
                .hasMessageContaining("none.yaml: is not a readable file. Fix: point tawasul.officers.file at");
        Path file = dir.resolve("officers.yaml");
        Files.writeString(file, "officers:\n" + officer("general", ", default: true").replace("deputy: general", "deputy: x") + officer("x", ", categories: [member]") + COMMITTEES);
        assertThat(OfficerDirectory.load(file).contactOfficerFor("member", null).id()).isEqualTo("x");
    }
}
