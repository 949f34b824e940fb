package org.tawasul.config;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.tawasul.TawasulApplication;

/**
 * Starts the application for a one-shot command of the jar ({@code import-members}, {@code case},
 * {@code identification-failures}, ...): no web server, nothing on the console but the command's own
 * output (the log goes to {@code data/tawasul.log}), beans made only when used, and no background work
 * (no polling, no sending, no retries: {@code tawasul.background=false}), so a command run beside the
 * serving bot does not compete with it.
 */
public final class OneShot {

    /** The property that turns the background jobs off; they run unless it is {@code false}. */
    public static final String BACKGROUND = "tawasul.background";

    private OneShot() {
    }

    public static ConfigurableApplicationContext start(String... springArgs) {
        SpringApplication application = new SpringApplication(TawasulApplication.class);
        application.setDefaultProperties(Map.of(
                "spring.main.web-application-type", "none",
                "spring.main.lazy-initialization", "true",
                "logging.threshold.console", "OFF",
                "logging.file.name", "data/tawasul.log",
                BACKGROUND, "false"));
        return application.run(springArgs);
    }
}
