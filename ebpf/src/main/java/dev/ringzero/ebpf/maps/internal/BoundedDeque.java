package dev.ringzero.ebpf.maps.internal;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;

/**
 * The storage of queue and stack maps: a ring of fixed-size value slots, oldest to newest, guarded by one lock (as
 * Linux guards its {@code bpf_queue_stack} with a spin lock).
 */
public final class BoundedDeque {
    private final MemorySegment slots;
    private final int valueSize;
    private final long stride;
    private final int capacity;
    private int oldest;
    private int count;

    public BoundedDeque(int capacity, int valueSize) {
        this.capacity = capacity;
        this.valueSize = valueSize;
        this.stride = ValueMemory.roundUp8(valueSize);
        this.slots = ValueMemory.allocate(stride * capacity);
    }

    /** Appends a copy of {@code value} as the newest; when full, drops the oldest first if allowed, else fails. */
    public synchronized boolean push(MemorySegment value, boolean overwriteOldest) {
        if (count == capacity) {
            if (!overwriteOldest) {
                return false;
            }
            oldest = (oldest + 1) % capacity;
            count--;
        }
        MemorySegment.copy(value, 0, slots, slotOffset((oldest + count) % capacity), valueSize);
        count++;
        return true;
    }

    /** Copies the oldest value into {@code out}, removing it if asked; false when empty. */
    public synchronized boolean takeOldest(MemorySegment out, boolean remove) {
        if (count == 0) {
            return false;
        }
        MemorySegment.copy(slots, slotOffset(oldest), out, 0, valueSize);
        if (remove) {
            oldest = (oldest + 1) % capacity;
            count--;
        }
        return true;
    }

    /** Copies the newest value into {@code out}, removing it if asked; false when empty. */
    public synchronized boolean takeNewest(MemorySegment out, boolean remove) {
        if (count == 0) {
            return false;
        }
        MemorySegment.copy(slots, slotOffset((oldest + count - 1) % capacity), out, 0, valueSize);
        if (remove) {
            count--;
        }
        return true;
    }

    public synchronized int size() {
        return count;
    }

    /** Copies of the values, oldest first. */
    public synchronized List<byte[]> oldestFirst() {
        List<byte[]> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byte[] value = new byte[valueSize];
            MemorySegment.copy(slots, slotOffset((oldest + i) % capacity), MemorySegment.ofArray(value), 0, valueSize);
            values.add(value);
        }
        return values;
    }

    private long slotOffset(int slot) {
        return slot * stride;
    }
}
