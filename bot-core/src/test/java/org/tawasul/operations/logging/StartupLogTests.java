package org.tawasul.operations.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.tawasul.TawasulApplication;

/** What an operator reads of a start: the application's own log, at the levels it ships with. */
@ExtendWith(OutputCaptureExtension.class)
class StartupLogTests {

    @Test
    void hibernatesIncubationNoticesDoNotFillTheStartupLog(CapturedOutput output) {
        // a context of an earlier test in this JVM may still hold Logback set up its way: set it up afresh
        LoggingSystem.get(getClass().getClassLoader()).cleanUp();
        try (ConfigurableApplicationContext context = new SpringApplication(TawasulApplication.class).run(
                "--spring.main.web-application-type=none", "--tawasul.background=false",
                "--spring.datasource.url=jdbc:h2:mem:startup-log;MODE=MySQL;DATABASE_TO_LOWER=TRUE",
                "--logging.threshold.console=TRACE", "--logging.file.name=")) {
            assertThat(context.isActive()).isTrue();
        }
        assertThat(output.getOut()).contains("Initialized JPA EntityManagerFactory") // Hibernate started, at INFO
                .doesNotContain("HHH90006001", "is still incubating");
    }
}
