package dev.ringzero.ebpf.maps;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RingBufferTest {
    private final BpfRingBuffer ring = (BpfRingBuffer) BpfMaps.create(MapSpec.of("events", MapType.RINGBUF, 0, 0, 4096));

    private static MemorySegment text(String s) {
        return MemorySegment.ofArray(s.getBytes(StandardCharsets.US_ASCII));
    }

    private static List<String> strings(List<byte[]> records) {
        return records.stream().map(r -> new String(r, StandardCharsets.US_ASCII)).toList();
    }

    @Test
    void outputRecordsAreConsumedInOrder() {
        assertThat(ring.output(text("one"), 3, 0)).isZero();
        assertThat(ring.output(text("two!"), 4, 0)).isZero();
        assertThat(strings(ring.consume())).containsExactly("one", "two!");
        assertThat(ring.consume()).isEmpty();
    }

    @Test
    void aReservedRecordIsInvisibleUntilSubmitted() {
        MemorySegment record = ring.reserve(8, 0);
        record.set(ValueLayout.JAVA_LONG, 0, 42);
        assertThat(ring.consume()).isEmpty();
        assertThat(ring.submit(record, 0)).isZero();
        List<byte[]> records = ring.consume();
        assertThat(records).hasSize(1);
        assertThat(MemorySegment.ofArray(records.getFirst()).get(ValueLayout.JAVA_LONG_UNALIGNED, 0)).isEqualTo(42);
    }

    @Test
    void aRecordStillBeingFilledHoldsBackTheOnesAfterIt() {
        MemorySegment first = ring.reserve(4, 0);
        assertThat(ring.output(text("later"), 5, 0)).isZero();
        assertThat(ring.consume()).isEmpty();
        first.copyFrom(text("1st!"));
        ring.submit(first, 0);
        assertThat(strings(ring.consume())).containsExactly("1st!", "later");
    }

    @Test
    void aDiscardedRecordIsSkipped() {
        MemorySegment dropped = ring.reserve(16, 0);
        assertThat(ring.output(text("kept"), 4, 0)).isZero();
        assertThat(ring.discard(dropped, 0)).isZero();
        assertThat(strings(ring.consume())).containsExactly("kept");
    }

    @Test
    void reservedRecordsAreEightByteAlignedForAtomics() {
        MemorySegment record = ring.reserve(13, 0);
        assertThat(record.byteSize()).isEqualTo(13);
        assertThat(record.maxByteAlignment()).isGreaterThanOrEqualTo(8);
        ring.discard(record, 0);
    }

    @Test
    void aFullRingRefusesReservationsAndOutputIsEagain() {
        // 4096 bytes hold 4 records of 1016 + 8 header bytes
        for (int i = 0; i < 4; i++) {
            assertThat(ring.output(MemorySegment.ofArray(new byte[1016]), 1016, 0)).isZero();
        }
        assertThat(ring.reserve(1, 0)).isNull();
        assertThat(ring.output(text("x"), 1, 0)).isEqualTo(-11);
        assertThat(ring.consume()).hasSize(4);
        assertThat(ring.output(text("x"), 1, 0)).isZero();
    }

    @Test
    void recordsWrapAroundTheEndOfTheRing() {
        List<String> produced = new ArrayList<>();
        List<String> consumed = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String record = "record-" + i + "-" + "x".repeat(i % 50);
            produced.add(record);
            assertThat(ring.output(text(record), record.length(), 0)).isZero();
            if (i % 7 == 6) {
                consumed.addAll(strings(ring.consume()));
            }
        }
        consumed.addAll(strings(ring.consume()));
        assertThat(consumed).isEqualTo(produced);
        assertThat(ring.query(BpfRingBuffer.PROD_POS)).isGreaterThan(4096 * 4);
        assertThat(ring.query(BpfRingBuffer.AVAIL_DATA)).isZero();
    }

    @Test
    void aRecordThatWouldStraddleTheEndStartsAtTheBeginning() {
        assertThat(ring.output(MemorySegment.ofArray(new byte[3000]), 3000, 0)).isZero();
        assertThat(ring.consume()).hasSize(1);
        MemorySegment record = ring.reserve(2000, 0);
        assertThat(record).isNotNull();
        record.fill((byte) 7);
        ring.submit(record, 0);
        List<byte[]> records = ring.consume();
        assertThat(records).hasSize(1);
        assertThat(records.getFirst()).hasSize(2000).containsOnly(7);
    }

    @Test
    void aRecordLargerThanTheRingIsRefused() {
        assertThat(ring.reserve(4096, 0)).isNull();
        assertThat(ring.reserve(4088, 0)).isNotNull();
    }

    @Test
    void reserveWithFlagsIsRefusedAndOutputWithUnknownFlagsIsEinval() {
        assertThat(ring.reserve(8, 1)).isNull();
        assertThat(ring.output(text("x"), 1, 4)).isEqualTo(-22);
    }

    @Test
    void submittingTwiceOrSomethingNotReservedIsEinval() {
        MemorySegment record = ring.reserve(8, 0);
        assertThat(ring.submit(record, 0)).isZero();
        assertThat(ring.submit(record, 0)).isEqualTo(-22);
        assertThat(ring.discard(MemorySegment.ofArray(new long[1]), 0)).isEqualTo(-22);
        assertThat(ring.submit(null, 0)).isEqualTo(-22);
    }

    @Test
    void queryReportsSizeAndPositions() {
        ring.output(text("abc"), 3, 0);
        assertThat(ring.query(BpfRingBuffer.RING_SIZE)).isEqualTo(4096);
        assertThat(ring.query(BpfRingBuffer.AVAIL_DATA)).isEqualTo(16);
        assertThat(ring.query(BpfRingBuffer.PROD_POS)).isEqualTo(16);
        assertThat(ring.query(BpfRingBuffer.CONS_POS)).isZero();
        assertThat(ring.size()).isEqualTo(1);
    }

    @Test
    void pollReturnsEmptyWhenNothingArrivesInTime() throws InterruptedException {
        long start = System.nanoTime();
        assertThat(ring.poll(Duration.ofMillis(50))).isEmpty();
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(50));
    }

    @Test
    void pollWakesUpWhenAProducerSubmits() throws Exception {
        CompletableFuture<List<byte[]>> polled = CompletableFuture.supplyAsync(() -> {
            try {
                return ring.poll(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(50);
        ring.output(text("wake"), 4, 0);
        assertThat(strings(polled.get(5, TimeUnit.SECONDS))).containsExactly("wake");
    }

    @Test
    void consumedRecordsAreReadOnlyViews() {
        ring.output(text("ro"), 2, 0);
        List<Boolean> readOnly = new ArrayList<>();
        assertThat(ring.consume(record -> readOnly.add(record.isReadOnly()))).isEqualTo(1);
        assertThat(readOnly).containsExactly(true);
    }

    @Test
    void keyedOperationsAreNotSupported() {
        assertThat(ring.update(new byte[0], new byte[0], 0)).isEqualTo(Errno.EOPNOTSUPP.negated());
        assertThat(ring.lookup(new byte[0])).isEmpty();
        assertThat(ring.keys()).isEmpty();
    }
}
