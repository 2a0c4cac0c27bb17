package dev.ringzero.ebpf.maps;

import static dev.ringzero.ebpf.maps.LittleEndian.segment;
import static dev.ringzero.ebpf.maps.LittleEndian.u32;
import static dev.ringzero.ebpf.maps.LittleEndian.u64;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {
    private static final int THREADS = 8;
    private static final VarHandle COUNTER = ValueLayout.JAVA_LONG.varHandle();

    @Test
    void threadsChurningTheirOwnKeysLoseNone() throws InterruptedException {
        BpfMap map = BpfMaps.create(MapSpec.of("churn", MapType.HASH, 4, 8, THREADS * 1000));
        ConcurrentRun.on(THREADS, thread -> {
            SplittableRandom random = new SplittableRandom(thread);
            for (int round = 0; round < 20_000; round++) {
                int key = thread * 1000 + random.nextInt(1000);
                switch (random.nextInt(3)) {
                    case 0 -> assertThat(map.update(u32(key), u64(key), 0)).isZero();
                    case 1 -> map.delete(u32(key));
                    default -> {
                        MemorySegment value = map.lookupElement(segment(u32(key)));
                        if (value != null) {
                            assertThat(value.get(LittleEndian.U64, 0)).isEqualTo(key);
                        }
                    }
                }
            }
            for (int key = thread * 1000; key < thread * 1000 + 1000; key += 2) {
                assertThat(map.update(u32(key), u64(key), 0)).isZero();
            }
            for (int key = thread * 1000 + 1; key < thread * 1000 + 1000; key += 2) {
                map.delete(u32(key));
            }
        });
        assertThat(map.size()).isEqualTo(THREADS * 500);
        Set<Integer> keys = new HashSet<>();
        for (MapEntry entry : map.entries()) {
            int key = LittleEndian.u32(entry.key());
            assertThat(key % 2).isZero();
            assertThat(LittleEndian.u64(entry.value())).isEqualTo(key);
            keys.add(key);
        }
        assertThat(keys).hasSize(THREADS * 500);
    }

    @Test
    void atomicAddsOnLookedUpValuesAreExact() throws InterruptedException {
        int keys = 16;
        int addsPerThread = 50_000;
        BpfMap map = BpfMaps.create(MapSpec.of("counters", MapType.HASH, 4, 8, keys));
        for (int key = 0; key < keys; key++) {
            map.update(u32(key), u64(0), 0);
        }
        long[][] expected = new long[THREADS][keys];
        ConcurrentRun.on(THREADS, thread -> {
            SplittableRandom random = new SplittableRandom(thread);
            MemorySegment key = MemorySegment.ofArray(new byte[4]);
            for (int i = 0; i < addsPerThread; i++) {
                int k = random.nextInt(keys);
                key.set(LittleEndian.U32, 0, k);
                COUNTER.getAndAdd(map.lookupElement(key), 0L, 1L);
                expected[thread][k]++;
            }
        });
        long total = 0;
        for (int key = 0; key < keys; key++) {
            long want = 0;
            for (long[] perThread : expected) {
                want += perThread[key];
            }
            assertThat(map.lookup(u32(key)).map(v -> LittleEndian.u64(v, 0))).contains(want);
            total += want;
        }
        assertThat(total).isEqualTo((long) THREADS * addsPerThread);
    }

    @Test
    void atomicAddsOnAnArrayElementAreExact() throws InterruptedException {
        BpfMap map = BpfMaps.create(MapSpec.of("total", MapType.ARRAY, 4, 8, 1));
        ConcurrentRun.on(THREADS, thread -> {
            MemorySegment value = map.lookupElement(segment(u32(0)));
            for (int i = 0; i < 100_000; i++) {
                COUNTER.getAndAdd(value, 0L, 1L);
            }
        });
        assertThat(map.lookup(u32(0)).map(LittleEndian::u64)).contains(THREADS * 100_000L);
    }

    @Test
    void plainAddsOnPerCpuValuesAreExactWhenEachThreadHasItsCpu() throws InterruptedException {
        BpfMap map = BpfMaps.create(MapSpec.of("pkts", MapType.PERCPU_ARRAY, 4, 8, 1), THREADS);
        ConcurrentRun.on(THREADS, thread -> CurrentCpu.runOn(thread, () -> {
            for (int i = 0; i < 20_000; i++) {
                MemorySegment value = map.lookupElement(segment(u32(0)));
                value.set(LittleEndian.U64, 0, value.get(LittleEndian.U64, 0) + 1);
            }
        }));
        ByteBuffer all = ByteBuffer.wrap(map.lookup(u32(0)).orElseThrow()).order(ByteOrder.LITTLE_ENDIAN);
        for (int cpu = 0; cpu < THREADS; cpu++) {
            assertThat(all.getLong(cpu * 8)).isEqualTo(20_000);
        }
    }

    @Test
    void racingNoexistInsertsOfOneKeyHaveExactlyOneWinner() throws InterruptedException {
        BpfMap map = BpfMaps.create(MapSpec.of("once", MapType.HASH, 4, 8, 1000));
        AtomicInteger[] winners = new AtomicInteger[1000];
        for (int i = 0; i < winners.length; i++) {
            winners[i] = new AtomicInteger();
        }
        ConcurrentRun.on(THREADS, thread -> {
            for (int key = 0; key < 1000; key++) {
                int result = map.update(u32(key), u64(thread), 1);
                if (result == 0) {
                    winners[key].incrementAndGet();
                } else {
                    assertThat(result).isEqualTo(-17);
                }
            }
        });
        for (AtomicInteger winner : winners) {
            assertThat(winner.get()).isEqualTo(1);
        }
        assertThat(map.size()).isEqualTo(1000);
    }

    @Test
    void aFullHashMapAdmitsExactlyMaxEntriesUnderContention() throws InterruptedException {
        BpfMap map = BpfMaps.create(MapSpec.of("small", MapType.HASH, 4, 8, 100));
        LongAdder inserted = new LongAdder();
        ConcurrentRun.on(THREADS, thread -> {
            for (int key = thread; key < 2000; key += THREADS) {
                int result = map.update(u32(key), u64(key), 0);
                if (result == 0) {
                    inserted.increment();
                } else {
                    assertThat(result).isEqualTo(-7);
                }
            }
        });
        assertThat(inserted.sum()).isEqualTo(100);
        assertThat(map.size()).isEqualTo(100);
        assertThat(map.keys()).hasSize(100);
    }

    @Test
    void replacedValuesAreNeverSeenHalfWritten() throws InterruptedException {
        BpfMap map = BpfMaps.create(MapSpec.of("pairs", MapType.HASH, 4, 16, 4));
        map.update(u32(0), new byte[16], 0);
        ConcurrentRun.on(THREADS, thread -> {
            MemorySegment pair = MemorySegment.ofArray(new long[2]);
            for (long i = 0; i < 20_000; i++) {
                if (thread % 2 == 0) {
                    pair.set(ValueLayout.JAVA_LONG, 0, i);
                    pair.set(ValueLayout.JAVA_LONG, 8, i);
                    assertThat(map.updateElement(segment(u32(0)), pair, 0)).isZero();
                } else {
                    MemorySegment value = map.lookupElement(segment(u32(0)));
                    assertThat(value.get(ValueLayout.JAVA_LONG, 0)).isEqualTo(value.get(ValueLayout.JAVA_LONG, 8));
                }
            }
        });
    }

    @Test
    void anLruMapNeverHoldsMoreThanMaxEntries() throws InterruptedException {
        int max = 64;
        BpfMap map = BpfMaps.create(MapSpec.of("recent", MapType.LRU_HASH, 4, 8, max));
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger largest = new AtomicInteger();
        Thread watcher = Thread.ofPlatform().start(() -> {
            while (running.get()) {
                largest.accumulateAndGet(map.size(), Math::max);
            }
        });
        ConcurrentRun.on(THREADS, thread -> {
            SplittableRandom random = new SplittableRandom(thread);
            for (int i = 0; i < 20_000; i++) {
                int key = random.nextInt(1000);
                switch (random.nextInt(4)) {
                    case 0, 1 -> assertThat(map.update(u32(key), u64(key), 0)).isZero();
                    case 2 -> map.delete(u32(key));
                    default -> {
                        MemorySegment value = map.lookupElement(segment(u32(key)));
                        if (value != null) {
                            assertThat(value.get(LittleEndian.U64, 0)).isEqualTo(key);
                        }
                    }
                }
            }
        });
        running.set(false);
        watcher.join();
        assertThat(largest.get()).isLessThanOrEqualTo(max);
        assertThat(map.size()).isLessThanOrEqualTo(max);
        assertThat(map.keys()).hasSize(map.size());
    }

    @Test
    void aQueueDeliversEveryPushedValueExactlyOnce() throws InterruptedException {
        BpfMap queue = BpfMaps.create(MapSpec.of("work", MapType.QUEUE, 0, 8, 128));
        int perProducer = 5_000;
        int producers = THREADS / 2;
        Set<Long> received = ConcurrentHashMap.newKeySet();
        AtomicLong duplicates = new AtomicLong();
        AtomicInteger remaining = new AtomicInteger(perProducer * producers);
        ConcurrentRun.on(THREADS, thread -> {
            if (thread < producers) {
                for (long i = 0; i < perProducer; i++) {
                    MemorySegment value = segment(u64(thread * 1_000_000L + i));
                    while (queue.pushElement(value, 0) != 0) {
                        Thread.yield();
                    }
                }
            } else {
                MemorySegment out = MemorySegment.ofArray(new byte[8]);
                while (remaining.get() > 0) {
                    if (queue.popElement(out) != 0) {
                        Thread.yield();
                    } else {
                        remaining.decrementAndGet();
                        if (!received.add(out.get(LittleEndian.U64, 0))) {
                            duplicates.incrementAndGet();
                        }
                    }
                }
            }
        });
        assertThat(duplicates.get()).isZero();
        assertThat(received).hasSize(perProducer * producers);
    }

    @Test
    void aRingBufferKeepsEachProducersRecordsCompleteAndInOrder() throws InterruptedException {
        BpfRingBuffer ring = (BpfRingBuffer) BpfMaps.create(MapSpec.of("events", MapType.RINGBUF, 0, 0, 1 << 14));
        int producers = THREADS - 1;
        int perProducer = 5_000;
        List<long[]> seen = new ArrayList<>();
        AtomicInteger done = new AtomicInteger();
        ConcurrentRun.on(THREADS, thread -> {
            if (thread < producers) {
                MemorySegment record = MemorySegment.ofArray(new long[2 + thread % 3]);
                for (long i = 0; i < perProducer; i++) {
                    record.set(ValueLayout.JAVA_LONG, 0, thread);
                    record.set(ValueLayout.JAVA_LONG, 8, i);
                    while (ring.output(record, record.byteSize(), 0) != 0) {
                        Thread.yield();
                    }
                }
                done.incrementAndGet();
            } else {
                while (done.get() < producers || ring.query(BpfRingBuffer.AVAIL_DATA) > 0) {
                    Thread.yield();
                    ring.consume(r -> seen.add(new long[] {
                            r.get(ValueLayout.JAVA_LONG_UNALIGNED, 0), r.get(ValueLayout.JAVA_LONG_UNALIGNED, 8),
                            r.byteSize()}));
                }
            }
        });
        long[] next = new long[producers];
        for (long[] record : seen) {
            int producer = (int) record[0];
            assertThat(record[1]).isEqualTo(next[producer]);
            assertThat(record[2]).isEqualTo(8L * (2 + producer % 3));
            next[producer]++;
        }
        for (long count : next) {
            assertThat(count).isEqualTo(perProducer);
        }
    }

    @Test
    void perCpuHashCountersAreExactWhenEachThreadHasItsCpu() throws InterruptedException {
        BpfMap map = BpfMaps.create(MapSpec.of("flows", MapType.LRU_PERCPU_HASH, 4, 8, 16), THREADS);
        ConcurrentRun.on(THREADS, thread -> CurrentCpu.runOn(thread, () -> {
            MemorySegment key = MemorySegment.ofArray(new byte[4]);
            MemorySegment zero = MemorySegment.ofArray(new long[1]);
            for (int i = 0; i < 20_000; i++) {
                key.set(LittleEndian.U32, 0, i % 8);
                MemorySegment value = map.lookupElement(key);
                if (value == null) {
                    map.updateElement(key, zero, 1);
                    value = map.lookupElement(key);
                }
                value.set(LittleEndian.U64, 0, value.get(LittleEndian.U64, 0) + 1);
            }
        }));
        for (int key = 0; key < 8; key++) {
            ByteBuffer all = ByteBuffer.wrap(map.lookup(u32(key)).orElseThrow()).order(ByteOrder.LITTLE_ENDIAN);
            for (int cpu = 0; cpu < THREADS; cpu++) {
                assertThat(all.getLong(cpu * 8)).isEqualTo(2_500);
            }
        }
    }

    @Test
    void ringBufferReservationsFromManyThreadsDeliverExactlyTheSubmittedOnes() throws InterruptedException {
        BpfRingBuffer ring = (BpfRingBuffer) BpfMaps.create(MapSpec.of("events", MapType.RINGBUF, 0, 0, 1 << 13));
        int producers = THREADS - 1;
        int perProducer = 5_000;
        LongAdder submitted = new LongAdder();
        LongAdder delivered = new LongAdder();
        AtomicInteger done = new AtomicInteger();
        ConcurrentRun.on(THREADS, thread -> {
            if (thread < producers) {
                for (int i = 0; i < perProducer; i++) {
                    MemorySegment record;
                    while ((record = ring.reserve(16, 0)) == null) {
                        Thread.yield();
                    }
                    record.set(ValueLayout.JAVA_LONG, 0, thread);
                    record.set(ValueLayout.JAVA_LONG, 8, i);
                    if (i % 3 == 0) {
                        assertThat(ring.discard(record, 0)).isZero();
                    } else {
                        assertThat(ring.submit(record, 0)).isZero();
                        submitted.increment();
                    }
                }
                done.incrementAndGet();
            } else {
                while (done.get() < producers || ring.query(BpfRingBuffer.AVAIL_DATA) > 0) {
                    Thread.yield();
                    ring.consume(record -> {
                        assertThat(record.get(ValueLayout.JAVA_LONG, 8) % 3).isNotZero();
                        delivered.increment();
                    });
                }
            }
        });
        assertThat(delivered.sum()).isEqualTo(submitted.sum()).isEqualTo(producers * (perProducer - 1667L));
    }
}
