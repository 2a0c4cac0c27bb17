package dev.ringzero.ebpf.maps.internal;

import java.lang.foreign.MemorySegment;

/** A hash element that also sits in an {@link LruList}. */
public final class LruEntry extends HashEntry {
    private volatile boolean referenced;
    LruEntry previous;
    LruEntry next;

    public LruEntry(MemorySegment key, int hash, MemorySegment value) {
        super(key, hash, value);
    }

    /** Marks the element as used since the eviction scan last passed it (cheap: writes only when the mark is off). */
    public void touch() {
        if (!referenced) {
            referenced = true;
        }
    }

    boolean referenced() {
        return referenced;
    }

    void clearReference() {
        referenced = false;
    }
}
