package dev.ringzero.ebpf.maps;

import dev.ringzero.ebpf.maps.internal.ValueMemory;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.Optional;

/**
 * What the array types share: a 4-byte little-endian index as key, every element present from the start (so
 * {@code BPF_NOEXIST} fails with {@code -EEXIST} and delete with {@code -EINVAL}), one preallocated block of
 * elements, and Linux's {@code get_next_key} walk over indexes.
 */
abstract class ArrayMapBase {
    static final ValueLayout.OfInt INDEX = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    protected final MapSpec spec;
    protected final long elementSize;
    protected final MemorySegment elements;

    ArrayMapBase(MapSpec spec, long elementSize) {
        this.spec = spec;
        this.elementSize = elementSize;
        this.elements = ValueMemory.allocate(elementSize * spec.maxEntries());
    }

    public MapSpec spec() {
        return spec;
    }

    public int size() {
        return spec.maxEntries();
    }

    /** The element index the key names, or -1 when it is out of range. */
    final long index(MemorySegment key) {
        MapArguments.requireKey(spec, key);
        long index = Integer.toUnsignedLong(key.get(INDEX, 0));
        return index < spec.maxEntries() ? index : -1;
    }

    /** Element {@code index}'s whole block. */
    final MemorySegment element(long index) {
        return elements.asSlice(index * elementSize, elementSize);
    }

    /** Linux's checks before an array update, in its order: 0 when the update may go ahead, else a negated errno. */
    final int checkUpdate(long index, long flags) {
        UpdateMode mode = UpdateMode.decode(flags);
        if (mode == null) {
            return Errno.EINVAL.negated();
        }
        if (index < 0) {
            return Errno.E2BIG.negated();
        }
        return mode == UpdateMode.NOEXIST ? Errno.EEXIST.negated() : 0;
    }

    public int deleteElement(MemorySegment key) {
        MapArguments.requireKey(spec, key);
        return Errno.EINVAL.negated();
    }

    public int delete(byte[] key) {
        return deleteElement(MapArguments.key(spec, key));
    }

    public Optional<byte[]> lookup(byte[] key) {
        long index = index(MapArguments.key(spec, key));
        return index < 0 ? Optional.empty() : Optional.of(MapArguments.bytes(element(index)));
    }

    public Optional<byte[]> nextKey(byte[] key) {
        long next;
        if (key == null) {
            next = 0;
        } else {
            long index = Integer.toUnsignedLong(MapArguments.key(spec, key).get(INDEX, 0));
            next = index >= spec.maxEntries() ? 0 : index + 1;
        }
        if (next >= spec.maxEntries()) {
            return Optional.empty();
        }
        byte[] bytes = new byte[4];
        MemorySegment.ofArray(bytes).set(INDEX, 0, (int) next);
        return Optional.of(bytes);
    }

    @Override
    public String toString() {
        return spec.describe() + " with " + spec.maxEntries() + " entries";
    }
}
