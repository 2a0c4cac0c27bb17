package dev.ringzero.ebpf.vm;

import dev.ringzero.ebpf.isa.Code;

/**
 * Something that runs a program: the {@link Interpreter}, or a program compiled by the JIT
 * ({@code dev.ringzero.ebpf.jit}). Both give the same results for the same {@link Code}; a tail call
 * may pass from one kind to the other.
 */
public interface ProgramEngine {

    /** The program this engine runs. */
    Code code();

    /** Runs with r1 and r2 set; starts a new run of {@code ctx} (tail-call count reset). */
    RunResult run(ExecutionContext ctx, long r1, long r2);

    /** Runs with r1 = {@code r1} (typically the context address). */
    default RunResult run(ExecutionContext ctx, long r1) {
        return run(ctx, r1, 0);
    }

    /**
     * Continues the current run of {@code ctx} as the target of a tail call: registers are fresh
     * (r1 = the run's original r1, r10 = the top of frame 0), the {@code executed} instructions so far
     * count against the run's budget, and the tail-call count carries on.
     */
    RunResult continueTailCall(ExecutionContext ctx, long r1, long executed);
}
