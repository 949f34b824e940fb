package org.tawasul.operations.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/** Log forging: Spring Boot's own logging set up as the bot sets it up, fed a member's line breaks. */
@ExtendWith(OutputCaptureExtension.class)
class OneLineLogsTests {

    @Configuration(proxyBeanMethods = false)
    static class Nothing {
    }

    @Test
    void aMembersLineBreaksCannotStartALogLineInAMessageOrInAnException(CapturedOutput output) {
        // a context of an earlier test in this JVM may still hold Logback set up its way (console off): let
        // this application set logging up afresh, as the bot does in its own process
        org.springframework.boot.logging.LoggingSystem.get(getClass().getClassLoader()).cleanUp();
        String typed = "/start x\n2026-12-03T20:00:00.000Z ERROR 1 --- [tawasul] [main] o.t.Forged : admin logged in\r\u2028\u202Eevil";
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Nothing.class)
                .web(WebApplicationType.NONE).run("--spring.main.banner-mode=off", "--logging.level.root=INFO",
                        "--logging.level.org.tawasul=INFO", "--logging.threshold.console=TRACE", "--logging.file.name=")) {
            var log = LoggerFactory.getLogger(OneLineLogsTests.class);
            log.warn("Deep link {} not offered", typed);
            log.error("Turn failed", new IllegalArgumentException("'" + typed + "' is not a case reference",
                    new IllegalStateException(typed)));
        }
        List<String> lines = Arrays.asList(output.getOut().split("\n"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Deep link /start x\\n2026-12-03T20:00:00.000Z ERROR"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("java.lang.IllegalArgumentException: '/start x\\n"));
        assertThat(lines).noneMatch(line -> line.startsWith("2026-12-03T20:00:00.000Z ERROR 1"));
        assertThat(output.getOut()).doesNotContain("\u202E", "\u2028");
    }
}
