package org.tawasul.operations.logging;

import ch.qos.logback.classic.PatternLayout;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.context.ApplicationListener;

/**
 * Makes every log line one line before Spring Boot sets up logging (registered in
 * {@code META-INF/spring.factories}, so it runs for the bot, its one-shot commands and the tests):
 * Logback's {@code %m}, {@code %msg} and {@code %message} become {@link OneLineMessageConverter}, and
 * {@code %wEx}, Boot's stack traces, become {@link OneLineThrowableConverter} through the default
 * patterns' {@code LOG_EXCEPTION_CONVERSION_WORD}. A member who types {@code /start x} followed by a
 * line break and a made-up log line gets {@code x\n2026-…} on the one real line instead (log forging).
 */
public class OneLineLogs implements ApplicationListener<ApplicationStartingEvent> {

    static final String EXCEPTION_WORD = "oneLineEx";

    @Override
    public void onApplicationEvent(ApplicationStartingEvent event) {
        install();
    }

    /** Registers the converters; idempotent. */
    public static void install() {
        for (String word : new String[] {"m", "msg", "message"}) {
            PatternLayout.DEFAULT_CONVERTER_SUPPLIER_MAP.put(word, OneLineMessageConverter::new);
        }
        PatternLayout.DEFAULT_CONVERTER_SUPPLIER_MAP.put(EXCEPTION_WORD, OneLineThrowableConverter::new);
        if (System.getProperty("LOG_EXCEPTION_CONVERSION_WORD") == null) {
            System.setProperty("LOG_EXCEPTION_CONVERSION_WORD", "%" + EXCEPTION_WORD);
        }
    }
}
