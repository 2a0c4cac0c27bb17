package dev.ringzero.ebpf.isa;

/** An instruction slot that is not a valid RFC 9669 encoding (unknown opcode, nonzero reserved field, …). */
public final class IllegalInstructionException extends RuntimeException {
    private final int pc;

    public IllegalInstructionException(int pc, String reason) {
        super("invalid instruction at " + pc + ": " + reason);
        this.pc = pc;
    }

    /** Slot index of the offending instruction. */
    public int pc() { return pc; }
}
