package dev.ringzero.ebpf.jit.internal;

import dev.ringzero.ebpf.isa.CallKind;
import dev.ringzero.ebpf.isa.Code;
import dev.ringzero.ebpf.isa.Instruction;

/**
 * The basic blocks of a program, for instruction counting: generated code adds a block's instruction
 * count once when the block is entered, so a run's count stays exact without a per-instruction cost.
 * A block ends after every jump, call, exit and legacy packet load (which may end the program), and
 * before every jump or call target.
 */
public final class BasicBlocks {

    private final boolean[] leaders;
    private final int[] lengths;

    private BasicBlocks(boolean[] leaders, int[] lengths) {
        this.leaders = leaders;
        this.lengths = lengths;
    }

    public static BasicBlocks of(Code code) {
        int n = code.length();
        boolean[] leaders = new boolean[n + 1];
        leaders[0] = true;
        leaders[n] = true;
        for (int pc = 0; pc < n; pc++) {
            Instruction insn = code.at(pc);
            if (insn == null) {
                continue;
            }
            switch (insn) {
                case Instruction.Jump j -> {
                    mark(leaders, pc + j.offset() + 1);
                    mark(leaders, pc + 1);
                }
                case Instruction.Call c -> {
                    if (c.kind() == CallKind.LOCAL) {
                        mark(leaders, pc + c.imm() + 1);
                    }
                    mark(leaders, pc + 1);
                }
                case Instruction.CallReg c -> mark(leaders, pc + 1);
                case Instruction.Exit x -> mark(leaders, pc + 1);
                case Instruction.LoadPacket p -> mark(leaders, pc + 1);
                default -> { }
            }
        }
        for (int pc = 0; pc < n; pc++) {
            if (leaders[pc] && code.at(pc) == null) {
                leaders[pc + 1] = true; // a jump into an lddw traps there; the lddw itself falls through to pc + 1
            }
        }
        int[] lengths = new int[n + 1];
        int start = 0;
        for (int pc = 0; pc < n; pc++) {
            if (leaders[pc]) {
                start = pc;
            }
            if (code.at(pc) != null) {
                lengths[start]++;
            }
        }
        return new BasicBlocks(leaders, lengths);
    }

    private static void mark(boolean[] leaders, int pc) {
        if (pc >= 0 && pc < leaders.length) {
            leaders[pc] = true;
        }
    }

    /** True when a block starts at {@code pc}. */
    public boolean startsBlock(int pc) { return leaders[pc]; }

    /** Number of instructions in the block starting at {@code pc} (0 when none starts there). */
    public int length(int pc) { return lengths[pc]; }
}
