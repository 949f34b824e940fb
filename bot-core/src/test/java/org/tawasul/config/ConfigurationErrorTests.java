package org.tawasul.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.tawasul.TawasulApplication;
import org.tawasul.db.privacy.PiiCipher;

/** A bad configuration stops start-up with a message naming the key (or file) and the fix. */
class ConfigurationErrorTests {

    private static ConfigurableApplicationContext start(String... args) {
        SpringApplication application = new SpringApplication(TawasulApplication.class);
        String[] all = new String[args.length + 3];
        all[0] = "--spring.main.web-application-type=none";
        all[1] = "--spring.datasource.url=jdbc:h2:mem:config;MODE=MySQL;DATABASE_TO_LOWER=TRUE";
        all[2] = "--logging.level.root=OFF";
        System.arraycopy(args, 0, all, 3, args.length);
        return application.run(all);
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    @Test
    void theDefaultsStart() {
        try (ConfigurableApplicationContext context = start()) {
            assertThat(context.getBean(DialogSettings.class).engine().maxAttempts()).isEqualTo(3);
            assertThat(context.getBean(DialogSettings.class).engine().hours())
                    .isEqualTo(org.tawasul.conversations.engine.WorkingHours.DEFAULT);
        }
    }

    @Test
    void aZeroAttemptLimitNamesTheKey() {
        assertThatThrownBy(() -> start("--tawasul.engine.max-attempts=0"))
                .satisfies(e -> assertThat(rootMessage(e))
                        .contains("tawasul.engine.max-attempts must be at least 1 (was 0). Fix: set a positive number"));
    }

    @Test
    void badLimitsAndRetentionPeriodsNameTheKeyAndTheFix() {
        assertThatThrownBy(() -> start("--tawasul.limits.turns-per-minute=0"))
                .satisfies(e -> assertThat(rootMessage(e)).contains("tawasul.limits.turns-per-minute must be 1 or more "
                        + "(was 0). Fix: set it to the number of messages one chat may send in a minute, e.g. 20."));
        assertThatThrownBy(() -> start("--tawasul.retention.inbox=0"))
                .satisfies(e -> assertThat(rootMessage(e)).contains("tawasul.retention.inbox must be at least 1 day")
                        .contains("Fix: set a number of days, e.g. 30"));
        assertThatThrownBy(() -> start("--tawasul.retention.conversations=2", "--tawasul.engine.idle-timeout=72h"))
                .satisfies(e -> assertThat(rootMessage(e)).contains("tawasul.retention.conversations (PT48H) is shorter "
                        + "than tawasul.engine.idle-timeout (PT72H)").contains("Fix: set tawasul.retention.conversations"));
    }

    @Test
    void workingHoursThatCloseBeforeTheyOpenNameTheKeyAndTheFix() {
        assertThatThrownBy(() -> start("--tawasul.engine.working-hours=16:00-08:00"))
                .satisfies(e -> assertThat(rootMessage(e)).contains("tawasul.engine.working-hours: ")
                        .contains("Fix: write the hours staff work, or remove it for the default 08:00-16:00"));
        assertThatThrownBy(() -> start("--tawasul.engine.working-hours=8 to 4"))
                .satisfies(e -> assertThat(rootMessage(e)).contains("'8 to 4' is not working hours written HH:MM-HH:MM"));
    }

    @Test
    void aMenuFlowThatDoesNotExistNamesTheFix() {
        assertThatThrownBy(() -> start("--tawasul.engine.menu-flow=start"))
                .satisfies(e -> assertThat(rootMessage(e)).contains("no flow has the id 'start'"));
    }

    @Test
    void aBrokenFlowFileNamesTheFileAndPlace(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("menu.yaml"), "id: menu\ntitle: {ar: قائمة}\nsteps:\n  - id: a\n    type: texte\n");
        assertThatThrownBy(() -> start("--tawasul.flows.directory=" + dir))
                .satisfies(e -> assertThat(rootMessage(e))
                        .contains("menu.yaml: title: has no English text")
                        .contains("menu.yaml: steps[0] (a).type: 'texte' is not a known step type"));
    }

    @Test
    void aFlowsDirectoryThatDoesNotExistSaysSo() {
        assertThatThrownBy(() -> start("--tawasul.flows.directory=/nonexistent/flows"))
                .satisfies(e -> assertThat(rootMessage(e)).contains("/nonexistent/flows: is not a directory"));
    }

    @Test
    void theMysqlProfileWithoutItsSettingsNamesTheMissingVariable() {
        assertThatThrownBy(() -> new SpringApplication(TawasulApplication.class).run(
                "--spring.main.web-application-type=none", "--spring.profiles.active=mysql", "--logging.level.root=OFF"))
                .satisfies(e -> assertThat(rootMessage(e)).contains("TAWASUL_DB_URL"));
    }

    /** The mysql profile on an H2 database, so that only the missing or bad key can stop it. */
    private static ConfigurableApplicationContext startMysqlProfile(String key, String hashKey) {
        return new SpringApplication(TawasulApplication.class).run(
                "--spring.main.web-application-type=none", "--spring.profiles.active=mysql", "--logging.level.root=OFF",
                "--spring.datasource.url=jdbc:h2:mem:config-mysql;MODE=MySQL;DATABASE_TO_LOWER=TRUE",
                "--spring.datasource.driver-class-name=org.h2.Driver", "--spring.datasource.username=sa",
                "--spring.datasource.password=", "--tawasul.privacy.key=" + key, "--tawasul.privacy.hash-key=" + hashKey);
    }

    @Test
    void theMysqlProfileWithoutAPrivacyKeyNamesThePropertyAndTheFix() {
        assertThatThrownBy(() -> startMysqlProfile("", ""))
                .satisfies(e -> assertThat(rootMessage(e)).isEqualTo("tawasul.privacy.key is not set. Fix: set it to "
                        + "32 random bytes in Base64, e.g. from `openssl rand -base64 32`, through the "
                        + "TAWASUL_PRIVACY_KEY environment variable"));
    }

    @Test
    void theMysqlProfileWithAMalformedKeyNamesThePropertyButNotTheValue() {
        assertThatThrownBy(() -> startMysqlProfile("c2hvcnQ=", "also-bad"))
                .satisfies(e -> assertThat(rootMessage(e))
                        .startsWith("tawasul.privacy.key decodes to 5 bytes, not 32. Fix: set it to 32 random bytes")
                        .doesNotContain("c2hvcnQ="));
    }

    /**
     * Hibernate bootstraps on a background thread and asks Spring for the encrypting converters, which need the
     * keys. Were the keys first resolved there, a bad key would race with the main thread and could be reported as
     * a circular reference instead of by its own message; so the keys are resolved before the bootstrap begins.
     */
    @Test
    void theKeysAreResolvedBeforeHibernateBeginsToBootstrap() {
        java.util.List<Boolean> keysReadyAtBootstrap = new java.util.concurrent.CopyOnWriteArrayList<>();
        SpringApplication application = new SpringApplication(TawasulApplication.class);
        application.addInitializers(context -> context.getBeanFactory().addBeanPostProcessor(
                new org.springframework.beans.factory.config.BeanPostProcessor() {
                    @Override
                    public Object postProcessBeforeInitialization(Object bean, String name) {
                        if (name.equals("entityManagerFactory")) {
                            keysReadyAtBootstrap.add(context.getBeanFactory().containsSingleton("privacyKeys"));
                        }
                        return bean;
                    }
                }));
        try (ConfigurableApplicationContext context = application.run("--spring.main.web-application-type=none",
                "--spring.datasource.url=jdbc:h2:mem:config-order;MODE=MySQL;DATABASE_TO_LOWER=TRUE",
                "--logging.level.root=OFF")) {
            assertThat(keysReadyAtBootstrap).containsExactly(true);
        }
    }

    @Test
    void theMysqlProfileStartsWithBothKeys() {
        try (ConfigurableApplicationContext context = startMysqlProfile("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
                "AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=")) {
            PiiCipher cipher = context.getBean(PiiCipher.class);
            assertThat(cipher.decrypt(cipher.encrypt("1000000008"))).isEqualTo("1000000008");
        }
    }

    @Test
    void theEmbeddedSetupWithoutKeysGeneratesAKeyFileOnce(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("data/privacy.keys");
        String[] args = {"--tawasul.privacy.key=", "--tawasul.privacy.hash-key=", "--tawasul.privacy.key-file=" + file};
        Files.createDirectories(file.getParent());
        Path database = Files.writeString(file.getParent().resolve("tawasul.mv.db"), "made with umask 022");
        Files.setPosixFilePermissions(database, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(file.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
        String stored;
        try (ConfigurableApplicationContext context = start(args)) {
            stored = context.getBean(PiiCipher.class).encrypt("+966501234567");
        }
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(database)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(file.getParent())).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        try (var left = Files.list(file.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no temporary file left")
                    .containsExactlyInAnyOrder("privacy.keys", "tawasul.mv.db");
        }
        String keys = Files.readString(file);
        try (ConfigurableApplicationContext context = start(args)) {
            assertThat(context.getBean(PiiCipher.class).decrypt(stored)).isEqualTo("+966501234567");
        }
        assertThat(Files.readString(file)).isEqualTo(keys);
    }

    @Test
    void anotherEncryptionKeyOrHashKeyThanTheDatabasesIsRefusedAtStartNamingTheKey(@TempDir Path dir) {
        String url = "jdbc:h2:file:" + dir.resolve("db") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE";
        String key = "--tawasul.privacy.key=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
        String hashKey = "--tawasul.privacy.hash-key=AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=";
        try (ConfigurableApplicationContext context = startOn(url, key, hashKey)) {
            assertThat(context.getBean(PiiCipher.class)).isNotNull();
        }
        assertThatThrownBy(() -> startOn(url, "--tawasul.privacy.key=AgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgI=", hashKey))
                .satisfies(e -> assertThat(rootMessage(e)).startsWith("tawasul.privacy.key (from the properties) is not the "
                        + "key this database's data was written with").contains("Fix: set tawasul.privacy.key (TAWASUL_PRIVACY_KEY)")
                        .doesNotContain("AgICAgIC"));
        assertThatThrownBy(() -> startOn(url, key, "--tawasul.privacy.hash-key=AwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwM="))
                .satisfies(e -> assertThat(rootMessage(e)).startsWith("tawasul.privacy.hash-key (from the properties) is not "
                        + "the key this database's data was written with"));
        try (ConfigurableApplicationContext context = startOn(url, key, hashKey)) {
            assertThat(context.getBean(PiiCipher.class)).as("the right keys still start").isNotNull();
        }
    }

    private static ConfigurableApplicationContext startOn(String url, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--spring.main.web-application-type=none";
        all[1] = "--spring.datasource.url=" + url;
        all[2] = "--logging.level.root=OFF";
        System.arraycopy(args, 0, all, 3, args.length);
        return new SpringApplication(TawasulApplication.class).run(all);
    }

    /** TAWASUL_PRIVACY_KEY and TAWASUL_PRIVACY_HASH_KEY, as the README and the error messages name them. */
    @Test
    void theKeysCanComeFromEnvironmentVariables() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        Map.of("TAWASUL_PRIVACY_KEY", "k", "TAWASUL_PRIVACY_HASH_KEY", "h")));
        Binder binder = new Binder(ConfigurationPropertySources.from(environment.getPropertySources()));
        assertThat(binder.bind("tawasul.privacy.key", String.class).get()).isEqualTo("k");
        assertThat(binder.bind("tawasul.privacy.hash-key", String.class).get()).isEqualTo("h");
    }
}
