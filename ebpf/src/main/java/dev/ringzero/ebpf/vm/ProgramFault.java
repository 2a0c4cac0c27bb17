package dev.ringzero.ebpf.vm;

/**
 * A program run ended abnormally: a memory access outside the sandbox, an exhausted budget, an unknown
 * helper, …. {@link #pc()} is the slot of the faulting instruction, or -1 when it is not known (a fault
 * raised by {@link Memory} outside a run).
 */
public final class ProgramFault extends RuntimeException {
    private final int pc;
    private final FaultKind kind;

    public ProgramFault(int pc, FaultKind kind, String message) {
        super(message);
        this.pc = pc;
        this.kind = kind;
    }

    public int pc() { return pc; }

    public FaultKind kind() { return kind; }

    public ProgramFault(int pc, FaultKind kind, String message, Throwable cause) {
        super(message, cause);
        this.pc = pc;
        this.kind = kind;
    }

    /** The same fault, attributed to instruction {@code pc}. */
    public ProgramFault at(int pc) {
        return this.pc == pc ? this : new ProgramFault(pc, kind, reason(), getCause());
    }

    /** The message without the location prefix. */
    public String reason() { return super.getMessage(); }

    @Override
    public String getMessage() {
        return pc < 0 ? reason() : "at instruction " + pc + ": " + reason();
    }
}
