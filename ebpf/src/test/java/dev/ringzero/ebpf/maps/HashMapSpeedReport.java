package dev.ringzero.ebpf.maps;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An informal measurement, not a test: the cost of one lookup plus one update on {@link BpfHashMap} with program-side
 * segments, next to a {@code ConcurrentHashMap<Integer, long[]>} doing the same work. Run it with
 * {@code java -cp ebpf/target/classes:ebpf/target/test-classes dev.ringzero.ebpf.maps.HashMapSpeedReport [threads]}.
 * The JMH module is the place for numbers to quote.
 */
public final class HashMapSpeedReport {
    private static final int KEYS = 1024;
    private static final int OPS = 5_000_000;

    private HashMapSpeedReport() {
    }

    public static void main(String[] args) throws InterruptedException {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        for (int round = 0; round < 5; round++) {
            double bpf = measure(threads, HashMapSpeedReport::bpfMapWork);
            double chm = measure(threads, HashMapSpeedReport::concurrentHashMapWork);
            System.out.printf("round %d, %d thread(s): BpfHashMap %.1f ns per op per thread, ConcurrentHashMap %.1f%n",
                    round, threads, bpf, chm);
        }
    }

    private interface Work {
        long run(int thread);
    }

    private static volatile Object sharedBpf;
    private static volatile ConcurrentHashMap<Integer, long[]> sharedChm;

    private static double measure(int threads, Work work) throws InterruptedException {
        sharedBpf = BpfMaps.create(MapSpec.of("bench", MapType.HASH, 4, 8, KEYS));
        sharedChm = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        ConcurrentRun.on(threads, thread -> work.run(thread));
        long elapsed = System.nanoTime() - start;
        return (double) elapsed / OPS;
    }

    private static long bpfMapWork(int thread) {
        BpfMap map = (BpfMap) sharedBpf;
        MemorySegment key = MemorySegment.ofArray(new long[1]);
        MemorySegment value = MemorySegment.ofArray(new long[1]);
        long sum = 0;
        for (int i = 0; i < OPS; i++) {
            int k = (i * 31 + thread) & (KEYS - 1);
            key.set(ValueLayout.JAVA_INT, 0, k);
            MemorySegment found = map.lookupElement(key);
            long current = found == null ? 0 : found.get(ValueLayout.JAVA_LONG, 0);
            value.set(ValueLayout.JAVA_LONG, 0, current + 1);
            map.updateElement(key, value, 0);
            sum += current;
        }
        return sum;
    }

    private static long concurrentHashMapWork(int thread) {
        ConcurrentHashMap<Integer, long[]> map = sharedChm;
        long sum = 0;
        for (int i = 0; i < OPS; i++) {
            int k = (i * 31 + thread) & (KEYS - 1);
            long[] found = map.get(k);
            long current = found == null ? 0 : found[0];
            map.put(k, new long[] {current + 1});
            sum += current;
        }
        return sum;
    }
}
