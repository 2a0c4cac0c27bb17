package dev.ringzero.ebpf.verifier.internal;

import java.util.Arrays;

/** One call frame: registers r0-r10 and the frame's 512-byte stack, byte by byte. */
final class Frame {
    static final int STACK_SIZE = 512;
    static final byte UNINIT = 0, MISC = 1, SPILL = 2, ZERO = 3;

    final Value[] regs;
    /** Per byte, indexed by {@code 512 + offset} (offsets are negative). */
    final byte[] stack;
    /** Per 8-byte slot, the spilled value when the slot's bytes are SPILL. */
    final Value[] spills;
    /** The instruction to resume at in the caller, -1 for the outermost frame. */
    final int returnPc;
    /** The first instruction of the function this frame runs. */
    final int function;
    /** This frame's index in the call stack (0: the program's own). */
    final int depth;
    /**
     * Whether a helper calls this frame's function back (bpf_loop, bpf_for_each_map_elem): {@link #returnPc} is then
     * the helper call itself, which may call the function again.
     */
    boolean callback;

    Frame(int returnPc, int function, int depth) {
        this.depth = depth;
        this.regs = new Value[11];
        Arrays.fill(regs, Value.UNINIT);
        this.stack = new byte[STACK_SIZE];
        this.spills = new Value[STACK_SIZE / 8];
        this.returnPc = returnPc;
        this.function = function;
    }

    private Frame(Frame other) {
        this.regs = other.regs.clone();
        this.stack = other.stack.clone();
        this.spills = other.spills.clone();
        this.returnPc = other.returnPc;
        this.function = other.function;
        this.depth = other.depth;
        this.callback = other.callback;
    }

    Frame copy() {
        return new Frame(this);
    }
}
