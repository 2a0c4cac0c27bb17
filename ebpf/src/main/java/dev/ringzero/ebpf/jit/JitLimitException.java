package dev.ringzero.ebpf.jit;

/** A program the JIT cannot compile because it exceeds a JVM limit (its method would pass 64 KB of bytecode). */
public final class JitLimitException extends RuntimeException {
    public JitLimitException(String message, Throwable cause) {
        super(message, cause);
    }
}
