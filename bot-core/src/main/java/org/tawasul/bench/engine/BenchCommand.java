package org.tawasul.bench.engine;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code tawasul bench [--mode=memory|h2|mariadb|mysql] [--members=5000] [--warmup=2000]
 * [--threads=2] [--url=... --user=... --password=...]}: the engine benchmark. Prints figures and
 * a final {@code key=value} line; exits 0 whatever the figures are (targets are judged by people).
 */
public final class BenchCommand {

    private static final Set<String> MODES = Set.of("memory", "h2", "mariadb", "mysql");

    private BenchCommand() {
    }

    /** Options as given on the command line. */
    record Options(String mode, int members, int warmup, int threads, String url, String user, String password) { }

    /** Runs the benchmark; returns the exit code. */
    public static int run(String[] args) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                System.err.println("bench: options look like --name=value, got '" + arg + "'");
                return 2;
            }
            given.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        Options options;
        try {
            options = new Options(
                    given.getOrDefault("mode", "memory").toLowerCase(Locale.ROOT),
                    Integer.parseInt(given.getOrDefault("members", "5000")),
                    Integer.parseInt(given.getOrDefault("warmup", "2000")),
                    Integer.parseInt(given.getOrDefault("threads", "2")),
                    given.getOrDefault("url", env("TAWASUL_DB_URL", "jdbc:mysql://127.0.0.1:3306/test")),
                    given.getOrDefault("user", env("TAWASUL_DB_USER", "root")),
                    given.getOrDefault("password", env("TAWASUL_DB_PASSWORD", "")));
        } catch (NumberFormatException e) {
            System.err.println("bench: members, warmup and threads take whole numbers (" + e.getMessage() + ")");
            return 2;
        }
        if (!MODES.contains(options.mode()) || options.members() < options.threads() || options.threads() < 1) {
            System.err.println("bench: --mode is one of " + MODES + "; --members must be at least --threads (≥ 1)");
            return 2;
        }
        if (options.mode().equals("memory")) {
            MemoryBench.run(options);
        } else {
            DurableBench.run(options);
        }
        return 0;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
