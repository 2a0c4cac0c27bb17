package dev.ringzero.ebpf.maps;

import dev.ringzero.ebpf.maps.internal.ValueMemory;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * {@code BPF_MAP_TYPE_RINGBUF}: a multi-producer, single-consumer ring of variable-size records, laid out as
 * Linux's: each record is an 8-byte header (32-bit length with a busy bit and a discard bit, then 32 bits Linux
 * uses for a page offset) followed by the data, padded to 8 bytes. Producers reserve space in order under a lock,
 * fill it, and commit or discard it without the lock; the consumer reads committed records in order and stops at
 * the first one still being filled.
 *
 * <p>One difference from Linux: Linux maps the data area twice so a record may wrap past its end; a Java segment
 * cannot alias itself, so a record that would wrap is placed at the start instead, and the space left at the end
 * becomes a discarded padding record that the consumer skips. A reservation may therefore fail somewhat earlier
 * than it would on Linux when the ring is nearly full.
 */
public final class BpfRingBuffer implements BpfMap {
    /** {@code BPF_RB_NO_WAKEUP}: commit without waking the consumer. */
    public static final long NO_WAKEUP = 1;
    /** {@code BPF_RB_FORCE_WAKEUP}: commit and wake the consumer. */
    public static final long FORCE_WAKEUP = 2;
    /** {@code bpf_ringbuf_query} flags: {@code BPF_RB_AVAIL_DATA}, {@code BPF_RB_RING_SIZE}, ... */
    public static final long AVAIL_DATA = 0;
    public static final long RING_SIZE = 1;
    public static final long CONS_POS = 2;
    public static final long PROD_POS = 3;

    static final int HEADER_SIZE = 8;
    static final int BUSY_BIT = 1 << 31;
    static final int DISCARD_BIT = 1 << 30;
    /** Linux's {@code RINGBUF_MAX_RECORD_SZ}. */
    static final long MAX_RECORD_SIZE = (0xFFFF_FFFFL >>> 2) - HEADER_SIZE;

    private static final ValueLayout.OfInt HEADER_WORD = ValueLayout.JAVA_INT;
    private static final VarHandle HEADER = HEADER_WORD.varHandle();

    private final MapSpec spec;
    private final MemorySegment data;
    private final long size;
    private final long mask;
    private final ReentrantLock producers = new ReentrantLock();
    private final ReentrantLock consumer = new ReentrantLock();
    private final ReentrantLock wakeup = new ReentrantLock();
    private final Condition committed = wakeup.newCondition();
    private final AtomicInteger waiting = new AtomicInteger();
    private volatile long producerPosition;
    private volatile long consumerPosition;

    BpfRingBuffer(MapSpec spec) {
        this.spec = spec;
        this.size = Integer.toUnsignedLong(spec.maxEntries());
        this.mask = size - 1;
        this.data = ValueMemory.allocate(size);
    }

    @Override
    public MapSpec spec() {
        return spec;
    }

    /** The number of records committed or being filled that the consumer has not read yet (padding included). */
    @Override
    public int size() {
        int records = 0;
        for (long position = consumerPosition; position < producerPosition; ) {
            int header = (int) HEADER.getAcquire(data, position & mask);
            records++;
            position += recordSize(header);
        }
        return records;
    }

    // ---- producers (program side) ------------------------------------------------------------------------------

    /**
     * {@code bpf_ringbuf_reserve}: space for a {@code length}-byte record that the program fills, then passes to
     * {@link #submit(MemorySegment, long)} or {@link #discard(MemorySegment, long)}; null if there is no room, the
     * length is too large, or {@code flags} is not 0.
     */
    public MemorySegment reserve(long length, long flags) {
        if (flags != 0 || length < 0 || length > MAX_RECORD_SIZE) {
            return null;
        }
        long total = ValueMemory.roundUp8(length + HEADER_SIZE);
        if (total > size) {
            return null;
        }
        producers.lock();
        try {
            long consumed = consumerPosition;
            long position = producerPosition;
            long offset = position & mask;
            long padding = offset + total > size ? size - offset : 0;
            if (position + padding + total - consumed > size) {
                return null;
            }
            if (padding > 0) {
                HEADER.setRelease(data, offset, (int) (padding - HEADER_SIZE) | DISCARD_BIT);
                position += padding;
                offset = 0;
            }
            HEADER.setRelease(data, offset, (int) length | BUSY_BIT);
            data.set(ValueLayout.JAVA_INT, offset + 4, (int) (offset >>> 3));
            producerPosition = position + total;
            return data.asSlice(offset + HEADER_SIZE, length);
        } finally {
            producers.unlock();
        }
    }

    /** {@code bpf_ringbuf_submit}: commits a reserved record; 0, or {@code -EINVAL} if it is not one. */
    public int submit(MemorySegment record, long flags) {
        return commit(record, flags, 0);
    }

    /** {@code bpf_ringbuf_discard}: gives back a reserved record unread; 0, or {@code -EINVAL} if it is not one. */
    public int discard(MemorySegment record, long flags) {
        return commit(record, flags, DISCARD_BIT);
    }

    /** {@code bpf_ringbuf_output}: copies {@code length} bytes of {@code source} in as one record; 0 or -errno. */
    public int output(MemorySegment source, long length, long flags) {
        if ((flags & ~(NO_WAKEUP | FORCE_WAKEUP)) != 0) {
            return Errno.EINVAL.negated();
        }
        if (source == null || length < 0 || source.byteSize() < length) {
            throw new InvalidMapArgumentException(spec.describe() + ": the record source holds "
                    + (source == null ? 0 : source.byteSize()) + " bytes, fewer than the " + length + " to output");
        }
        MemorySegment record = reserve(length, 0);
        if (record == null) {
            return Errno.EAGAIN.negated();
        }
        MemorySegment.copy(source, 0, record, 0, length);
        return submit(record, flags);
    }

    /** {@code bpf_ringbuf_query}: available data, ring size, consumer or producer position; 0 for other flags. */
    public long query(long flags) {
        return switch ((int) flags) {
            case 0 -> producerPosition - consumerPosition;
            case 1 -> size;
            case 2 -> consumerPosition;
            case 3 -> producerPosition;
            default -> 0;
        };
    }

    private int commit(MemorySegment record, long flags, int discardBit) {
        long offset = offsetOf(record);
        if (offset < 0) {
            return Errno.EINVAL.negated();
        }
        int header = (int) HEADER.getAcquire(data, offset);
        if ((header & BUSY_BIT) == 0 || (header & ~(BUSY_BIT | DISCARD_BIT)) != record.byteSize()) {
            return Errno.EINVAL.negated();
        }
        HEADER.setVolatile(data, offset, (int) record.byteSize() | discardBit);
        if ((flags & NO_WAKEUP) == 0 && waiting.get() > 0) {
            wakeup.lock();
            try {
                committed.signalAll();
            } finally {
                wakeup.unlock();
            }
        }
        return 0;
    }

    /** The header offset of a record this ring handed out, or -1. */
    private long offsetOf(MemorySegment record) {
        if (record == null || record.heapBase().orElse(null) != data.heapBase().orElse(null)) {
            return -1;
        }
        long offset = record.address() - data.address();
        boolean inside = offset >= HEADER_SIZE && offset + record.byteSize() <= size && (offset & 7) == 0;
        return inside ? offset - HEADER_SIZE : -1;
    }

    // ---- consumer (user side) ----------------------------------------------------------------------------------

    /**
     * Hands every committed record to {@code handler}, in order, and frees its space; stops at the first record still
     * being filled. The segment is valid only during the call. Returns the number of records handed over.
     */
    public int consume(Consumer<MemorySegment> handler) {
        consumer.lock();
        try {
            int records = 0;
            long position = consumerPosition;
            while (position < producerPosition) {
                long offset = position & mask;
                int header = (int) HEADER.getAcquire(data, offset);
                if ((header & BUSY_BIT) != 0) {
                    break;
                }
                if ((header & DISCARD_BIT) == 0) {
                    handler.accept(data.asSlice(offset + HEADER_SIZE, header & ~DISCARD_BIT).asReadOnly());
                    records++;
                }
                position += recordSize(header);
                consumerPosition = position;
            }
            return records;
        } finally {
            consumer.unlock();
        }
    }

    /** Copies of every committed record, in order, freeing their space. */
    public List<byte[]> consume() {
        List<byte[]> records = new ArrayList<>();
        consume(record -> records.add(MapArguments.bytes(record)));
        return records;
    }

    /**
     * Like {@link #consume()}, but waits up to {@code timeout} for a record to be committed when there is none
     * (as {@code ring_buffer__poll} does); an empty list means the time ran out.
     */
    public List<byte[]> poll(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (;;) {
            List<byte[]> records = consume();
            if (!records.isEmpty()) {
                return records;
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                return records;
            }
            waiting.incrementAndGet();
            wakeup.lock();
            try {
                if (!hasCommittedRecord()) {
                    committed.await(remaining, TimeUnit.NANOSECONDS);
                }
            } finally {
                wakeup.unlock();
                waiting.decrementAndGet();
            }
        }
    }

    private boolean hasCommittedRecord() {
        long position = consumerPosition;
        while (position < producerPosition) {
            int header = (int) HEADER.getVolatile(data, position & mask);
            if ((header & BUSY_BIT) != 0) {
                return false;
            }
            if ((header & DISCARD_BIT) == 0) {
                return true;
            }
            position += recordSize(header);
        }
        return false;
    }

    private static long recordSize(int header) {
        return ValueMemory.roundUp8((header & ~(BUSY_BIT | DISCARD_BIT)) + (long) HEADER_SIZE);
    }

    // ---- generic map operations: a ring buffer has none ------------------------------------------------------

    @Override
    public MemorySegment lookupElement(MemorySegment key) {
        return null;
    }

    @Override
    public int updateElement(MemorySegment key, MemorySegment value, long flags) {
        return Errno.EOPNOTSUPP.negated();
    }

    @Override
    public int deleteElement(MemorySegment key) {
        return Errno.EOPNOTSUPP.negated();
    }

    @Override
    public Optional<byte[]> lookup(byte[] key) {
        return Optional.empty();
    }

    @Override
    public int update(byte[] key, byte[] value, long flags) {
        return Errno.EOPNOTSUPP.negated();
    }

    @Override
    public int delete(byte[] key) {
        return Errno.EOPNOTSUPP.negated();
    }

    @Override
    public Optional<byte[]> nextKey(byte[] key) {
        return Optional.empty();
    }

    @Override
    public String toString() {
        return spec.describe() + " of " + size + " bytes, " + query(AVAIL_DATA) + " unread";
    }
}
