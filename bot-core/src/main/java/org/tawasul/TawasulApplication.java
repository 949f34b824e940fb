package org.tawasul;

import java.util.Arrays;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.tawasul.bench.BenchCommand;
import org.tawasul.console.ChatCommand;
import org.tawasul.members.ImportMembersCommand;

/** The Tawasul application; {@link #main} dispatches the command-line commands. */
@SpringBootApplication
public class TawasulApplication {

    private static final String USAGE = """
            Usage: java -jar tawasul.jar COMMAND [options]

            Commands:
              chat [--lang=ar|en] [--member=ID|--fresh]   chat with the bot at the console (reads lines from
                                                          standard input, also piped; ends at end of input)
              bench [--mode=memory|h2|mysql] [...]        engine benchmark; prints figures (see README)
              import-members FILE.csv                     add and update members from a CSV file (see README);
                                                          imports nothing when any row is bad
              help                                        this text

            Spring options such as --spring.profiles.active=mysql may follow any command.
            """;

    /** Runs a command and exits with its status. */
    public static void main(String[] args) {
        String command = args.length == 0 ? "help" : args[0];
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        int status = switch (command) {
            case "chat" -> ChatCommand.run(rest);
            case "bench" -> BenchCommand.run(rest);
            case "import-members" -> ImportMembersCommand.run(rest);
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
}
