package org.tawasul.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.tawasul.bench.engine.BenchCommand;
import org.tawasul.bench.startup.StartupBenchCommand;
import org.tawasul.bench.startup.StartupTraining;
import org.tawasul.channels.console.spring.ChatCommand;
import org.tawasul.faq.FaqCommands;
import org.tawasul.faq.feedback.FaqUnansweredCommand;
import org.tawasul.cases.CaseCommand;
import org.tawasul.members.ImportMembersCommand;
import org.tawasul.members.identity.IdentificationFailuresCommand;
import org.tawasul.bench.telegram.PacingBenchCommand;
import org.tawasul.bench.telegram.TelegramBenchCommand;
import org.tawasul.channels.telegram.spring.TelegramWebhookCommand;

/** The command line of {@code tawasul.jar}: {@link #main} runs one command and exits with its status. */
public final class Tawasul {

    private Tawasul() {
    }

    private static final String USAGE = """
            Usage: java -jar tawasul.jar COMMAND [options]

            Commands:
              serve                                       run the bot on its configured channels (Telegram, SMS, staff
                                                          mail) until stopped; the default when any is configured
              chat [--lang=ar|en] [--member=ID|--fresh]   chat with the bot at the console (reads lines from
                                                          standard input, also piped; ends at end of input)
              bench [--mode=memory|h2|mysql] [...]        engine benchmark; prints figures (see README)
              bench-telegram [--updates=10000] [...]     inbound Telegram updates/s through long polling against a
                                                          fake Bot API on loopback (see README)
              bench-pacing [--messages=1500] [...]        outbound Telegram pacing against a fake Bot API that enforces
                                                          the limits: achieved vs configured messages/s, 429s (see README)
              bench-sms [--members=1000] [--mps=10]       outbound SMS pacing through the Twilio SDK against a fake that
                                                          enforces the MPS: achieved vs configured, 429s (see README)
              bench-startup [--runs=5] [--compare]        time to ready (console's first answer, first Telegram poll)
                                                          and resident memory of fresh processes (see README)
              startup-training                            the build's training run for bin/tawasul's class archive: serve
                                                          and chat in memory against a fake Bot API (see README)
              import-members FILE.csv                     add and update members from a CSV file (see README);
                                                          imports nothing when any row is bad
              case show REF | status REF STATUS [...]    staff: a case with its trail; change its status (the
                   | list [--status=S] [--overdue]        member is told); list cases (see README)
              identification-failures [--since=DATE]       failed identification tries (time, channel, masked
                                                          chat address, reason) for staff, as TSV
              rotate-keys                                 with the bot stopped: re-encrypt and re-hash every row under
                                                          new privacy keys, in batches; resumable (see README)
              faq-eval FILE.tsv                           measure the configured FAQ against labelled questions
                                                          ('entry-id<TAB>question', NONE: must go to staff): share
                                                          answered right, share handed to staff, each miss
              faq-scores "QUESTION" [--lang=ar|en]        the FAQ entries closest to a question, with their scores
              faq-unanswered [--since=YYYY-MM-DD]         the enquiries the FAQ did not answer, as TSV without who
                                                          asked (a faq-eval file once the first column is filled)
              telegram-webhook set URL | delete           point Telegram at this deployment's webhook, or remove it
              help                                        this text

            Spring options such as --spring.profiles.active=mysql may follow any command.
            """;

    /** Runs a command and exits with its status. */
    public static void main(String[] args) {
        boolean optionsOnly = args.length == 0 || args[0].startsWith("--");
        String command = optionsOnly ? (channelConfigured(args) ? "serve" : "help") : args[0];
        String[] rest = optionsOnly ? args : Arrays.copyOfRange(args, 1, args.length);
        int status = switch (command) {
            case "serve" -> ServeCommand.run(rest);
            case "telegram-webhook" -> TelegramWebhookCommand.run(rest);
            case "bench-telegram" -> TelegramBenchCommand.run(rest);
            case "bench-pacing" -> PacingBenchCommand.run(rest);
            case "bench-sms" -> org.tawasul.bench.sms.SmsBenchCommand.run(rest);
            case "chat" -> ChatCommand.run(rest);
            case "bench" -> BenchCommand.run(rest);
            case "bench-startup" -> StartupBenchCommand.run(rest);
            case "startup-training" -> StartupTraining.run(rest);
            case "import-members" -> ImportMembersCommand.run(rest);
            case "case" -> CaseCommand.run(rest);
            case "identification-failures" -> IdentificationFailuresCommand.run(rest);
            case "rotate-keys" -> RotateKeysCommand.run(rest);
            case "faq-eval" -> FaqCommands.evaluate(rest);
            case "faq-scores" -> FaqCommands.scores(rest);
            case "faq-unanswered" -> FaqUnansweredCommand.run(rest);
            case "help", "--help", "-h" -> {
                System.out.print(USAGE);
                yield 0;
            }
            default -> {
                System.err.println("Unknown command '" + command + "'.\n");
                System.err.print(USAGE);
                yield 2;
            }
        };
        System.exit(status);
    }

    /**
     * The properties whose presence turns a channel on: a Telegram token, a Twilio account, staff mail
     * (an SMTP host or a sender, as the mail configuration decides).
     */
    static final List<String> CHANNEL_KEYS = List.of(
            "tawasul.telegram.token", "tawasul.twilio.account-sid", "spring.mail.host", "tawasul.mail.from");

    /** Whether a channel is configured on the command line, in the environment or in an application.properties here. */
    static boolean channelConfigured(String[] args) {
        return channelConfigured(args, System.getenv(), System.getProperties(), Path.of(""));
    }

    /**
     * Whether any of {@link #CHANNEL_KEYS} has a non-blank value: as {@code --key=value}, a system property, an
     * environment variable ({@code TAWASUL_TWILIO_ACCOUNT_SID}, or {@code TAWASUL_TWILIO_ACCOUNTSID} as Spring also
     * reads it), or in {@code application.properties} or {@code config/application.properties} under {@code dir}.
     */
    static boolean channelConfigured(String[] args, Map<String, String> environment, Properties system, Path dir) {
        Properties files = new Properties();
        for (Path file : new Path[] {dir.resolve("application.properties"), dir.resolve("config").resolve("application.properties")}) {
            if (Files.isReadable(file)) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    files.load(reader);
                } catch (IOException e) {
                    // unreadable: Spring reports it when it starts
                }
            }
        }
        for (String key : CHANNEL_KEYS) {
            for (String arg : args) {
                if (arg.startsWith("--" + key + "=") && !arg.substring(key.length() + 3).isBlank()) {
                    return true;
                }
            }
            String underscored = key.toUpperCase(Locale.ROOT).replace('.', '_');
            if (present(system.getProperty(key)) || present(files.getProperty(key))
                    || present(environment.get(underscored.replace('-', '_')))
                    || present(environment.get(underscored.replace("-", "")))) {
                return true;
            }
        }
        return false;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
