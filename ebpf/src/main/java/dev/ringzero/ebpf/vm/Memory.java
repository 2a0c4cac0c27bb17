package dev.ringzero.ebpf.vm;

import dev.ringzero.ebpf.isa.AtomicOp;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sandbox a program runs in: the only memory it can reach is the set of regions mapped here, and
 * every load, store and atomic is checked against a region's bounds and permissions.
 *
 * <p>An address is 64 bits: the region id in the high 32 bits (ids start at 1; id 0 is the NULL
 * area) and the offset in the low 32 bits. Offsets are biased by {@link #OFFSET_BIAS} so that a
 * pointer moved before the start of its region (say {@code data - 1}) still names its region and
 * the fault can say so. Region 1 is the stack: {@value #MAX_FRAMES} frames of
 * {@value #STACK_FRAME_SIZE} bytes, growing down, of which only the current frame and its callers'
 * are accessible.
 *
 * <p>A {@code Memory} is used by one run at a time; regions stay mapped until it is dropped, and the
 * same segment mapped again for the same use returns the same address, so repeated map lookups in a
 * loop do not grow the table.
 */
public final class Memory {

    public static final int STACK_FRAME_SIZE = 512;
    public static final int MAX_FRAMES = 8;
    public static final int STACK_SIZE = STACK_FRAME_SIZE * MAX_FRAMES;
    /** Region offset 0 is stored as this low-32-bit value. */
    public static final long OFFSET_BIAS = 0x8000_0000L;
    /** The largest region: offsets must stay below the bias. */
    public static final long MAX_REGION_SIZE = OFFSET_BIAS - 1;

    static final int STACK_REGION = 1;
    /** Regions every memory starts with (the stack): {@code releaseRegionsAbove(STACK_REGIONS)} unmaps all others. */
    public static final int STACK_REGIONS = STACK_REGION;

    private static final ValueLayout.OfShort SHORT = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final int READABLE = 1, WRITABLE = 2, HAS_POINTERS = 4;
    /** Guards every atomic read-modify-write of every sandbox, so programs running on different threads agree. */
    private static final Object ATOMICS = new Object();

    private MemorySegment[] segments = new MemorySegment[8];
    private long[] lows = new long[8];
    private long[] sizes = new long[8];
    private int[] flags = new int[8];
    private RegionKind[] kinds = new RegionKind[8];
    private PointerField[][] pointerFields = new PointerField[8][];
    private int count;
    private int packetRegion;
    private final Map<SegmentKey, Long> addressBySegment = new HashMap<>();

    public Memory() {
        MemorySegment stack = MemorySegment.ofArray(new long[STACK_SIZE / 8]);
        int id = add(stack, Access.READ_WRITE, RegionKind.STACK, null);
        assert id == STACK_REGION;
        enterFrame(0);
    }

    // ---------------------------------------------------------------- mapping regions

    /**
     * Maps {@code segment} as a region the program may access with {@code access}, and returns the
     * address of its first byte. Mapping a segment over the same memory again with the same access and
     * kind returns the same address.
     *
     * @throws IllegalArgumentException if the segment is larger than {@link #MAX_REGION_SIZE}, or
     *         read-only while write access is asked
     */
    public long map(MemorySegment segment, Access access, RegionKind kind) {
        SegmentKey key = SegmentKey.of(segment, access, kind);
        if (key != null) {
            Long known = addressBySegment.get(key);
            if (known != null) {
                return known;
            }
        }
        long address = addressOf(add(segment, access, kind, null), 0);
        if (key != null) {
            addressBySegment.put(key, address);
        }
        return address;
    }

    /** Maps a program context whose {@code pointerFields} read as pointers (see {@link PointerField}). */
    public long mapContext(MemorySegment segment, Access access, List<PointerField> pointerFields) {
        for (PointerField field : pointerFields) {
            if (field.offset() + field.size() > segment.byteSize()) {
                throw new IllegalArgumentException("pointer field at offset " + field.offset()
                        + " lies outside the " + segment.byteSize() + "-byte context");
            }
        }
        PointerField[] fields = pointerFields.isEmpty() ? null : pointerFields.toArray(PointerField[]::new);
        return addressOf(add(segment, access, RegionKind.CONTEXT, fields), 0);
    }

    private int add(MemorySegment segment, Access access, RegionKind kind, PointerField[] fields) {
        if (segment.byteSize() > MAX_REGION_SIZE) {
            throw new IllegalArgumentException("a region holds at most " + MAX_REGION_SIZE + " bytes, not "
                    + segment.byteSize());
        }
        if (segment.isReadOnly() && access.canWrite()) {
            throw new IllegalArgumentException("a read-only segment cannot be mapped for " + access);
        }
        int id = ++count;
        if (id == segments.length) {
            int n = id * 2;
            segments = Arrays.copyOf(segments, n);
            lows = Arrays.copyOf(lows, n);
            sizes = Arrays.copyOf(sizes, n);
            flags = Arrays.copyOf(flags, n);
            kinds = Arrays.copyOf(kinds, n);
            pointerFields = Arrays.copyOf(pointerFields, n);
        }
        segments[id] = segment;
        sizes[id] = segment.byteSize();
        flags[id] = (access.canRead() ? READABLE : 0) | (access.canWrite() ? WRITABLE : 0)
                | (fields != null ? HAS_POINTERS : 0);
        kinds[id] = kind;
        pointerFields[id] = fields;
        if (kind == RegionKind.PACKET) {
            packetRegion = id;
        }
        return id;
    }

    private static long addressOf(int region, long offset) {
        return ((long) region << 32) | (OFFSET_BIAS + offset);
    }

    /**
     * Unmaps every region mapped after the first {@code keep} (the stack counts as one): what helpers
     * mapped during a run (map values) ends with the run, so memory reused for many runs stays bounded.
     */
    public void releaseRegionsAbove(int keep) {
        if (keep < STACK_REGION || keep >= count) {
            return;
        }
        addressBySegment.values().removeIf(address -> (int) (address >>> 32) > keep);
        for (int id = keep + 1; id <= count; id++) {
            segments[id] = null;
            pointerFields[id] = null;
            kinds[id] = null;
        }
        if (packetRegion > keep) {
            packetRegion = 0;
        }
        count = keep;
    }

    /** Number of mapped regions, the stack included. */
    public int regionCount() { return count; }

    /** Address of the most recently mapped {@link RegionKind#PACKET} region, or 0 when there is none. */
    public long packetAddress() { return packetRegion == 0 ? 0 : addressOf(packetRegion, 0); }

    /** Bytes in the packet region, 0 when there is none. */
    public long packetLength() { return packetRegion == 0 ? 0 : sizes[packetRegion]; }

    // ---------------------------------------------------------------- the stack

    /** The frame pointer (r10) of call depth {@code depth} (0 for the program's own frame). */
    public long framePointer(int depth) {
        return addressOf(STACK_REGION, STACK_SIZE - (long) depth * STACK_FRAME_SIZE);
    }

    /** Makes frame {@code depth} the current one: deeper frames become inaccessible. */
    public void enterFrame(int depth) {
        if (depth < 0 || depth >= MAX_FRAMES) {
            throw new IllegalArgumentException("no stack frame " + depth);
        }
        lows[STACK_REGION] = STACK_SIZE - (long) (depth + 1) * STACK_FRAME_SIZE;
    }

    // ---------------------------------------------------------------- checked access for helpers

    /**
     * A view of {@code length} bytes at {@code address}, checked as a program access would be: for
     * helpers that read or write program memory (a map key, a buffer). A view for {@link Access#READ}
     * is read-only.
     */
    public MemorySegment slice(long address, long length, Access access) {
        if (length < 0) {
            throw new ProgramFault(-1, FaultKind.HELPER_FAILURE, "negative length " + length);
        }
        if (length == 0 && address == 0) {
            return MemorySegment.NULL;
        }
        String what = access.canWrite() ? "write" : "read";
        int id = check(address, length, what);
        int need = (access.canRead() ? READABLE : 0) | (access.canWrite() ? WRITABLE : 0);
        if ((flags[id] & need) != need) {
            throw permission(id, address, length, what);
        }
        MemorySegment view = segments[id].asSlice(offset(address), length);
        return access.canWrite() ? view : view.asReadOnly();
    }

    /** Copies {@code length} bytes out of the sandbox. */
    public byte[] read(long address, int length) {
        return slice(address, length, Access.READ).toArray(ValueLayout.JAVA_BYTE);
    }

    /** Copies {@code bytes} into the sandbox. */
    public void write(long address, byte[] bytes) {
        slice(address, bytes.length, Access.WRITE).copyFrom(MemorySegment.ofArray(bytes));
    }

    /** True when a program could access {@code bytes} bytes at {@code address} with {@code access}. */
    public boolean isAccessible(long address, long bytes, Access access) {
        int id = (int) (address >>> 32);
        if (id <= 0 || id > count) {
            return false;
        }
        long rel = offset(address);
        int need = (access.canRead() ? READABLE : 0) | (access.canWrite() ? WRITABLE : 0);
        return rel >= lows[id] && rel <= sizes[id] - bytes && (flags[id] & need) == need;
    }

    // ---------------------------------------------------------------- program loads, stores, atomics

    /** A program load of {@code bytes} (1, 2, 4 or 8) bytes, zero-extended; faults carry {@code pc}. */
    public long load(long address, int bytes, int pc) {
        int id = (int) (address >>> 32);
        long rel = (address & 0xffff_ffffL) - OFFSET_BIAS;
        if (id <= 0 || id > count || rel < lows[id] || rel > sizes[id] - bytes || (flags[id] & READABLE) == 0) {
            throw fault(address, bytes, "read", pc);
        }
        if ((flags[id] & HAS_POINTERS) != 0) {
            PointerField field = pointerField(id, rel, bytes);
            if (field != null) {
                if (field.offset() != rel || field.size() != bytes) {
                    throw new ProgramFault(pc, FaultKind.MEMORY_ACCESS, "read of " + bytes + " bytes at "
                            + where(id, rel) + " splits the " + field.size() + "-byte pointer field at "
                            + where(id, field.offset()));
                }
                return field.address().getAsLong();
            }
        }
        MemorySegment segment = segments[id];
        return switch (bytes) {
            case 1 -> segment.get(ValueLayout.JAVA_BYTE, rel) & 0xffL;
            case 2 -> segment.get(SHORT, rel) & 0xffffL;
            case 4 -> segment.get(INT, rel) & 0xffff_ffffL;
            default -> segment.get(LONG, rel);
        };
    }

    /** A program store of the low {@code bytes} bytes of {@code value}; faults carry {@code pc}. */
    public void store(long address, int bytes, long value, int pc) {
        int id = (int) (address >>> 32);
        long rel = (address & 0xffff_ffffL) - OFFSET_BIAS;
        if (id <= 0 || id > count || rel < lows[id] || rel > sizes[id] - bytes || (flags[id] & WRITABLE) == 0) {
            throw fault(address, bytes, "write", pc);
        }
        if ((flags[id] & HAS_POINTERS) != 0) {
            PointerField field = pointerField(id, rel, bytes);
            if (field != null) {
                throw new ProgramFault(pc, FaultKind.MEMORY_ACCESS, "write of " + bytes + " bytes at "
                        + where(id, rel) + " overwrites the pointer field at " + where(id, field.offset()));
            }
        }
        MemorySegment segment = segments[id];
        switch (bytes) {
            case 1 -> segment.set(ValueLayout.JAVA_BYTE, rel, (byte) value);
            case 2 -> segment.set(SHORT, rel, (short) value);
            case 4 -> segment.set(INT, rel, (int) value);
            default -> segment.set(LONG, rel, value);
        }
    }

    /**
     * An atomic read-modify-write of 4 or 8 bytes; returns the old value (zero-extended for 4 bytes).
     * For {@code CMPXCHG}, {@code comparand} is r0 and the store happens only when it equals the old value.
     */
    public long atomic(AtomicOp op, long address, int bytes, long operand, long comparand, int pc) {
        synchronized (ATOMICS) {
            long old = load(address, bytes, pc);
            long mask = bytes == 8 ? -1L : 0xffff_ffffL;
            long updated = switch (op) {
                case ADD, FETCH_ADD -> old + operand;
                case OR, FETCH_OR -> old | operand;
                case AND, FETCH_AND -> old & operand;
                case XOR, FETCH_XOR -> old ^ operand;
                case XCHG -> operand;
                case CMPXCHG -> ((old ^ comparand) & mask) == 0 ? operand : old;
            };
            store(address, bytes, updated, pc);
            return old;
        }
    }

    // ---------------------------------------------------------------- faults

    private PointerField pointerField(int id, long rel, int bytes) {
        for (PointerField field : pointerFields[id]) {
            if (field.overlaps(rel, bytes)) {
                return field;
            }
        }
        return null;
    }

    private static long offset(long address) {
        return (address & 0xffff_ffffL) - OFFSET_BIAS;
    }

    private int check(long address, long length, String what) {
        int id = (int) (address >>> 32);
        long rel = offset(address);
        if (id <= 0 || id > count || rel < lows[id] || rel > sizes[id] - length) {
            throw fault(address, length, what, -1);
        }
        return id;
    }

    private ProgramFault fault(long address, long bytes, String what, int pc) {
        int id = (int) (address >>> 32);
        String access = what + " of " + bytes + (bytes == 1 ? " byte" : " bytes");
        if (id == 0) {
            return new ProgramFault(pc, FaultKind.NULL_DEREFERENCE, access + " from NULL"
                    + (address == 0 ? "" : String.format(" (address 0x%x)", address)));
        }
        if (id < 0 || id > count) {
            return new ProgramFault(pc, FaultKind.MEMORY_ACCESS, String.format(
                    "%s at 0x%x, which is in no memory region (a pointer forged from an integer?)", access, address));
        }
        long rel = offset(address);
        if (rel >= lows[id] && rel <= sizes[id] - bytes) {
            return permission(id, address, bytes, what).at(pc);
        }
        if (id == STACK_REGION) {
            return new ProgramFault(pc, FaultKind.MEMORY_ACCESS, access + " at " + where(id, rel)
                    + " is outside the " + STACK_FRAME_SIZE + "-byte stack frame");
        }
        return new ProgramFault(pc, FaultKind.MEMORY_ACCESS, access + " at " + where(id, rel)
                + " is outside the " + sizes[id] + "-byte " + kinds[id].label());
    }

    private ProgramFault permission(int id, long address, long bytes, String what) {
        String access = what + " of " + bytes + (bytes == 1 ? " byte" : " bytes");
        String permission = (flags[id] & WRITABLE) == 0 ? "read-only" : "write-only";
        return new ProgramFault(-1, FaultKind.MEMORY_ACCESS, access + " at " + where(id, offset(address))
                + ": the " + kinds[id].label() + " is " + permission);
    }

    /** {@code stack-8} relative to the current frame pointer, {@code packet+14} relative to a region's start. */
    private String where(int id, long rel) {
        if (id == STACK_REGION) {
            long fromFrame = rel - (lows[STACK_REGION] + STACK_FRAME_SIZE);
            return "stack" + (fromFrame >= 0 ? "+" : "") + fromFrame;
        }
        return kinds[id].label().replace(' ', '_') + (rel >= 0 ? "+" : "") + rel;
    }

    /**
     * Identifies the memory behind a segment, so mapping it again finds its region; null when the
     * segment does not reveal it (a read-only heap segment).
     */
    private record SegmentKey(Object base, long address, long size, Access access, RegionKind kind) {
        static SegmentKey of(MemorySegment segment, Access access, RegionKind kind) {
            if (segment.isNative()) {
                return new SegmentKey(null, segment.address(), segment.byteSize(), access, kind);
            }
            return segment.heapBase()
                    .map(base -> new SegmentKey(new Identity(base), segment.address(), segment.byteSize(), access, kind))
                    .orElse(null);
        }
    }

    /** Compares heap arrays by identity. */
    private record Identity(Object object) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity i && i.object == object;
        }

        @Override
        public int hashCode() { return System.identityHashCode(object); }
    }
}
