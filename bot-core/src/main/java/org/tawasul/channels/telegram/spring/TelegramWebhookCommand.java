package org.tawasul.channels.telegram.spring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import org.tawasul.TawasulApplication;

/**
 * {@code tawasul telegram-webhook set URL | delete}: tells Telegram where to deliver updates, with
 * the configured secret, or to stop (back to long polling). Starts the application in send-only mode.
 */
public final class TelegramWebhookCommand {

    private TelegramWebhookCommand() {
    }

    /** Runs the command; returns the exit code. */
    public static int run(String[] args) {
        List<String> positional = Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
        List<String> springArgs = new ArrayList<>(Arrays.stream(args).filter(a -> a.startsWith("--")).toList());
        boolean set = positional.size() == 2 && positional.get(0).equals("set") && positional.get(1).startsWith("https://");
        boolean delete = positional.size() == 1 && positional.get(0).equals("delete");
        if (!set && !delete) {
            System.err.println("Usage: telegram-webhook set https://PUBLIC-HOST/webhooks/telegram | telegram-webhook delete");
            return 2;
        }
        SpringApplication application = new SpringApplication(TawasulApplication.class);
        application.setDefaultProperties(Map.of("spring.main.web-application-type", "none",
                "logging.threshold.console", "OFF", "logging.file.name", "data/tawasul.log"));
        springArgs.add("--tawasul.telegram.mode=send-only");
        try (ConfigurableApplicationContext context = application.run(springArgs.toArray(String[]::new))) {
            if (context.getBeanNamesForType(TelegramClient.class).length == 0) {
                System.err.println("tawasul.telegram.token is not set. Fix: set it (e.g. TAWASUL_TELEGRAM_TOKEN).");
                return 2;
            }
            TelegramClient client = context.getBean(TelegramClient.class);
            if (set) {
                String secret = System.getenv("TAWASUL_TELEGRAM_WEBHOOK_SECRET");
                secret = context.getEnvironment().getProperty("tawasul.telegram.webhook-secret", secret == null ? "" : secret);
                if (secret.isBlank()) {
                    System.err.println("tawasul.telegram.webhook-secret is not set. Fix: set it (e.g. `openssl rand -hex 32` "
                            + "through TAWASUL_TELEGRAM_WEBHOOK_SECRET) to the value the webhook nodes use.");
                    return 2;
                }
                if (secret.length() < TelegramSettings.MIN_SECRET) {
                    System.err.println("tawasul.telegram.webhook-secret is too short (" + secret.length() + " characters; at least "
                            + TelegramSettings.MIN_SECRET + "). Fix: set it to e.g. the output of `openssl rand -hex 32`.");
                    return 2;
                }
                client.execute(SetWebhook.builder().url(positional.get(1)).secretToken(secret).build());
                System.out.println("Telegram now delivers updates to " + positional.get(1));
            } else {
                client.execute(new DeleteWebhook(false));
                System.out.println("Telegram webhook deleted; updates wait for long polling.");
            }
            return 0;
        } catch (Exception e) {
            System.err.println("telegram-webhook failed: " + e.getMessage());
            return 1;
        }
    }
}
