package org.tawasul.channels.console.spring;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.tawasul.TawasulApplication;
import org.tawasul.config.OneShot;

/**
 * {@code tawasul chat [--lang=en] [--member=ID | --fresh] [Spring options]}: starts the
 * application without any network channel and chats at the console.
 */
public final class ChatCommand {

    /** The chat's defaults: no web server, nothing on the console but the chat, no background work. */
    private static final Map<String, Object> DEFAULTS = Map.of(
            "spring.main.web-application-type", "none",
            "logging.threshold.console", "OFF",
            "logging.file.name", "data/tawasul.log",
            OneShot.BACKGROUND, "false");

    private ChatCommand() {
    }

    /** The application the chat runs, with {@link #DEFAULTS} (the build's start-up training runs it too). */
    public static SpringApplication application() {
        SpringApplication application = new SpringApplication(TawasulApplication.class);
        application.setDefaultProperties(DEFAULTS);
        return application;
    }

    /** Runs the chat; returns the process exit code. */
    public static int run(String[] args) {
        String language = null;
        String member = "local";
        List<String> springArgs = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--lang=")) {
                language = arg.substring("--lang=".length());
            } else if (arg.startsWith("--member=")) {
                member = arg.substring("--member=".length());
            } else if (arg.equals("--fresh")) {
                member = "local-" + UUID.randomUUID();
            } else {
                springArgs.add(arg);
            }
        }
        if (language != null && !language.equals("ar") && !language.equals("en")) {
            System.err.println("--lang must be ar or en, was '" + language + "'");
            return 2;
        }
        if (language != null) {
            springArgs.add("--tawasul.default-language=" + language);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        boolean interactive = System.console() != null;
        try (ConfigurableApplicationContext context = application().run(springArgs.toArray(String[]::new))) {
            if (interactive) {
                System.err.println("Tawasul console chat: write a message and press Enter; Ctrl-D ends. "
                        + "/photo NAME, /file NAME and /contact +9665... stand in for attachments and contacts.");
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            context.getBean(ConsoleChat.class).run(in, out, member, !interactive);
            return 0;
        } catch (Exception e) {
            System.err.println("Tawasul could not run the chat: " + rootMessage(e));
            System.err.println("Details are in data/tawasul.log.");
            return 1;
        }
    }

    static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }
}
