package dev.ringzero.ebpf.isa;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A decoded instruction sequence indexed by slot ({@code pc}), as jumps count them: the second slot of
 * an {@code lddw} holds no instruction of its own.
 */
public final class Code {

    /** An instruction and the slot it starts at. */
    public record At(int pc, Instruction instruction) {}

    private final Instruction[] bySlot;

    private Code(Instruction[] bySlot) {
        this.bySlot = bySlot;
    }

    /** Decodes a whole program text; its length must be a multiple of 8. */
    public static Code decode(byte[] text) {
        if (text.length % RawInstruction.SIZE != 0) {
            throw new IllegalInstructionException(text.length / RawInstruction.SIZE,
                    "program length " + text.length + " is not a multiple of 8 bytes");
        }
        Instruction[] slots = new Instruction[text.length / RawInstruction.SIZE];
        for (int pc = 0; pc < slots.length; ) {
            Instruction insn = InstructionDecoder.decode(text, pc);
            slots[pc] = insn;
            pc += insn.slots();
        }
        return new Code(slots);
    }

    /** Lays out instructions one after another. */
    public static Code of(List<? extends Instruction> instructions) {
        List<Instruction> slots = new ArrayList<>();
        for (Instruction insn : instructions) {
            slots.add(insn);
            if (insn.slots() == 2) {
                slots.add(null);
            }
        }
        return new Code(slots.toArray(Instruction[]::new));
    }

    /** Number of 8-byte slots. */
    public int length() { return bySlot.length; }

    /** The instruction starting at {@code pc}, or null for the second half of an {@code lddw}. */
    public Instruction at(int pc) { return bySlot[pc]; }

    public boolean startsInstruction(int pc) {
        return pc >= 0 && pc < bySlot.length && bySlot[pc] != null;
    }

    /** Every instruction in order, with its slot. */
    public List<At> instructions() {
        List<At> out = new ArrayList<>();
        for (int pc = 0; pc < bySlot.length; pc++) {
            if (bySlot[pc] != null) {
                out.add(new At(pc, bySlot[pc]));
            }
        }
        return out;
    }

    /** The program text, 8 bytes per slot. */
    public byte[] encode() {
        byte[] text = new byte[bySlot.length * RawInstruction.SIZE];
        for (int pc = 0; pc < bySlot.length; pc++) {
            if (bySlot[pc] == null) {
                continue;
            }
            List<RawInstruction> raws = InstructionEncoder.encode(bySlot[pc]);
            for (int i = 0; i < raws.size(); i++) {
                raws.get(i).write(text, (pc + i) * RawInstruction.SIZE);
            }
        }
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Code c && Arrays.equals(bySlot, c.bySlot);
    }

    @Override
    public int hashCode() { return Arrays.hashCode(bySlot); }
}
