package org.tawasul.bench.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The benchmark's 7-turn form and the answers each simulated member gives. */
final class Workload {

    static final String FLOW = "bench-form";
    static final int TURNS = 7;

    private Workload() {
    }

    /** The member's input at a turn (turn 0 starts the flow and has none). */
    static String answer(int member, int turn) {
        return switch (turn) {
            case 1 -> "عبدالله محمد الشهري " + member;
            case 2 -> String.format("055%07d", member % 10_000_000);
            case 3 -> "الرياض";
            case 4 -> "أرغب في الاستفسار عن موعد صرف الدعم السنوي للأسرة";
            case 5 -> member % 2 == 0 ? "٣" : "4";
            case 6 -> "نعم";
            default -> throw new IllegalArgumentException("turn " + turn);
        };
    }

    /** A directory holding the benchmark's flow, to add to the bundled flows. */
    static Path flowDirectory() {
        try (InputStream in = Workload.class.getClassLoader().getResourceAsStream("bench/bench-form.yaml")) {
            Path dir = Files.createTempDirectory("tawasul-bench-flows");
            Files.write(dir.resolve("bench-form.yaml"), in.readAllBytes());
            dir.toFile().deleteOnExit();
            dir.resolve("bench-form.yaml").toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
