package dev.ringzero.ebpf.verifier.internal;

/** Stops the analysis: the program is unsafe (or unprovable) at {@code pc}. */
final class Rejection extends RuntimeException {
    final int pc;
    final String state;

    Rejection(int pc, String message, String state) {
        super(message, null, false, false);
        this.pc = pc;
        this.state = state;
    }

    Rejection(int pc, String message) {
        this(pc, message, "");
    }
}
