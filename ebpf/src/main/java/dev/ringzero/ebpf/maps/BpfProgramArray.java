package dev.ringzero.ebpf.maps;

import java.lang.foreign.MemorySegment;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * {@code BPF_MAP_TYPE_PROG_ARRAY}: the targets of {@code bpf_tail_call}. Each slot holds a program, as an opaque
 * object the engine gives it, with the program's id. Programs cannot read or change the array (the verifier allows
 * only tail calls), so the generic program-side operations answer {@code -EOPNOTSUPP}. User space sees each slot's
 * program id as a 4-byte little-endian value (as Linux's lookup returns the program id) and may delete a slot; to
 * fill a slot it needs the program object, so it calls {@link #set(int, int, Object)} rather than
 * {@link #update(byte[], byte[], long)}.
 */
public final class BpfProgramArray extends ArrayMapBase implements BpfMap {

    /** A program in a slot. */
    public record Slot(int programId, Object program) {
    }

    private final AtomicReferenceArray<Slot> slots;

    BpfProgramArray(MapSpec spec) {
        super(spec, 0);
        this.slots = new AtomicReferenceArray<>(spec.maxEntries());
    }

    /** The program in slot {@code index}, or null if the slot is empty or the index out of range (tail call fails). */
    public Object program(long index) {
        if (index < 0 || index >= slots.length()) {
            return null;
        }
        Slot slot = slots.get((int) index);
        return slot == null ? null : slot.program();
    }

    /** Puts {@code program} (with id {@code programId}) in slot {@code index}: 0, or {@code -E2BIG} out of range. */
    public int set(int index, int programId, Object program) {
        if (program == null) {
            throw new InvalidMapArgumentException(spec.describe() + ": the program for slot " + index + " is missing");
        }
        if (index < 0 || index >= slots.length()) {
            return Errno.E2BIG.negated();
        }
        slots.set(index, new Slot(programId, program));
        return 0;
    }

    /** Empties slot {@code index}: 0, {@code -ENOENT} if it was empty, {@code -E2BIG} out of range. */
    public int clear(int index) {
        if (index < 0 || index >= slots.length()) {
            return Errno.E2BIG.negated();
        }
        return slots.getAndSet(index, null) == null ? Errno.ENOENT.negated() : 0;
    }

    /** The slot at {@code index}, empty if there is no program there. */
    public Optional<Slot> slot(int index) {
        return index < 0 || index >= slots.length() ? Optional.empty() : Optional.ofNullable(slots.get(index));
    }

    @Override
    public int size() {
        int filled = 0;
        for (int i = 0; i < slots.length(); i++) {
            if (slots.get(i) != null) {
                filled++;
            }
        }
        return filled;
    }

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
        long index = index(MapArguments.key(spec, key));
        Slot slot = index < 0 ? null : slots.get((int) index);
        if (slot == null) {
            return Optional.empty();
        }
        byte[] id = new byte[4];
        MemorySegment.ofArray(id).set(INDEX, 0, slot.programId());
        return Optional.of(id);
    }

    @Override
    public int update(byte[] key, byte[] value, long flags) {
        MapArguments.key(spec, key);
        return Errno.EOPNOTSUPP.negated();
    }

    @Override
    public int delete(byte[] key) {
        long index = index(MapArguments.key(spec, key));
        return index < 0 ? Errno.E2BIG.negated() : clear((int) index);
    }
}
