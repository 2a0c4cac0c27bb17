package dev.ringzero.client;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ringzero.kernel.Kernel;
import dev.ringzero.kernel.abi.DataStackConfiguration;
import dev.ringzero.kernel.ob.Caller;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

/**
 * An informal measurement, not a benchmark (JMH belongs in {@code bench}): push+pop pairs per second
 * on one shared named stack, 1 and 8 threads, embedded and through IOCTL frames in-process; the best
 * of three 2-second rounds after a warm-up round.
 * Runs only with {@code -Dringzero.bench=true}.
 */
class ThroughputReport {
    static final long MILLIS = 2000;

    @Test
    void pushPopPairsPerSecond() throws Exception {
        assumeTrue(Boolean.getBoolean("ringzero.bench"), "set -Dringzero.bench=true to measure");
        for (Transport transport : Transport.values()) {
            for (int threads : new int[] {1, 8}) {
                measure(transport, threads); // warm-up
                double best = 0;
                for (int round = 0; round < 3; round++) {
                    best = Math.max(best, measure(transport, threads));
                }
                System.out.printf("%-8s threads=%d  push+pop pairs/s = %,.0f (best of 3)%n", transport, threads, best);
            }
        }
    }

    static double measure(Transport transport, int threads) throws Exception {
        Kernel kernel = Kernel.embedded();
        LongAdder pairs = new LongAdder();
        CyclicBarrier start = new CyclicBarrier(threads + 1);
        List<Thread> workers = new ArrayList<>();
        long[] deadline = new long[1];
        for (int t = 0; t < threads; t++) {
            DataStacks api = new DataStacks(transport.connect(kernel, Caller.ofThisProcess()));
            DataStack ds = api.create("Global\\Bench", DataStackConfiguration.UNLIMITED);
            byte[] item = new byte[16];
            workers.add(Thread.ofPlatform().start(() -> {
                try {
                    start.await();
                    long n = 0;
                    while ((n & 255) != 0 || System.nanoTime() < deadline[0]) {
                        ds.push(item);
                        ds.pop();
                        n++;
                    }
                    pairs.add(n);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        deadline[0] = System.nanoTime() + MILLIS * 1_000_000;
        long begin = System.nanoTime();
        start.await();
        for (Thread w : workers) {
            w.join();
        }
        return pairs.sum() / ((System.nanoTime() - begin) / 1e9);
    }
}
