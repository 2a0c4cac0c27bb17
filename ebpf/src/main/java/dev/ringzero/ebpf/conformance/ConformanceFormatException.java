package dev.ringzero.ebpf.conformance;

/** A {@code .data} file that does not follow the bpf_conformance format; names the file line. */
public final class ConformanceFormatException extends RuntimeException {
    private final int line;

    public ConformanceFormatException(String file, int line, String reason) {
        super(file + ":" + line + ": " + reason);
        this.line = line;
    }

    public int line() { return line; }
}
