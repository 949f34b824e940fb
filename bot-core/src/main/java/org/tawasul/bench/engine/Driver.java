package org.tawasul.bench.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Plays the workload: every member takes turn 0, then every member turn 1, and so on, so that all
 * members are mid-dialog at once; members are split between the threads. Before the last turn, all
 * threads pause while the heap and the stored state are measured (the pause is not timed).
 */
final class Driver {

    /** One turn of one member. */
    interface Turns {
        void turn(String address, int member, int turn);
    }

    /** Measures once, when every member is live with its largest state (before the last turn). */
    interface Midpoint {
        void measure();
    }

    /** Latencies per thread, the time taken (less the pause), and the heap held per member at the pause. */
    record Result(long[][] latencies, long elapsedNanos, long heapBytesPerMember) { }

    private Driver() {
    }

    static Result run(String prefix, int members, int threads, Turns turns, Midpoint midpoint) {
        long[][] latencies = new long[threads][];
        for (int t = 0; t < threads; t++) {
            latencies[t] = new long[((members - t + threads - 1) / threads) * Workload.TURNS];
        }
        AtomicLong paused = new AtomicLong();
        AtomicLong heapPerMember = new AtomicLong();
        long baseline = usedHeap();
        CyclicBarrier half = new CyclicBarrier(threads, () -> {
            long start = System.nanoTime();
            heapPerMember.set(Math.max(0, usedHeap() - baseline) / members);
            midpoint.measure();
            paused.addAndGet(System.nanoTime() - start);
        });
        Thread[] workers = new Thread[threads];
        RuntimeException[] failure = new RuntimeException[1];
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            workers[t] = new Thread(() -> {
                int n = 0;
                try {
                    for (int turn = 0; turn < Workload.TURNS; turn++) {
                        if (turn == Workload.TURNS - 1) {
                            half.await();
                        }
                        for (int member = thread; member < members; member += threads) {
                            long before = System.nanoTime();
                            turns.turn(prefix + member, member, turn);
                            latencies[thread][n++] = System.nanoTime() - before;
                        }
                    }
                } catch (InterruptedException | BrokenBarrierException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    failure[0] = e;
                    half.reset();
                }
            }, "bench-" + t);
            workers[t].start();
        }
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        return new Result(latencies, System.nanoTime() - start - paused.get(), heapPerMember.get());
    }

    /** Heap in use after collecting garbage. */
    static long usedHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
