package dev.ringzero.ebpf.maps;

import java.lang.foreign.MemorySegment;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * An array whose slots hold objects rather than memory (programs, maps): programs cannot read or change it
 * through the generic operations ({@code -EOPNOTSUPP}); user space sees each slot's id as a 4-byte
 * little-endian value and may delete a slot, but fills one through the subclass, which knows what a slot holds.
 *
 * @param <S> what a slot holds
 */
abstract class SlotArrayBase<S> extends ArrayMapBase {

    protected final AtomicReferenceArray<S> slots;

    SlotArrayBase(MapSpec spec) {
        super(spec, 0);
        this.slots = new AtomicReferenceArray<>(spec.maxEntries());
    }

    /** The id user space sees for what a slot holds. */
    abstract int idOf(S slot);

    /** The slot at {@code index}, or null if it is empty or out of range. */
    S slotAt(long index) {
        return index < 0 || index >= slots.length() ? null : slots.get((int) index);
    }

    /** Empties slot {@code index}: 0, {@code -ENOENT} if it was empty, {@code -E2BIG} out of range. */
    public int clear(int index) {
        if (index < 0 || index >= slots.length()) {
            return Errno.E2BIG.negated();
        }
        return slots.getAndSet(index, null) == null ? Errno.ENOENT.negated() : 0;
    }

    public int size() {
        int filled = 0;
        for (int i = 0; i < slots.length(); i++) {
            if (slots.get(i) != null) {
                filled++;
            }
        }
        return filled;
    }

    public MemorySegment lookupElement(MemorySegment key) {
        return null;
    }

    public int updateElement(MemorySegment key, MemorySegment value, long flags) {
        return Errno.EOPNOTSUPP.negated();
    }

    public int deleteElement(MemorySegment key) {
        return Errno.EOPNOTSUPP.negated();
    }

    public Optional<byte[]> lookup(byte[] key) {
        S slot = slotAt(index(MapArguments.key(spec, key)));
        return slot == null ? Optional.empty() : Optional.of(InnerMaps.idBytes(idOf(slot)));
    }

    public int update(byte[] key, byte[] value, long flags) {
        MapArguments.key(spec, key);
        return Errno.EOPNOTSUPP.negated();
    }

    public int delete(byte[] key) {
        long index = index(MapArguments.key(spec, key));
        return index < 0 ? Errno.E2BIG.negated() : clear((int) index);
    }
}
