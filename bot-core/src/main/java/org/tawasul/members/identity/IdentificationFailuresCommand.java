package org.tawasul.members.identity;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.tawasul.config.OneShot;

/**
 * {@code tawasul identification-failures [--since=YYYY-MM-DD] [Spring options]}: the failed identification
 * tries since a day (default: the last 7 days), oldest first, as tab-separated lines for staff: time (UTC),
 * channel, masked chat address, reason. No number or ID is kept, so none is shown.
 */
public final class IdentificationFailuresCommand {

    private static final String USAGE = "Usage: java -jar tawasul.jar identification-failures [--since=YYYY-MM-DD]";

    private IdentificationFailuresCommand() {
    }

    /** Prints the failures; returns the exit status. */
    public static int run(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Instant since = Instant.now().minusSeconds(7 * 24 * 3600L);
        List<String> springArgs = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--since=")) {
                try {
                    since = LocalDate.parse(arg.substring(8)).atStartOfDay(ZoneId.of("Asia/Riyadh")).toInstant();
                } catch (DateTimeParseException e) {
                    System.err.println("--since must be a date such as 2026-12-01. " + USAGE);
                    return 2;
                }
            } else {
                springArgs.add(arg);
            }
        }
        try (ConfigurableApplicationContext context = OneShot.start(springArgs.toArray(String[]::new))) {
            out.println("failed_at\tchannel\taddress\treason");
            for (IdentificationFailure failure : context.getBean(IdentificationGuard.class).since(since)) {
                out.println(failure.getFailedAt() + "\t" + failure.getChannel() + "\t" + failure.getAddressMasked() + "\t"
                        + failure.getReason());
            }
            return 0;
        } catch (RuntimeException e) {
            System.err.println("Tawasul could not list the failures: " + e.getMessage());
            return 1;
        }
    }
}
