package org.tawasul.bench.engine;

import java.util.Arrays;
import java.util.Locale;

/** Collects turn latencies and prints the benchmark's figures, ending with one key=value line. */
final class Figures {

    private Figures() {
    }

    static long percentile(long[] sortedNanos, double p) {
        int index = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, index))];
    }

    static void print(String mode, int members, int threads, long[][] latencies, long elapsedNanos,
                      long heapBytesPerConversation, long stateBytes, long completed) {
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).toArray();
        Arrays.sort(all);
        double turnsPerSecond = all.length / (elapsedNanos / 1e9);
        long p50 = percentile(all, 50) / 1000;
        long p99 = percentile(all, 99) / 1000;
        System.out.printf(Locale.ROOT, "mode                         %s%n", mode);
        System.out.printf(Locale.ROOT, "members live at once         %d (threads %d, %d turns each)%n", members, threads, Workload.TURNS);
        System.out.printf(Locale.ROOT, "dialogs completed            %d%n", completed);
        System.out.printf(Locale.ROOT, "turns                        %d in %.2f s%n", all.length, elapsedNanos / 1e9);
        System.out.printf(Locale.ROOT, "throughput                   %.0f turns/s%n", turnsPerSecond);
        System.out.printf(Locale.ROOT, "turn latency p50 / p99       %d µs / %d µs%n", p50, p99);
        System.out.printf(Locale.ROOT, "heap per live conversation   %d bytes%n", heapBytesPerConversation);
        System.out.printf(Locale.ROOT, "stored state per conversation %d bytes%n", stateBytes);
        System.out.printf(Locale.ROOT, "mode=%s turns_per_s=%.0f p50_us=%d p99_us=%d heap_bytes_per_conversation=%d state_bytes=%d%n",
                mode, turnsPerSecond, p50, p99, heapBytesPerConversation, stateBytes);
    }
}
