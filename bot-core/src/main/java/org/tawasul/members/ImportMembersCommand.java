package org.tawasul.members;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import org.tawasul.config.OneShot;

/**
 * {@code tawasul import-members FILE.csv [Spring options]}: checks every row of a members CSV file, then
 * adds and changes members in one transaction, or imports nothing when any row is bad.
 * Exit status 0 when imported, 1 when rows are bad or the import failed, 2 when the file cannot be used.
 */
public final class ImportMembersCommand {

    static final int PROGRESS_EVERY = 1000;
    private static final String USAGE = "Usage: java -jar tawasul.jar import-members FILE.csv [Spring options]";

    /** Imports into the registry, given the rows that passed; how the command reaches the database. */
    @FunctionalInterface
    interface Importer {
        MemberImport.Counts importAll(List<MemberRowCheck.CheckedRow> rows);
    }

    private ImportMembersCommand() {
    }

    /** Runs the import; returns the process exit code. */
    public static int run(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (args.length == 0 || args[0].startsWith("--")) {
            err.println(USAGE);
            return 2;
        }
        String[] springArgs = Arrays.copyOfRange(args, 1, args.length);
        try {
            return importFile(Path.of(args[0]), out, err, rows -> {
                try (ConfigurableApplicationContext context = start(springArgs)) {
                    return context.getBean(MemberImport.class).importAll(rows);
                }
            });
        } catch (RuntimeException e) {
            err.println("Tawasul could not import the members: " + rootMessage(e));
            err.println("Nothing was imported. Details are in data/tawasul.log.");
            return 1;
        }
    }

    /** Reads and checks {@code file}, printing progress and problems, then imports through {@code importer}. */
    static int importFile(Path file, PrintStream out, PrintStream err, Importer importer) {
        List<MemberCsv.Row> rows;
        try {
            rows = MemberCsv.read(file);
        } catch (ImportFileUnusable e) {
            err.println(e.getMessage());
            return 2;
        }
        MemberRowCheck check = new MemberRowCheck();
        for (int i = 0; i < rows.size(); i++) {
            check.check(rows.get(i));
            if ((i + 1) % PROGRESS_EVERY == 0 && i + 1 < rows.size()) {
                out.println("checked " + (i + 1) + " rows…");
            }
        }
        out.println("checked " + rows.size() + " rows");
        if (!check.problems().isEmpty()) {
            return nothingImported(err, check.problems());
        }
        try {
            out.println(importer.importAll(check.passed()));
            return 0;
        } catch (RowRejected e) {
            return nothingImported(err, List.of(e.getMessage()));
        } catch (DataAccessException e) {
            err.println("The database failed: " + rootMessage(e));
            err.println("Nothing was imported.");
            return 1;
        }
    }

    private static int nothingImported(PrintStream err, List<String> problems) {
        problems.forEach(err::println);
        int n = problems.size();
        err.println(n + (n == 1 ? " bad row" : " bad rows") + "; nothing was imported. Fix the rows above and run again.");
        return 1;
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }

    private static ConfigurableApplicationContext start(String[] springArgs) {
        return OneShot.start(springArgs);
    }
}
