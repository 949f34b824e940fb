package org.tawasul.cases;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ConfigurableApplicationContext;
import org.tawasul.config.OneShot;
import org.tawasul.db.member.MemberRepository;

/**
 * {@code tawasul case show REF | status REF STATUS [--message=TEXT] [--note=TEXT] [--by=OFFICER] |
 * list [--status=S[,S]] [--overdue]}: staff's view of cases and the way to move them, through
 * {@link CaseLifecycle} (the member is notified as with any change). Runs beside the serving bot, on
 * MySQL and on the embedded database alike. Exit status 0 when done, 1 when refused (an unknown
 * reference, a forbidden change), 2 for a wrong command line.
 */
public final class CaseCommand {

    static final String USAGE = """
            Usage: java -jar tawasul.jar case show REF
                   java -jar tawasul.jar case status REF STATUS [--message=TEXT] [--note=TEXT] [--by=OFFICER]
                   java -jar tawasul.jar case list [--status=STATUS[,STATUS]] [--overdue]
            STATUS: %s. --message is what the member reads with the change (the answer, the reason of a
            rejection, what is missing); --note stays with staff; --by names the officer (default: staff).""".formatted(
            Arrays.stream(CaseStatus.values()).map(Enum::name).collect(Collectors.joining(", ")));

    private CaseCommand() {
    }

    /** Runs the command; returns the exit status. */
    public static int run(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        List<String> words = new ArrayList<>();
        List<String> options = new ArrayList<>();
        List<String> spring = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--message=") || arg.startsWith("--note=") || arg.startsWith("--by=")
                    || arg.startsWith("--status=") || arg.equals("--overdue")) {
                options.add(arg);
            } else if (arg.startsWith("--")) {
                spring.add(arg);
            } else {
                words.add(arg);
            }
        }
        Optional<Action> action = Action.parse(words, options, err);
        if (action.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        try (ConfigurableApplicationContext context = OneShot.start(spring.toArray(String[]::new))) {
            return action.get().run(context.getBean(CaseLifecycle.class), context.getBean(MemberRepository.class), out);
        } catch (CaseNotFound | IllegalStateException refused) {
            err.println(refused.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println("Tawasul could not run the case command: " + e.getMessage());
            err.println("Details are in data/tawasul.log.");
            return 1;
        }
    }

    /** One parsed command line. */
    private interface Action {

        int run(CaseLifecycle cases, MemberRepository members, PrintStream out);

        static Optional<Action> parse(List<String> words, List<String> options, PrintStream err) {
            if (words.isEmpty()) {
                return Optional.empty();
            }
            String verb = words.get(0);
            if (verb.equals("list") && words.size() == 1) {
                List<CaseStatus> statuses = new ArrayList<>();
                for (String option : options) {
                    if (option.startsWith("--status=")) {
                        for (String name : option.substring(9).split(",")) {
                            Optional<CaseStatus> status = status(name, err);
                            if (status.isEmpty()) {
                                return Optional.empty();
                            }
                            statuses.add(status.get());
                        }
                    }
                }
                boolean overdue = options.contains("--overdue");
                return Optional.of((cases, members, out) -> CaseText.list(cases.list(statuses, overdue), out));
            }
            if ((verb.equals("show") && words.size() == 2) || (verb.equals("status") && words.size() == 3)) {
                Optional<CaseReference> reference = CaseReference.parse(words.get(1));
                if (reference.isEmpty()) {
                    err.println("'" + words.get(1) + "' is not a case reference such as REQ-2026-000042.");
                    return Optional.empty();
                }
                if (verb.equals("show")) {
                    return Optional.of((cases, members, out) -> {
                        Case shown = cases.show(reference.get());
                        return CaseText.show(shown, shown.getMemberId() == null ? null
                                : members.findById(shown.getMemberId()).orElse(null), out);
                    });
                }
                Optional<CaseStatus> to = status(words.get(2), err);
                if (to.isEmpty()) {
                    return Optional.empty();
                }
                String message = option(options, "--message=");
                String note = option(options, "--note=");
                String by = Optional.ofNullable(option(options, "--by=")).map(o -> "staff:" + o).orElse("staff");
                return Optional.of((cases, members, out) -> {
                    Case changed = cases.change(new CaseLifecycle.Change(reference.get(), to.get(), by, note, message));
                    out.println(changed.getReference() + " is now " + changed.getStatus()
                            + "; the member is told on their channel.");
                    return 0;
                });
            }
            return Optional.empty();
        }

        private static Optional<CaseStatus> status(String name, PrintStream err) {
            try {
                return Optional.of(CaseStatus.valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException e) {
                err.println("'" + name + "' is not a status.");
                return Optional.empty();
            }
        }

        private static String option(List<String> options, String prefix) {
            return options.stream().filter(o -> o.startsWith(prefix)).map(o -> o.substring(prefix.length())).findFirst()
                    .orElse(null);
        }
    }
}
