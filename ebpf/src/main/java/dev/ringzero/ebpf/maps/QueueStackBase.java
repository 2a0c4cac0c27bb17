package dev.ringzero.ebpf.maps;

import dev.ringzero.ebpf.maps.internal.BoundedDeque;
import java.lang.foreign.MemorySegment;
import java.util.List;
import java.util.Optional;

/**
 * What queue and stack maps share, after Linux's {@code queue_stack_maps.c}: no keys; push takes BPF_ANY or
 * BPF_EXIST (which, on a full map, drops the oldest value to make room; without it a full map answers
 * {@code -E2BIG}); pop and peek on an empty map answer {@code -ENOENT}; lookup, update and delete by key are
 * {@code -EINVAL}. User space pushes with {@link #update(byte[], byte[], long)}, peeks with
 * {@link #lookup(byte[])}, and may pass a null or empty key.
 */
abstract class QueueStackBase {
    protected final MapSpec spec;
    protected final BoundedDeque values;

    QueueStackBase(MapSpec spec) {
        this.spec = spec;
        this.values = new BoundedDeque(spec.maxEntries(), spec.valueSize());
    }

    /** Copies the next value to leave (oldest for a queue, newest for a stack) into {@code out}. */
    abstract boolean takeNext(MemorySegment out, boolean remove);

    public MapSpec spec() {
        return spec;
    }

    public int size() {
        return values.size();
    }

    public int pushElement(MemorySegment value, long flags) {
        MapArguments.requireValue(spec, value, spec.valueSize());
        UpdateMode mode = UpdateMode.decode(flags);
        if (mode == null || mode == UpdateMode.NOEXIST) {
            return Errno.EINVAL.negated();
        }
        return values.push(value, mode == UpdateMode.EXIST) ? 0 : Errno.E2BIG.negated();
    }

    public int popElement(MemorySegment out) {
        MapArguments.requireValue(spec, out, spec.valueSize());
        return takeNext(out, true) ? 0 : Errno.ENOENT.negated();
    }

    public int peekElement(MemorySegment out) {
        MapArguments.requireValue(spec, out, spec.valueSize());
        return takeNext(out, false) ? 0 : Errno.ENOENT.negated();
    }

    public MemorySegment lookupElement(MemorySegment key) {
        return null;
    }

    public int updateElement(MemorySegment key, MemorySegment value, long flags) {
        return Errno.EINVAL.negated();
    }

    public int deleteElement(MemorySegment key) {
        return Errno.EINVAL.negated();
    }

    public Optional<byte[]> lookup(byte[] key) {
        requireNoKey(key);
        return peek();
    }

    public int update(byte[] key, byte[] value, long flags) {
        requireNoKey(key);
        return push(value, flags);
    }

    public int delete(byte[] key) {
        requireNoKey(key);
        return Errno.EINVAL.negated();
    }

    public Optional<byte[]> nextKey(byte[] key) {
        return Optional.empty();
    }

    /** Pushes a copy of {@code value}: 0 or a negated errno, as {@link #pushElement(MemorySegment, long)}. */
    public int push(byte[] value, long flags) {
        return pushElement(MapArguments.value(spec, value, spec.valueSize()), flags);
    }

    /** Removes and returns the next value ({@code BPF_MAP_LOOKUP_AND_DELETE_ELEM}); empty when there is none. */
    public Optional<byte[]> pop() {
        byte[] out = new byte[spec.valueSize()];
        return takeNext(MemorySegment.ofArray(out), true) ? Optional.of(out) : Optional.empty();
    }

    /** Returns the next value without removing it; empty when there is none. */
    public Optional<byte[]> peek() {
        byte[] out = new byte[spec.valueSize()];
        return takeNext(MemorySegment.ofArray(out), false) ? Optional.of(out) : Optional.empty();
    }

    /** Copies of the values, oldest first (for display). */
    public List<byte[]> values() {
        return values.oldestFirst();
    }

    private void requireNoKey(byte[] key) {
        if (key != null && key.length != 0) {
            throw new InvalidMapArgumentException(spec.describe() + ": the map has no keys, but a "
                    + key.length + "-byte key was given");
        }
    }

    @Override
    public String toString() {
        return spec.describe() + " with " + size() + " of " + spec.maxEntries() + " values";
    }
}
