package org.tawasul.bench.startup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.tawasul.bench.fake.LoopbackHttpServer;

/**
 * {@code bench-startup [--runs=5] [--idle=10] [--command="..."] [--compare]}: how fast the bot is ready
 * and how much memory it holds, measured on fresh processes in a throwaway folder:
 * <ul>
 * <li><b>chat ready</b>: from starting {@code COMMAND chat --fresh} to the first answer printed for a
 * piped «مرحبا» (the console's first prompt), with the resident memory then;</li>
 * <li><b>serve ready</b>: from starting {@code COMMAND serve} with a Telegram token to its first
 * {@code getUpdates} at a fake Bot API on loopback, and the resident memory after {@code --idle}
 * seconds of idling.</li>
 * </ul>
 * Each is measured twice per run: on a new folder (the first start: the database is created and migrated,
 * the keys generated) and again on the same folder (a restart, the everyday case).
 * {@code COMMAND} is {@code bin/tawasul} when run through it (it exports {@code TAWASUL_LAUNCHER}), else
 * {@code java -jar} of this jar; {@code --compare} also measures plain {@code java -jar} for a before/after.
 * Medians of {@code --runs}; ends with one {@code key=value} line per command.
 */
public final class StartupBenchCommand {

    private StartupBenchCommand() {
    }

    /** Runs the benchmark; returns the exit status. */
    public static int run(String[] args) {
        int runs = 5;
        int idle = 10;
        String command = null;
        boolean compare = false;
        for (String arg : args) {
            if (arg.startsWith("--runs=")) {
                runs = Integer.parseInt(arg.substring(7));
            } else if (arg.startsWith("--idle=")) {
                idle = Integer.parseInt(arg.substring(7));
            } else if (arg.startsWith("--command=")) {
                command = arg.substring(10);
            } else if (arg.equals("--compare")) {
                compare = true;
            } else {
                System.err.println("Unknown option " + arg + ". Usage: bench-startup [--runs=5] [--idle=10] "
                        + "[--command=\"bin/tawasul\"] [--compare]");
                return 2;
            }
        }
        List<List<String>> commands = new ArrayList<>();
        commands.add(command != null ? List.of(command.split(" ")) : defaultCommand());
        if (compare) {
            commands.add(plainJar());
        }
        try {
            for (List<String> measured : commands) {
                measure(measured, runs, idle);
            }
            return 0;
        } catch (Exception e) {
            System.err.println("bench-startup failed: " + e.getMessage());
            return 1;
        }
    }

    private static List<String> defaultCommand() {
        String launcher = System.getenv("TAWASUL_LAUNCHER");
        return launcher != null ? List.of(launcher) : plainJar();
    }

    private static List<String> plainJar() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = StartupBenchCommand.class.getProtectionDomain().getCodeSource().getLocation().getPath();
        if (jar.contains("!")) {
            jar = jar.substring(0, jar.indexOf('!'));
        }
        jar = jar.replaceFirst("^(jar:)?(nested:)?(file:)?", "");
        // run through bin/tawasul, this is the extracted jar (target/tawasul/tawasul.jar): compare with the
        // jar people run with java -jar, the packaged one beside the folder
        Path packaged = Path.of(jar).toAbsolutePath().getParent().resolveSibling("tawasul.jar");
        return List.of(java, "-jar", Files.isRegularFile(packaged) && !packaged.equals(Path.of(jar).toAbsolutePath())
                ? packaged.toString() : jar);
    }

    private static void measure(List<String> command, int runs, int idle) throws Exception {
        System.out.printf(Locale.ROOT, "%ncommand: %s%n", String.join(" ", command));
        long[] chatMillis = new long[runs];
        long[] chatRss = new long[runs];
        long[] serveMillis = new long[runs];
        long[] serveRss = new long[runs];
        long[] chatRestartMillis = new long[runs];
        long[] serveRestartMillis = new long[runs];
        for (int i = 0; i < runs; i++) {
            Path folder = Files.createTempDirectory("tawasul-bench-startup");
            try {
                long[] chat = chat(command, folder);
                long[] chatAgain = chat(command, folder);
                delete(folder);
                Files.createDirectories(folder);
                long[] serve = serve(command, idle, folder);
                long[] serveAgain = serve(command, 0, folder);
                chatMillis[i] = chat[0];
                chatRss[i] = chat[1];
                serveMillis[i] = serve[0];
                serveRss[i] = serve[1];
                chatRestartMillis[i] = chatAgain[0];
                serveRestartMillis[i] = serveAgain[0];
                System.out.printf(Locale.ROOT, "run %d: first start: chat ready %d ms (%d MB), serve ready %d ms, "
                                + "idle %d MB   restart: chat ready %d ms, serve ready %d ms%n", i + 1, chat[0],
                        chat[1] >> 10, serve[0], serve[1] >> 10, chatAgain[0], serveAgain[0]);
            } finally {
                delete(folder);
            }
        }
        System.out.printf(Locale.ROOT, "mode=startup runs=%d chat_ready_ms=%d chat_rss_mb=%d serve_ready_ms=%d "
                        + "serve_idle_rss_mb=%d restart_chat_ready_ms=%d restart_serve_ready_ms=%d command=%s%n",
                runs, median(chatMillis), median(chatRss) >> 10, median(serveMillis), median(serveRss) >> 10,
                median(chatRestartMillis), median(serveRestartMillis), String.join(" ", command).replace(' ', '_'));
    }

    /** Milliseconds to the console's first answer, and the resident KB then. */
    private static long[] chat(List<String> command, Path folder) throws Exception {
        List<String> arguments = new ArrayList<>(command);
        arguments.addAll(List.of("chat", "--fresh"));
        long started = System.nanoTime();
        Process process = new ProcessBuilder(arguments).directory(folder.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (OutputStream in = process.getOutputStream();
             BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                     StandardCharsets.UTF_8))) {
            in.write("مرحبا\n".getBytes(StandardCharsets.UTF_8));
            in.flush();
            String line;
            long readyNanos = 0;
            long rss = 0;
            while ((line = out.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith(">")) {
                    readyNanos = System.nanoTime() - started;
                    rss = residentKb(process.pid());
                    break;
                }
            }
            in.close();
            out.transferTo(java.io.Writer.nullWriter());
            if (readyNanos == 0) {
                throw new IllegalStateException("the chat printed no answer (exit " + process.waitFor() + ")");
            }
            return new long[] {TimeUnit.NANOSECONDS.toMillis(readyNanos), rss};
        } finally {
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Milliseconds to the first getUpdates, and the resident KB after idling. */
    private static long[] serve(List<String> command, int idleSeconds, Path folder) throws Exception {
        AtomicLong firstPoll = new AtomicLong();
        try (LoopbackHttpServer api = new LoopbackHttpServer(request -> {
            if (request.path().endsWith("/getupdates")) {
                firstPoll.compareAndSet(0, System.nanoTime());
                Thread.sleep(200);
                return new LoopbackHttpServer.Response(200, "{\"ok\":true,\"result\":[]}");
            }
            return new LoopbackHttpServer.Response(200, "{\"ok\":true,\"result\":true}");
        })) {
            List<String> arguments = new ArrayList<>(command);
            arguments.addAll(List.of("serve", "--tawasul.telegram.token=1:bench-startup",
                    "--tawasul.telegram.api-url=" + api.url(), "--tawasul.telegram.poll-timeout=0s",
                    "--server.port=0", "--management.server.port=0"));
            long started = System.nanoTime();
            Process process = new ProcessBuilder(arguments).directory(folder.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try {
                long patience = started + TimeUnit.SECONDS.toNanos(120);
                while (firstPoll.get() == 0) {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("serve ended before polling (exit " + process.exitValue()
                                + "); see " + folder.resolve("data/tawasul.log"));
                    }
                    if (System.nanoTime() > patience) {
                        throw new IllegalStateException("serve did not poll within 120 s");
                    }
                    Thread.sleep(5);
                }
                long ready = TimeUnit.NANOSECONDS.toMillis(firstPoll.get() - started);
                Thread.sleep(TimeUnit.SECONDS.toMillis(idleSeconds));
                return new long[] {ready, residentKb(process.pid())};
            } finally {
                process.destroy();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        }
    }

    /** The process's resident set, from /proc (Linux), in KB. */
    private static long residentKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return 0;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
