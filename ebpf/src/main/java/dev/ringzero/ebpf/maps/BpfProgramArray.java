package dev.ringzero.ebpf.maps;

import java.util.Optional;

/**
 * {@code BPF_MAP_TYPE_PROG_ARRAY}: the targets of {@code bpf_tail_call}. Each slot holds a program, as an opaque
 * object the engine gives it, with the program's id. Programs cannot read or change the array (the verifier allows
 * only tail calls), so the generic program-side operations answer {@code -EOPNOTSUPP}. User space sees each slot's
 * program id as a 4-byte little-endian value (as Linux's lookup returns the program id) and may delete a slot; to
 * fill a slot it needs the program object, so it calls {@link #set(int, int, Object)} rather than
 * {@link #update(byte[], byte[], long)}.
 */
public final class BpfProgramArray extends SlotArrayBase<BpfProgramArray.Slot> implements BpfMap {

    /** A program in a slot. */
    public record Slot(int programId, Object program) {
    }

    BpfProgramArray(MapSpec spec) {
        super(spec);
    }

    /** The program in slot {@code index}, or null if the slot is empty or the index out of range (tail call fails). */
    public Object program(long index) {
        Slot slot = slotAt(index);
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

    /** The slot at {@code index}, empty if there is no program there. */
    public Optional<Slot> slot(int index) {
        return Optional.ofNullable(slotAt(index));
    }

    @Override
    int idOf(Slot slot) {
        return slot.programId();
    }
}
