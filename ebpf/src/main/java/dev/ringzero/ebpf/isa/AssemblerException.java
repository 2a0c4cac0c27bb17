package dev.ringzero.ebpf.isa;

/** Assembly text that cannot be assembled; names the 1-based line and what is wrong. */
public final class AssemblerException extends RuntimeException {
    private final int line;

    public AssemblerException(int line, String reason) {
        super("line " + line + ": " + reason);
        this.line = line;
    }

    /** The 1-based line of the offending text. */
    public int line() { return line; }
}
