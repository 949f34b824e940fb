package org.tawasul.faq.feedback;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.tawasul.config.OneShot;

/**
 * {@code tawasul faq-unanswered [--since=YYYY-MM-DD] [Spring options]}: prints, as TSV, the enquiries the FAQ did not
 * answer, oldest first. The first column is "?" for staff to replace by the id of the entry that answers the question
 * (or NONE), which makes the file a {@code faq-eval} file and the questions candidates for the entries' examples.
 */
public final class FaqUnansweredCommand {

    static final String HEADER = "# entry-id\tquestion\tdate\toutcome\toffered\tlanguage";
    private static final String USAGE = "Usage: java -jar tawasul.jar faq-unanswered [--since=YYYY-MM-DD] [Spring options]";

    private FaqUnansweredCommand() {
    }

    /** Prints the lines; returns the process exit code. */
    public static int run(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        LocalDate since = null;
        List<String> springArgs = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--since=")) {
                try {
                    since = LocalDate.parse(arg.substring("--since=".length()));
                } catch (DateTimeParseException e) {
                    err.println(USAGE);
                    return 2;
                }
            } else if (arg.startsWith("--")) {
                springArgs.add(arg);
            } else {
                err.println(USAGE);
                return 2;
            }
        }
        try (ConfigurableApplicationContext context = start(springArgs.toArray(String[]::new))) {
            print(context.getBean(UnansweredEnquiries.class).since(since), out);
            return 0;
        } catch (RuntimeException e) {
            err.println("Tawasul could not read the enquiries: " + e.getMessage());
            err.println("Details are in data/tawasul.log.");
            return 1;
        }
    }

    static void print(List<UnansweredEnquiry> lines, PrintStream out) {
        out.println(HEADER);
        for (UnansweredEnquiry line : lines) {
            out.println(String.join("\t", "?", line.question(), line.date().toString(), line.outcome(),
                    line.offered() == null ? "-" : line.offered(), line.language()));
        }
    }

    private static ConfigurableApplicationContext start(String[] springArgs) {
        return OneShot.start(springArgs);
    }
}
