package dev.ringzero.ebpf.maps.internal;

import java.lang.foreign.MemorySegment;

/**
 * Memory for map keys and values: heap segments backed by {@code long[]}, so they are 8-byte aligned (atomic
 * instructions work on them), stable while referenced, and freed by the garbage collector only once no program or
 * caller holds them. A deleted hash element's value therefore stays valid for a program that still has it.
 */
public final class ValueMemory {
    private ValueMemory() {
    }

    /** A zeroed, 8-byte aligned segment of exactly {@code bytes} bytes. */
    public static MemorySegment allocate(long bytes) {
        long words = (bytes + 7) >>> 3;
        if (words > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(bytes + " bytes is more than one map allocation can hold");
        }
        MemorySegment words64 = MemorySegment.ofArray(new long[(int) words]);
        return (bytes & 7) == 0 ? words64 : words64.asSlice(0, bytes);
    }

    /** A new aligned segment holding a copy of the first {@code bytes} bytes of {@code source}. */
    public static MemorySegment copyOf(MemorySegment source, long bytes) {
        MemorySegment copy = allocate(bytes);
        MemorySegment.copy(source, 0, copy, 0, bytes);
        return copy;
    }

    /** {@code size} rounded up to a multiple of 8, as Linux lays out array and per-CPU values. */
    public static long roundUp8(long size) {
        return (size + 7) & ~7L;
    }
}
