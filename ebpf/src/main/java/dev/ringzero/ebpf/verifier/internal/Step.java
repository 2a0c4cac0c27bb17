package dev.ringzero.ebpf.verifier.internal;

/** What one instruction does to a path. */
sealed interface Step {
    /** Continue at {@code pc} with the (updated) state. */
    record Next(int pc) implements Step {}

    /** A conditional jump: a null state means that branch cannot be taken. */
    record Fork(int takenPc, State taken, int fallThroughPc, State fallThrough) implements Step {}

    /** The path ends here, safely. */
    record Stop() implements Step {}
}
