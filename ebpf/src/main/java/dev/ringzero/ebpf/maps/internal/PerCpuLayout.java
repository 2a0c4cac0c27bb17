package dev.ringzero.ebpf.maps.internal;

import java.lang.foreign.MemorySegment;

/**
 * How a per-CPU element is laid out: one slot per CPU, each {@code valueSize} rounded up to 8 bytes, in CPU order.
 * User space reads and writes the whole block; a program sees its CPU's slot.
 */
public record PerCpuLayout(int cpus, int valueSize) {

    /** The distance between two CPUs' slots. */
    public long stride() {
        return ValueMemory.roundUp8(valueSize);
    }

    /** The size of an element's block: every CPU's slot. */
    public long blockSize() {
        return stride() * cpus;
    }

    /** CPU {@code cpu}'s slot in {@code block}. */
    public MemorySegment slot(MemorySegment block, int cpu) {
        return block.asSlice(cpu * stride(), valueSize);
    }
}
