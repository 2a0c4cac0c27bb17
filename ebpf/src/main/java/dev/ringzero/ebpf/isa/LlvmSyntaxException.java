package dev.ringzero.ebpf.isa;

/** Text that is not an instruction in LLVM's BPF assembly syntax; {@link #line()} is 1-based, 0 when unknown. */
public final class LlvmSyntaxException extends IllegalArgumentException {
    private final int line;

    public LlvmSyntaxException(int line, String message) {
        super(line > 0 ? "line " + line + ": " + message : message);
        this.line = line;
    }

    public int line() { return line; }
}
