package org.tawasul;

import static com.tngtech.archunit.lang.conditions.ArchConditions.dependOnClassesThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tawasul.channels.ChannelProvider;

/**
 * The boundaries of the code base, each declared once over all modules (see the README's "How it is
 * built"). The rules name roles and patterns, not channels: a new provider's packages, and its SDK
 * (declared with {@link ChannelProvider} on its package), are covered without editing this class.
 */
class ArchitectureTests {

    static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar")) // the modules' shared test fakes
            // the bean definitions Spring's AOT processing writes beside our classes (after a package build): they
            // wire every package by design, and are not code of ours
            .withImportOption(location -> !location.contains("__"))
            .importPackages("org.tawasul");

    /**
     * Each provider SDK, by the channel (org.tawasul.channels.NAME) that alone may use it: read from the
     * {@link ChannelProvider} annotation on each provider package, so a new provider needs no edit here.
     */
    static final Map<String, List<String>> SDKS = sdks(PRODUCTION);

    /** The application's features: they react to each other's events and use channels only through the SPI. */
    static final String[] FEATURES = {"org.tawasul.cases..", "org.tawasul.dialogs..", "org.tawasul.faq..",
            "org.tawasul.members..", "org.tawasul.surveys..", "org.tawasul.notifications..", "org.tawasul.staff.."};

    // --- the rules -------------------------------------------------------------------------------

    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("org.tawasul.(**)").should().beFreeOfCycles()
            .as("no package depends, through any path, on a package that depends on it");

    static final ArchRule CHANNELS_INDEPENDENT = slices().matching("org.tawasul.channels.(*)..").should()
            .notDependOnEachOther().allowEmptyShould(true)
            .as("a channel's packages (protocol and runtime) never use another channel's");

    static final ArchRule PROTOCOL_PACKAGES_PLAIN = noClasses()
            .that().resideInAPackage("org.tawasul.channels..").and().resideOutsideOfPackage("..spring..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                    "org.tawasul.db..", "org.tawasul.conversations.engine..", "org.tawasul.conversations.flow..",
                    "org.tawasul.turns..", "org.tawasul.outbound..", "org.tawasul.lease..", "org.tawasul.config..")
            .as("a channel's protocol package is plain Java: no Spring, JPA, storage or engine internals");

    static final ArchRule RUNTIME_PACKAGES_USE_THE_PIPELINE_ONLY = noClasses()
            .that().resideInAPackage("org.tawasul.channels.*.spring..")
            .should().dependOnClassesThat().resideInAnyPackage(concat(FEATURES, "org.tawasul.db.."))
            .as("a channel's runtime reaches storage and features only through turns and outbound");

    static final ArchRule ONLY_OUTBOUND_WRITES_THE_OUTBOX = noClasses()
            .that().resideOutsideOfPackages("org.tawasul.outbound..", "org.tawasul.db..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.tawasul.db.outbox.OutboxRepository")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.tawasul.db.outbox.OutboxMessage")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.tawasul.db.outbox.ChannelAddresses")
            .as("only outbound touches outbox rows and channel addresses");

    static final ArchRule ONLY_TURNS_WRITES_INBOX_AND_CONVERSATIONS = noClasses()
            .that().resideOutsideOfPackages("org.tawasul.turns..", "org.tawasul.db..")
            .should().dependOnClassesThat().resideInAnyPackage("org.tawasul.db.inbox..", "org.tawasul.db.conversation..")
            .as("only turns touches inbox and conversation rows");

    static final ArchRule FEATURES_USE_NO_ADAPTER = noClasses()
            .that().resideInAnyPackage(FEATURES)
            .should(dependOnClassesThat(inAChannelProviderPackage()))
            .orShould().dependOnClassesThat().resideInAnyPackage(allSdks())
            .as("features use channels only through the SPI (org.tawasul.channels), never an adapter or an SDK");

    static final ArchRule CONTROLLERS_IN_RUNTIME_PACKAGES = classes()
            .that().areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
            .or().areAnnotatedWith("org.springframework.stereotype.Controller")
            .should().resideInAnyPackage("org.tawasul.channels.*.spring..", "org.tawasul.staff..")
            .allowEmptyShould(true)
            .as("HTTP endpoints are a channel's runtime (webhooks) or the staff console's");

    static final ArchRule SCHEDULES_ON_JOBS = classes()
            .that().containAnyMethodsThat(annotatedWith("org.springframework.scheduling.annotation.Scheduled"))
            .should().haveSimpleNameEndingWith("Job")
            .allowEmptyShould(true)
            .as("@Scheduled only on classes named *Job");

    static final ArchRule ENGINE_PLAIN = noClasses().that().resideInAPackage("org.tawasul.conversations..")
            .should().dependOnClassesThat().resideInAnyPackage(concat(concat(FEATURES, "org.springframework..",
                    "jakarta.persistence..", "org.tawasul.db..", "org.tawasul.channels..", "org.tawasul.turns..",
                    "org.tawasul.outbound.."), allSdks()))
            .as("the engine uses no Spring, JPA, storage, channel or SDK");

    static final ArchRule STORAGE_KNOWS_NO_ENGINE_OR_CHANNEL = noClasses().that().resideInAPackage("org.tawasul.db..")
            .should().dependOnClassesThat().resideInAnyPackage(concat(concat(FEATURES, "org.tawasul.conversations..",
                    "org.tawasul.channels..", "org.tawasul.turns..", "org.tawasul.outbound.."), allSdks()))
            .as("db knows nothing of the engine, the channels or the features");

    static List<ArchRule> sdkRules() {
        return SDKS.entrySet().stream().filter(sdk -> !sdk.getValue().isEmpty()).map(sdk -> sdkRule(sdk.getKey())).toList();
    }

    static ArchRule sdkRule(String channel) {
        return noClasses().that().resideOutsideOfPackage("org.tawasul.channels." + channel + "..")
                .should().dependOnClassesThat().resideInAnyPackage(SDKS.get(channel).toArray(String[]::new))
                .as(SDKS.get(channel) + " only in org.tawasul.channels." + channel);
    }

    // --- the tests -------------------------------------------------------------------------------

    @Test
    void everyProviderPackageDeclaresItselfAndTheSdksAreFound() {
        assertThat(SDKS).containsEntry("telegram", List.of("org.telegram.."));
        classes().that().resideInAPackage("org.tawasul.channels.*").and().areNotAnnotatedWith(Deprecated.class)
                .should(declaredProvider()).check(PRODUCTION);
    }

    @Test
    void noPackageCycles() {
        NO_PACKAGE_CYCLES.check(PRODUCTION);
    }

    @Test
    void channelsNeverUseEachOther() {
        CHANNELS_INDEPENDENT.check(PRODUCTION);
    }

    @Test
    void eachSdkStaysInItsChannel() {
        sdkRules().forEach(rule -> rule.check(PRODUCTION));
    }

    @Test
    void protocolPackagesArePlainJava() {
        PROTOCOL_PACKAGES_PLAIN.check(PRODUCTION);
    }

    @Test
    void runtimePackagesUseThePipelineOnly() {
        RUNTIME_PACKAGES_USE_THE_PIPELINE_ONLY.check(PRODUCTION);
    }

    @Test
    void onlyOutboundWritesTheOutboxAndOnlyTurnsTheInbox() {
        ONLY_OUTBOUND_WRITES_THE_OUTBOX.check(PRODUCTION);
        ONLY_TURNS_WRITES_INBOX_AND_CONVERSATIONS.check(PRODUCTION);
    }

    @Test
    void featuresUseNoAdapterOrSdk() {
        FEATURES_USE_NO_ADAPTER.check(PRODUCTION);
    }

    @Test
    void controllersAndSchedulesWhereTheyBelong() {
        CONTROLLERS_IN_RUNTIME_PACKAGES.check(PRODUCTION);
        SCHEDULES_ON_JOBS.check(PRODUCTION);
    }

    @Test
    void theEngineAndStorageStayBelow() {
        ENGINE_PLAIN.check(PRODUCTION);
        STORAGE_KNOWS_NO_ENGINE_OR_CHANNEL.check(PRODUCTION);
    }

    /** Each rule fails on the test classes that break it on purpose (see org.tawasul.architecture). */
    @Test
    void everyRuleFailsWhenBroken() {
        List<ArchRule> rules = new java.util.ArrayList<>(List.of(NO_PACKAGE_CYCLES, CHANNELS_INDEPENDENT,
                PROTOCOL_PACKAGES_PLAIN, RUNTIME_PACKAGES_USE_THE_PIPELINE_ONLY, ONLY_OUTBOUND_WRITES_THE_OUTBOX,
                ONLY_TURNS_WRITES_INBOX_AND_CONVERSATIONS, FEATURES_USE_NO_ADAPTER, CONTROLLERS_IN_RUNTIME_PACKAGES,
                SCHEDULES_ON_JOBS));
        rules.add(sdkRule("telegram"));
        JavaClasses broken = new ClassFileImporter().importPackages("org.tawasul.architecture",
                "org.tawasul.channels.brokena", "org.tawasul.channels.brokenb", "org.tawasul.notifications", "archfixture");
        List<String> kept = new java.util.ArrayList<>();
        for (ArchRule rule : rules) {
            try {
                rule.check(broken);
                kept.add(rule.getDescription());
            } catch (AssertionError violated) {
                // as it should
            }
        }
        assertThat(kept).as("rules that did not fail on the classes breaking them").isEmpty();
    }

    // --- helpers ---------------------------------------------------------------------------------

    private static Map<String, List<String>> sdks(JavaClasses classes) {
        Map<String, List<String>> sdks = new java.util.TreeMap<>();
        for (com.tngtech.archunit.core.domain.JavaPackage provider : classes.getPackage("org.tawasul.channels").getSubpackages()) {
            provider.tryGetPackageInfo().flatMap(info -> info.tryGetAnnotationOfType(ChannelProvider.class))
                    .ifPresent(declared -> sdks.put(provider.getRelativeName(), List.of(declared.sdkPackages())));
        }
        return sdks;
    }

    private static com.tngtech.archunit.lang.ArchCondition<JavaClass> declaredProvider() {
        return new com.tngtech.archunit.lang.ArchCondition<>("reside in a package marked @ChannelProvider") {
            @Override
            public void check(JavaClass item, com.tngtech.archunit.lang.ConditionEvents events) {
                String provider = item.getPackageName().substring("org.tawasul.channels.".length());
                if (!SDKS.containsKey(provider)) {
                    events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(item, item.getName()
                            + " is in a provider package without @ChannelProvider on its package-info"));
                }
            }
        };
    }

    private static DescribedPredicate<JavaClass> inAChannelProviderPackage() {
        return DescribedPredicate.describe("reside in a provider package org.tawasul.channels.<provider>..",
                c -> c.getPackageName().startsWith("org.tawasul.channels."));
    }

    private static DescribedPredicate<com.tngtech.archunit.core.domain.JavaMethod> annotatedWith(String annotation) {
        return DescribedPredicate.describe("annotated with @" + annotation,
                method -> method.isAnnotatedWith(annotation));
    }

    private static String[] allSdks() {
        return SDKS.values().stream().flatMap(List::stream).toArray(String[]::new);
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
