package dev.ringzero.ebpf.maps.internal;

import java.lang.foreign.MemorySegment;

/** One element of a {@link HashTable}: an immutable key copy, its hash and the value segment. */
public class HashEntry {
    private final MemorySegment key;
    private final int hash;
    private final MemorySegment value;
    private final long smallKey;

    public HashEntry(MemorySegment key, int hash, MemorySegment value) {
        this.key = key;
        this.hash = hash;
        this.value = value;
        this.smallKey = key != null && key.byteSize() <= 8 ? SmallKeys.pack(key, (int) key.byteSize()) : 0;
    }

    /** A key of at most 8 bytes packed into a long ({@link SmallKeys#pack}), for quick comparison. */
    final long smallKey() {
        return smallKey;
    }

    public final MemorySegment key() {
        return key;
    }

    public final int hash() {
        return hash;
    }

    public final MemorySegment value() {
        return value;
    }
}
