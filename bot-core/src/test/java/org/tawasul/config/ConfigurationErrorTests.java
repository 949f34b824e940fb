package org.tawasul.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.tawasul.TawasulApplication;

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
            assertThat(context.getBean(TawasulProperties.class).engine().maxAttempts()).isEqualTo(3);
        }
    }

    @Test
    void aZeroAttemptLimitNamesTheKey() {
        assertThatThrownBy(() -> start("--tawasul.engine.max-attempts=0"))
                .satisfies(e -> assertThat(rootMessage(e))
                        .contains("tawasul.engine.max-attempts must be at least 1 (was 0). Fix: set a positive number"));
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
}
